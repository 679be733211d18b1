import GraphCore

// Generated names for the copies of the development reports, so a benchmark corpus of
// 10,000 reports has thousands of distinct entities, as a real one does, rather than the
// same few dozen repeated.

/// FNV-1a: a hash that is the same in every process (Swift's `hashValue` is seeded per run).
public func stableHash(_ text: String, _ salt: Int) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(truncatingIfNeeded: salt)
    for byte in text.utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash
}

/// A generated two- or three-syllable word, the same for the same name and variant.
public func generatedWord(for name: String, variant: Int) -> String {
    let syllables = ["chol", "hyok", "song", "nam", "ok", "sang", "ryong", "myong", "jin", "gwang", "hun", "il",
                     "su", "yong", "chun", "hae", "bong", "dok", "mun", "san", "won", "pyong", "gap", "hwa"]
    var hash = stableHash(name, variant)
    var word = ""
    for _ in 0..<(hash % 3 == 0 ? 3 : 2) {
        word += syllables[Int(hash % UInt64(syllables.count))]
        hash /= UInt64(syllables.count)
    }
    return word.prefix(1).uppercased() + word.dropFirst()
}

/// `name` with one word replaced: the last for a person (the given name), else the first.
public func renamed(_ name: String, kind: EntityKind, variant: Int, base: String) -> String {
    var words = name.split(separator: " ").map(String.init)
    guard !words.isEmpty else { return name }
    let at = kind == .person ? words.count - 1 : 0
    words[at] = generatedWord(for: base + "|" + words[at], variant: variant)
    return words.joined(separator: " ")
}
