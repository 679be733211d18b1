/// A dictionary from phrases (sequences of token keys) to values, matched against token
/// streams by longest match.
///
/// Phrases are tokenized with the same ``Tokenizer`` as reports, so case, diacritics,
/// hyphens and possessives are treated alike on both sides.
struct PhraseTable<Value: Sendable>: Sendable {
    /// What a phrase key (a whole phrase or a prefix of one) leads to.
    private struct Slot: Sendable {
        /// Index into ``values`` when the key is a whole phrase.
        var number: Int?
        /// Whether longer phrases continue from this key.
        var isPrefix = false
    }

    /// Phrase keys (whole phrases and their prefixes) to slots.
    private var index = KeyMap<Slot>()
    /// The values of each whole phrase, by the slot's value number.
    private var values: [[Value]] = []
    private(set) var longest = 0
    /// The keys of the phrases' first words. Most tokens of a report start no phrase, and
    /// this rejects them with one load instead of a hash-table probe.
    private var firstWords = KeyFilter()

    init() {}

    /// Adds `phrase` with `value`; returns false when the phrase has no tokens.
    @discardableResult
    mutating func insert(_ phrase: String, _ value: Value) -> Bool {
        let scalars = Array(phrase.unicodeScalars)
        let keys = Tokenizer.tokenize(scalars).filter { $0.kind != .possessive }.map(\.key)
        guard !keys.isEmpty else { return false }
        firstWords.insert(keys[0])
        var h = TextFolding.offsetBasis
        for (i, key) in keys.enumerated() {
            h = TextFolding.combine(h, key)
            if i < keys.count - 1 {
                var slot = index[h] ?? Slot()
                slot.isPrefix = true
                index[h] = slot
            }
        }
        var slot = index[h] ?? Slot()
        if let number = slot.number {
            values[number].append(value)
        } else {
            slot.number = values.count
            values.append([value])
            index[h] = slot
        }
        longest = max(longest, keys.count)
        return true
    }

    /// The longest phrase starting at token `start`: the index just past its last token
    /// and its values. Phrases never cross a line break or a URL.
    ///
    /// - Complexity: O(k) for a phrase of k tokens.
    @inline(__always)
    func longestMatch(in tokens: [Token], at start: Int, limit: Int) -> (end: Int, values: [Value])? {
        // The first token's key is always the first one hashed (a possessive or URL there
        // matches nothing). Checked inline: this runs at most tokens of every report.
        guard start < limit, firstWords.mayContain(tokens[start].key) else { return nil }
        return match(in: tokens, at: start, limit: limit)
    }

    /// The index just past the longest phrase starting at token `start`, as
    /// ``longestMatch(in:at:limit:)`` finds it, without fetching its values: callers that
    /// only ask where a phrase ends (blocked words, demonyms) then retain and release no
    /// array.
    @inline(__always)
    func longestMatchEnd(in tokens: [Token], at start: Int, limit: Int) -> Int? {
        guard start < limit, firstWords.mayContain(tokens[start].key) else { return nil }
        return longestPhrase(in: tokens, at: start, limit: limit)?.end
    }

    /// ``longestMatch(in:at:limit:)`` once the first word may start a phrase.
    private func match(in tokens: [Token], at start: Int, limit: Int) -> (end: Int, values: [Value])? {
        longestPhrase(in: tokens, at: start, limit: limit).map { ($0.end, values[$0.number]) }
    }

    /// The end and value number of the longest phrase starting at token `start`.
    private func longestPhrase(in tokens: [Token], at start: Int, limit: Int) -> (end: Int, number: Int)? {
        var h = TextFolding.offsetBasis
        // The end and value number of the longest phrase so far; its values are fetched once.
        var best: (end: Int, number: Int)?
        var i = start
        var used = 0
        while i < limit, used < longest {
            let token = tokens[i]
            if token.kind == .opaque || (i > start && token.newlinesBefore > 0) { break }
            if token.kind == .possessive {
                if i == start { break }
                i += 1
                continue
            }
            h = TextFolding.combine(h, token.key)
            used += 1
            guard let slot = index[h] else { break }
            if let number = slot.number { best = (i + 1, number) }
            if !slot.isPrefix { break }
            i += 1
        }
        return best
    }

    /// The values of a phrase given as text, if it is in the table.
    func lookup(_ phrase: String) -> [Value]? {
        var h: UInt64
        if let key = Self.lettersAndSpacesKey(phrase) {
            h = key
        } else {
            h = TextFolding.offsetBasis
            for token in Tokenizer.tokenize(Array(phrase.unicodeScalars)) where token.kind != .possessive {
                h = TextFolding.combine(h, token.key)
            }
        }
        return index[h]?.number.map { values[$0] }
    }

    /// The phrase key of `phrase` when it holds only ASCII letters and spaces, as most
    /// names do, read from its bytes; nil for any other phrase.
    ///
    /// The tokenizer makes such a phrase one word token for each run of letters, keyed by
    /// its lower-cased letters, so this gives the key ``lookup(_:)`` would compute from
    /// the tokens, without the arrays of code points and tokens made for each look-up.
    private static func lettersAndSpacesKey(_ phrase: String) -> UInt64? {
        // The bytes in place when the string has them so (a native one does).
        phrase.utf8.withContiguousStorageIfAvailable(lettersAndSpacesKey) ?? lettersAndSpacesKey(phrase.utf8)
    }

    /// ``lettersAndSpacesKey(_:)-(String)`` of the phrase's UTF-8 bytes.
    private static func lettersAndSpacesKey<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64? {
        var h = TextFolding.offsetBasis
        var word = TextFolding.offsetBasis
        var inWord = false
        for byte in bytes {
            if byte == 0x20 {
                if inWord { h = TextFolding.combine(h, word) }
                word = TextFolding.offsetBasis
                inWord = false
                continue
            }
            guard (byte | 0x20) &- 97 < 26 else { return nil }
            word = (word ^ UInt64(byte | 0x20)) &* TextFolding.prime
            inWord = true
        }
        if inWord { h = TextFolding.combine(h, word) }
        return h
    }
}

