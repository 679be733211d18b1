/// A spelling-insensitive key for romanised Korean names, so that McCune-Reischauer,
/// Revised Romanization and common informal spellings of one name compare equal:
/// `Hoiryong` / `Hoeryong`, `Shinuiju` / `Sinŭiju`, `Ch'ongjin` / `Cheongjin`,
/// `Kaesong` / `Gaeseong`, `P'yŏngyang` / `Pyeongyang`.
///
/// The key is only for comparing; it is never shown. It is deliberately coarse (it merges
/// k/g, t/d, p/b, ch/j, r/l), so it is used only where a name is already known to be a name
/// and the gazetteer has exactly one entry with that key.
enum RomanizationKey {
    /// Rewrites applied in order to each lower-cased word.
    private static let rewrites: [(String, String)] = [
        ("'", ""), ("’", ""),
        ("tch", "ch"), ("shi", "si"), ("sh", "s"),
        ("chh", "ch"), ("ch", "j"), ("th", "t"), ("kh", "k"), ("ph", "p"),
        ("eo", "o"), ("eu", "u"), ("oo", "u"), ("ee", "i"), ("oi", "oe"),
        ("k", "g"), ("t", "d"), ("p", "b"), ("l", "r"),
    ]

    /// The key of a name: words folded and rewritten, joined by single spaces.
    static func make(_ name: String) -> String {
        var words: [String] = []
        var current = ""
        func flush() {
            guard !current.isEmpty else { return }
            var word = current
            for (from, to) in rewrites where word.contains(from) {
                word = word.replacing(from, with: to)
            }
            // Doubled letters are one sound: "ss", "gg", "nn".
            var collapsed = ""
            for character in word where collapsed.last != character {
                collapsed.append(character)
            }
            words.append(collapsed)
            current = ""
        }
        for scalar in name.unicodeScalars {
            let folded = TextFolding.fold(scalar)
            if folded == 39 {
                current.append("'")
            } else if let letter = Unicode.Scalar(folded), letter.properties.isAlphabetic || ("0"..."9").contains(letter) {
                current.unicodeScalars.append(letter)
            } else {
                flush()
            }
        }
        flush()
        return words.joined(separator: " ")
    }
}
