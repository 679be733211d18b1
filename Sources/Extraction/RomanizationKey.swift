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
    /// The key and the word being read are written into buffers on the stack: names are
    /// keyed for every lone word and found name of every report, and growing arrays for
    /// them cost more than the rewriting.
    ///
    /// - Complexity: O(n) in the length of the name.
    static func make(_ name: String) -> String {
        withKey(of: name) { String(decoding: $0, as: UTF8.self) }
    }

    /// An FNV-1a hash of the key of `name`, read from its bytes without making the string
    /// of ``make(_:)``: the gazetteer looks spellings up by it, for lone words and names of
    /// every report, where the strings were made only to be hashed again.
    static func hash(_ name: String) -> UInt64 {
        withKey(of: name, TextFolding.byteHash)
    }

    /// Calls `body` with the key of `name` as UTF-8, written into a buffer on the stack.
    private static func withKey<Result>(of name: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        // A code point folds to at most four bytes; each word adds at most one space.
        let capacity = 5 * name.utf8.count + 1
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { out in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { word in
                body(UnsafeBufferPointer(rebasing: out[..<write(name, out: out, word: word)]))
            }
        }
    }

    /// Writes the key of `name` into `out`, with `word` as scratch space (each large enough
    /// for the key), and returns its length in bytes.
    private static func write(_ name: String, out: UnsafeMutableBufferPointer<UInt8>, word: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var outCount = 0
        var wordCount = 0
        func flush() {
            guard wordCount > 0 else { return }
            if outCount > 0 {
                out[outCount] = 32
                outCount += 1
            }
            var i = 0
            var last: UInt8 = 0
            func emit(_ byte: UInt8) {
                if byte != last {  // doubled letters are one sound
                    out[outCount] = byte
                    outCount += 1
                }
                last = byte
            }
            // Spellings of one sound, longest first: `tch`/`chh`/`ch` → j, `shi` → si,
            // `sh` → s, `th` → d, `kh` → g, `ph` → b, `eo` → o, `eu`/`oo` → u, `ee` → i,
            // `oi` → oe; then single letters k → g, t → d, p → b, l → r.
            func next(_ offset: Int) -> UInt8 { i + offset < wordCount ? word[i + offset] : 0 }
            while i < wordCount {
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
            wordCount = 0
        }
        for scalar in name.unicodeScalars {
            // ASCII, most of every name, is folded here (lower case, as `fold` does) without a call.
            let value = scalar.value
            let folded = value < 0x80 ? (value &- 65 < 26 ? value + 32 : value) : TextFolding.fold(scalar)
            if folded == 39 { continue }  // apostrophes: P'yongyang
            if folded < 0x80 {
                let byte = UInt8(folded)
                if (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) {
                    word[wordCount] = byte
                    wordCount += 1
                } else {
                    flush()
                }
            } else if let letter = Unicode.Scalar(folded), letter.properties.isAlphabetic {
                UTF8.encode(letter) { byte in
                    word[wordCount] = byte
                    wordCount += 1
                }
            } else {
                flush()
            }
        }
        flush()
        return outCount
    }
}
