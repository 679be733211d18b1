/// Recognises romanised Korean given names: one to three syllables such as `Jong Un`,
/// `Hye-jin`, `So Yong`, `Ryong Hae`, in McCune-Reischauer or Revised Romanization.
///
/// A word qualifies when it splits into one or two syllables of the shape
/// initial consonant(s) + vowel + optional final consonant(s). English words rarely do
/// (`Smith`, `Davis` and `Trump` fail), which keeps `Kim Davis` from passing as Korean.
enum KoreanNamePattern {
    private static let initials: [String] = [
        "kk", "tt", "pp", "ss", "jj", "ch", "th", "ph", "kh", "sh", "ts",
        "k", "g", "n", "d", "t", "r", "l", "m", "b", "p", "s", "j", "h", "",
    ]
    private static let vowels: [String] = [
        "yae", "yeo", "wae", "weo", "ae", "ya", "eo", "ye", "wa", "oe", "yo", "wo", "we", "wi", "yu", "eu", "ui",
        "oo", "ee", "ou", "a", "e", "o", "u", "i",
    ]
    private static let finals: [String] = ["ng", "k", "g", "n", "t", "d", "l", "r", "m", "p", "b", ""]

    /// The number of syllables `word` (lower case ASCII) splits into, or nil when it is not
    /// one or two romanised Korean syllables.
    static func syllableCount(_ word: String) -> Int? {
        let letters = Array(word.lowercased().unicodeScalars.map { scalar -> Character in
            switch scalar {
            case "ŏ": "o"
            case "ŭ": "u"
            default: Character(scalar)
            }
        })
        guard !letters.isEmpty, letters.count <= 8 else { return nil }
        if matches(letters[...], syllables: 1) { return 1 }
        if matches(letters[...], syllables: 2) { return 2 }
        return nil
    }

    private static func matches(_ letters: ArraySlice<Character>, syllables: Int) -> Bool {
        if syllables == 0 { return letters.isEmpty }
        for initial in initials where letters.starts(with: initial) {
            let afterInitial = letters.dropFirst(initial.count)
            for vowel in vowels where afterInitial.starts(with: vowel) {
                let afterVowel = afterInitial.dropFirst(vowel.count)
                for final in finals where afterVowel.starts(with: final) {
                    if matches(afterVowel.dropFirst(final.count), syllables: syllables - 1) { return true }
                }
            }
        }
        return false
    }
}
