/// Turns names into the lower-case, hyphen-separated stems used inside identifiers.
enum Slug {
    /// `"Workers' Party of Korea"` becomes `"workers-party-of-korea"`; letters outside ASCII
    /// are kept (lower-cased) so that names in other scripts still get distinct identifiers.
    static func make(_ name: String) -> String {
        var result = ""
        result.reserveCapacity(name.utf8.count)
        var pendingHyphen = false
        for scalar in name.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                // ASCII fast path: letters and digits kept lower-cased, the rest separate.
                if (value >= 65 && value <= 90) || (value >= 97 && value <= 122) || (value >= 48 && value <= 57) {
                    if pendingHyphen && !result.isEmpty { result.append("-") }
                    pendingHyphen = false
                    result.unicodeScalars.append(Unicode.Scalar(UInt8(value >= 65 && value <= 90 ? value + 32 : value)))
                } else if value != 39 {
                    pendingHyphen = true
                }
                continue
            }
            if scalar == "\u{2019}" {
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
