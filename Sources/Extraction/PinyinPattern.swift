/// Recognises Chinese given names written in Hanyu Pinyin without tone marks: one to three
/// syllables such as `Wei`, `Jiahao`, `Guangming` or `Yu-ting`.
///
/// A syllable is an optional initial (`zh`, `x`, `q`, …) and a final (`iang`, `ong`, `ü`,
/// …). Most English words fail (`Smith`, `Street`, `River`), so a Chinese family name
/// followed by such a word (`Chen Jiahao`) is read as a person.
enum PinyinPattern {
    private static let initials: [String] = [
        "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", "",
    ]
    private static let finals: [String] = [
        "iang", "iong", "uang", "ueng", "ang", "eng", "ing", "ong", "iao", "ian", "uai", "uan", "ai", "ei", "ao", "ou",
        "an", "en", "in", "un", "er", "ia", "ie", "iu", "ua", "uo", "ui", "ue", "a", "o", "e", "i", "u",
    ]

    /// The number of syllables `word` splits into (1 to 3), or nil when it is not Pinyin.
    static func syllableCount(_ word: String) -> Int? {
        let letters = Array(word.lowercased())
        guard !letters.isEmpty, letters.count <= 14 else { return nil }
        return count(letters[...], budget: 3, first: true)
    }

    /// The fewest syllables `letters` splits into within `budget`, or nil. Only the first
    /// syllable may start with a vowel: inside a word Pinyin marks such a break (`Xi'an`).
    private static func count(_ letters: ArraySlice<Character>, budget: Int, first: Bool) -> Int? {
        if letters.isEmpty { return 0 }
        guard budget > 0 else { return nil }
        var best: Int?
        for initial in initials where letters.starts(with: initial) && (first || !initial.isEmpty) {
            let afterInitial = letters.dropFirst(initial.count)
            for final in finals where afterInitial.starts(with: final) {
                // "ng" and "n" may also start the next syllable: try every split.
                if let rest = count(afterInitial.dropFirst(final.count), budget: budget - 1, first: false), rest + 1 < (best ?? Int.max) {
                    best = rest + 1
                }
            }
        }
        return best
    }
}
