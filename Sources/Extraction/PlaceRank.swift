/// How large a kind of place is, so that "A, B" is read as A inside B only when B is the
/// larger (`Onsong County, North Hamgyong Province`, not the other way round).
enum PlaceRank {
    private static let ranks: [(category: String, rank: Int)] = [
        ("country", 8), ("region", 8),
        ("province", 6), ("special-city", 6), ("foreign-province", 6),
        ("city", 4), ("county", 4), ("foreign-city", 4),
        ("district", 3), ("town", 2), ("neighbourhood", 2), ("locality", 2),
        ("village", 1), ("facility", 1), ("prison-camp", 1), ("border-crossing", 1), ("island", 1),
        ("market", 1), ("station", 1), ("port", 1),
    ]

    /// ``ranks`` by the first byte of the category, so that a look-up compares the category
    /// with the one to three known ones that start like it instead of hashing it (this runs
    /// for every place named in a report).
    private static let ranksByFirstByte: [[(category: String, rank: Int)]] = {
        var table = Array(repeating: [(category: String, rank: Int)](), count: 256)
        for entry in ranks { table[Int(entry.category.utf8.first!)].append(entry) }
        return table
    }()

    /// The rank of a place category; nil for places that contain nothing and lie in no
    /// single place by their type alone (rivers, mountains, lakes) and unknown categories.
    static func of(_ category: String?) -> Int? {
        guard let category, let first = category.utf8.first else { return nil }
        return ranksByFirstByte[Int(first)].first { $0.category == category }?.rank
    }

    /// The rank of a whole country or wider region.
    static let country = 8

    /// Whether a place of this category is a whole country or wider region.
    static func isCountry(_ category: String?) -> Bool {
        (of(category) ?? 0) >= country
    }
}
