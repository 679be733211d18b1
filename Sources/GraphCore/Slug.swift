/// Turns names into the lower-case, hyphen-separated stems used inside identifiers.
enum Slug {
    /// `"Workers' Party of Korea"` becomes `"workers-party-of-korea"`; letters outside ASCII
    /// are kept (lower-cased) so that names in other scripts still get distinct identifiers.
    static func make(_ name: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(name.utf8.count)
        append(name, to: &result)
        return String(decoding: result, as: UTF8.self)
    }

    /// Appends the slug of `name` (``make(_:)``) to `bytes` as UTF-8, so that an
    /// identifier is built in one buffer with no string for the slug alone (this runs for
    /// every entity of every report).
    static func append(_ name: String, to result: inout [UInt8]) {
        let start = result.count
        var pendingHyphen = false
        func separate() {
            if pendingHyphen && result.count > start { result.append(UInt8(ascii: "-")) }
            pendingHyphen = false
        }
        // An ASCII character: letters and digits kept lower-cased; an apostrophe dropped;
        // the rest separate.
        func take(_ byte: UInt8) {
            if (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) {
                separate()
                result.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
            } else if byte != 39 {
                pendingHyphen = true
            }
        }
        // Most names are ASCII: their bytes are read as they are, without decoding code
        // points (decoding cost most of an identifier's making).
        var name = name
        let isASCII = name.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            result.reserveCapacity(result.count + bytes.count)
            for byte in bytes { take(byte) }
            return true
        }
        if !isASCII {
            for scalar in name.unicodeScalars {
                if scalar.isASCII {
                    take(UInt8(scalar.value))
                } else if scalar == "\u{2019}" {
                    continue  // "Workers’" and "People’s" lose the apostrophe, not gain a hyphen.
                } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    separate()
                    result.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                } else {
                    pendingHyphen = true
                }
            }
        }
        if result.count == start { result.append(contentsOf: "unnamed".utf8) }
    }
}
