/// Turns names into the lower-case, hyphen-separated stems used inside identifiers.
enum Slug {
    /// `"Workers' Party of Korea"` becomes `"workers-party-of-korea"`; letters outside ASCII
    /// are kept (lower-cased) so that names in other scripts still get distinct identifiers.
    static func make(_ name: String) -> String {
        var result = ""
        result.reserveCapacity(name.utf8.count)
        var pendingHyphen = false
        for scalar in name.unicodeScalars {
            if scalar == "'" || scalar == "\u{2019}" {
                continue  // "Workers'" and "People's" lose the apostrophe, not gain a hyphen.
            }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else {
                pendingHyphen = true
            }
        }
        return result.isEmpty ? "unnamed" : result
    }
}
