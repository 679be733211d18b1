/// A spelling-insensitive key for romanised Korean names, so that McCune-Reischauer,
/// Revised Romanization and common informal spellings of one name compare equal:
/// `Hoiryong` / `Hoeryong`, `Shinuiju` / `Sinŭiju`, `Ch'ongjin` / `Cheongjin`,
/// `Kaesong` / `Gaeseong`, `P'yŏngyang` / `Pyeongyang`.
///
/// The key is only for comparing; it is never shown. It is deliberately coarse (it merges
/// k/g, t/d, p/b, ch/j, r/l), so it is used only where a name is already known to be a name
/// and the gazetteer has exactly one entry with that key.
enum RomanizationKey {
    /// Spellings of one sound, longest first: (written, key). Single letters follow below.
    private static let clusters: [([UInt8], [UInt8])] = [
        ("tch", "j"), ("chh", "j"), ("shi", "si"),
        ("sh", "s"), ("ch", "j"), ("th", "d"), ("kh", "g"), ("ph", "b"),
        ("eo", "o"), ("eu", "u"), ("oo", "u"), ("ee", "i"), ("oi", "oe"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// The key of a name: words folded and rewritten, joined by single spaces.
    ///
    /// - Complexity: O(n) in the length of the name.
    static func make(_ name: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        var word: [UInt8] = []
        func flush() {
            guard !word.isEmpty else { return }
            if !out.isEmpty { out.append(32) }
            var i = 0
            var last: UInt8 = 0
            func emit(_ byte: UInt8) {
                if byte != last { out.append(byte) }  // doubled letters are one sound
                last = byte
            }
            outer: while i < word.count {
                for (written, key) in clusters where word.count - i >= written.count {
                    if word[i..<(i + written.count)].elementsEqual(written) {
                        for byte in key { emit(byte) }
                        i += written.count
                        continue outer
                    }
                }
                switch word[i] {
                case UInt8(ascii: "k"): emit(UInt8(ascii: "g"))
                case UInt8(ascii: "t"): emit(UInt8(ascii: "d"))
                case UInt8(ascii: "p"): emit(UInt8(ascii: "b"))
                case UInt8(ascii: "l"): emit(UInt8(ascii: "r"))
                default: emit(word[i])
                }
                i += 1
            }
            word.removeAll(keepingCapacity: true)
        }
        for scalar in name.unicodeScalars {
            let folded = TextFolding.fold(scalar)
            if folded == 39 { continue }  // apostrophes: P'yongyang
            if folded < 0x80 {
                let byte = UInt8(folded)
                if (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) {
                    word.append(byte)
                } else {
                    flush()
                }
            } else if let letter = Unicode.Scalar(folded), letter.properties.isAlphabetic {
                word.append(contentsOf: Array(String(letter).utf8))
            } else {
                flush()
            }
        }
        flush()
        return String(decoding: out, as: UTF8.self)
    }
}
