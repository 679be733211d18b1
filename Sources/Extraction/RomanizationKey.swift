/// A spelling-insensitive key for romanised Korean names, so that McCune-Reischauer,
/// Revised Romanization and common informal spellings of one name compare equal:
/// `Hoiryong` / `Hoeryong`, `Shinuiju` / `Sinŭiju`, `Ch'ongjin` / `Cheongjin`,
/// `Kaesong` / `Gaeseong`, `P'yŏngyang` / `Pyeongyang`.
///
/// The key is only for comparing; it is never shown. It is deliberately coarse (it merges
/// k/g, t/d, p/b, ch/j, r/l), so it is used only where a name is already known to be a name
/// and the gazetteer has exactly one entry with that key.
enum RomanizationKey {
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
            // Spellings of one sound, longest first: `tch`/`chh`/`ch` → j, `shi` → si,
            // `sh` → s, `th` → d, `kh` → g, `ph` → b, `eo` → o, `eu`/`oo` → u, `ee` → i,
            // `oi` → oe; then single letters k → g, t → d, p → b, l → r.
            func next(_ offset: Int) -> UInt8 { i + offset < word.count ? word[i + offset] : 0 }
            while i < word.count {
                let (a, b, c) = (word[i], next(1), next(2))
                var length = 1
                switch a {
                case UInt8(ascii: "t"):
                    if b == UInt8(ascii: "c"), c == UInt8(ascii: "h") {
                        emit(UInt8(ascii: "j"))
                        length = 3
                    } else {
                        emit(UInt8(ascii: "d"))
                        if b == UInt8(ascii: "h") { length = 2 }
                    }
                case UInt8(ascii: "c") where b == UInt8(ascii: "h"):
                    emit(UInt8(ascii: "j"))
                    length = c == UInt8(ascii: "h") ? 3 : 2
                case UInt8(ascii: "s") where b == UInt8(ascii: "h"):
                    emit(UInt8(ascii: "s"))
                    if c == UInt8(ascii: "i") {
                        emit(UInt8(ascii: "i"))
                        length = 3
                    } else {
                        length = 2
                    }
                case UInt8(ascii: "k"):
                    emit(UInt8(ascii: "g"))
                    if b == UInt8(ascii: "h") { length = 2 }
                case UInt8(ascii: "p"):
                    emit(UInt8(ascii: "b"))
                    if b == UInt8(ascii: "h") { length = 2 }
                case UInt8(ascii: "e") where b == UInt8(ascii: "o"):
                    emit(UInt8(ascii: "o"))
                    length = 2
                case UInt8(ascii: "e") where b == UInt8(ascii: "u"), UInt8(ascii: "o") where b == UInt8(ascii: "o"):
                    emit(UInt8(ascii: "u"))
                    length = 2
                case UInt8(ascii: "e") where b == UInt8(ascii: "e"):
                    emit(UInt8(ascii: "i"))
                    length = 2
                case UInt8(ascii: "o") where b == UInt8(ascii: "i"):
                    emit(UInt8(ascii: "o"))
                    emit(UInt8(ascii: "e"))
                    length = 2
                case UInt8(ascii: "l"):
                    emit(UInt8(ascii: "r"))
                default:
                    emit(a)
                }
                i += length
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
