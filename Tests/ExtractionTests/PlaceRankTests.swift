import Testing
@testable import Extraction

@Suite struct PlaceRankTests {
    /// Every kind of place has its rank, including those that share their first letter
    /// (`country`, `county`, `city`) or their start (`foreign-province`, `foreign-city`).
    @Test func eachKnownCategoryHasItsRank() {
        let expected: [String: Int] = [
            "country": 8, "region": 8, "province": 6, "special-city": 6, "foreign-province": 6,
            "city": 4, "county": 4, "foreign-city": 4, "district": 3, "town": 2, "neighbourhood": 2,
            "locality": 2, "village": 1, "facility": 1, "prison-camp": 1, "border-crossing": 1,
            "island": 1, "market": 1, "station": 1, "port": 1,
        ]
        for (category, rank) in expected {
            #expect(PlaceRank.of(category) == rank, "\(category)")
        }
    }

    /// Rivers, mountains, no category, and names that only start or end like a known one,
    /// or differ in case, have no rank.
    @Test func otherCategoriesHaveNoRank() {
        for category in ["river", "mountain", "lake", "", "c", "countr", "countryside", "Country", "xcountry", "foreign-", "ports", "Ü"] {
            #expect(PlaceRank.of(category) == nil, "\(category)")
        }
        #expect(PlaceRank.of(nil) == nil)
    }

    @Test func onlyCountriesAndRegionsAreCountries() {
        #expect(PlaceRank.isCountry("country"))
        #expect(PlaceRank.isCountry("region"))
        #expect(!PlaceRank.isCountry("province"))
        #expect(!PlaceRank.isCountry("river"))
        #expect(!PlaceRank.isCountry(nil))
    }
}
