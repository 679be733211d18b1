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

    /// The same lists as bytes, for matching.
    private static let initialBytes = initials.map { Array($0.utf8) }
    private static let vowelBytes = vowels.map { Array($0.utf8) }
    private static let finalBytes = finals.map { Array($0.utf8) }

    /// The number of syllables `word` (lower case ASCII) splits into, or nil when it is not
    /// one or two romanised Korean syllables.
    ///
    /// Works on the lower-cased letters as bytes (`ŏ` read as `o`, `ŭ` as `u`); any other
    /// letter outside ASCII is kept as a byte that no syllable contains.
    static func syllableCount(_ word: String) -> Int? {
        syllableCount(word.unicodeScalars)
    }

    /// ``syllableCount(_:)-(String)`` of a word given as code points: a report's tokens are
    /// read in place, without making a `String` of each.
    static func syllableCount<S: Sequence<Unicode.Scalar>>(_ word: S) -> Int? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 8) { letters -> Int? in
            var count = 0
            func add(_ scalar: Unicode.Scalar) -> Bool {
                guard count < 8 else { return false }
                letters[count] = switch scalar.value {
                case 0x41...0x5A: UInt8(scalar.value + 32)
                case 0..<0x80: UInt8(scalar.value)
                case 0x014F: UInt8(ascii: "o")  // ŏ
                case 0x016D: UInt8(ascii: "u")  // ŭ
                default: 0xFF
                }
                count += 1
                return true
            }
            for scalar in word {
                if scalar.isASCII {
                    guard add(scalar) else { return nil }
                } else {
                    for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                        guard add(lower) else { return nil }
                    }
                }
            }
            guard count > 0 else { return nil }
            let word = UnsafeBufferPointer(rebasing: letters[..<count])
            if matches(word[...], syllables: 1) { return 1 }
            if matches(word[...], syllables: 2) { return 2 }
            return nil
        }
    }

    /// A list of spellings and, for each byte, which of them (as bits, by index) may start
    /// letters that start with that byte: those that start with it, and the empty one if
    /// the list has it (it fits anywhere). The search tries no others.
    private struct List {
        let entries: [[UInt8]]
        let masks: [UInt32]

        init(_ entries: [[UInt8]]) {
            precondition(entries.count <= 32, "a list of at most 32 spellings")
            self.entries = entries
            masks = (0..<256).map { byte in
                var mask: UInt32 = 0
                for (index, entry) in entries.enumerated() where entry.first.map({ Int($0) == byte }) ?? true {
                    mask |= 1 << index
                }
                return mask
            }
        }

        /// Calls `body` with each entry that may start `letters` until it returns true;
        /// whether one did.
        @inline(__always)
        func contains(startOf letters: Slice<UnsafeBufferPointer<UInt8>>, where body: ([UInt8]) -> Bool) -> Bool {
            var mask = masks[Int(letters.first ?? 0)]
            while mask != 0 {
                let entry = entries[mask.trailingZeroBitCount]
                mask &= mask - 1
                if KoreanNamePattern.startsWith(letters, entry), body(entry) { return true }
            }
            return false
        }
    }

    private static let initialList = List(initialBytes)
    private static let vowelList = List(vowelBytes)
    private static let finalList = List(finalBytes)

    private static func matches(_ letters: Slice<UnsafeBufferPointer<UInt8>>, syllables: Int) -> Bool {
        matches(letters, syllables: syllables, initials: initialList, vowels: vowelList, finals: finalList)
    }

    /// ``matches(_:syllables:)`` with the lists fetched once for the whole search.
    private static func matches(_ letters: Slice<UnsafeBufferPointer<UInt8>>, syllables: Int,
                                initials: List, vowels: List, finals: List) -> Bool {
        if syllables == 0 { return letters.isEmpty }
        return initials.contains(startOf: letters) { initial in
            let afterInitial = letters.dropFirst(initial.count)
            return vowels.contains(startOf: afterInitial) { vowel in
                let afterVowel = afterInitial.dropFirst(vowel.count)
                return finals.contains(startOf: afterVowel) { final in
                    matches(afterVowel.dropFirst(final.count), syllables: syllables - 1,
                            initials: initials, vowels: vowels, finals: finals)
                }
            }
        }
    }

    /// `letters.starts(with: part)`, compared byte by byte in place: the search asks it of
    /// every list entry at every step, and most entries differ at their first letter.
    @inline(__always)
    fileprivate static func startsWith(_ letters: Slice<UnsafeBufferPointer<UInt8>>, _ part: [UInt8]) -> Bool {
        guard part.count <= letters.count else { return false }
        var index = letters.startIndex
        for byte in part {
            if letters[index] != byte { return false }
            index += 1
        }
        return true
    }
}
