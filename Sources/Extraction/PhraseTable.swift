/// A dictionary from phrases (sequences of token keys) to values, matched against token
/// streams by longest match.
///
/// Phrases are tokenized with the same ``Tokenizer`` as reports, so case, diacritics,
/// hyphens and possessives are treated alike on both sides.
struct PhraseTable<Value: Sendable>: Sendable {
    /// Phrase keys (whole phrases and their prefixes) to slots.
    private var index = _PhraseIndex()
    /// The values of each whole phrase, by the slot's value number.
    private var values: [[Value]] = []
    private(set) var longest = 0

    init() {}

    /// Adds `phrase` with `value`; returns false when the phrase has no tokens.
    @discardableResult
    mutating func insert(_ phrase: String, _ value: Value) -> Bool {
        let scalars = Array(phrase.unicodeScalars)
        let keys = Tokenizer.tokenize(scalars).filter { $0.kind != .possessive }.map(\.key)
        guard !keys.isEmpty else { return false }
        var h = TextFolding.offsetBasis
        for (i, key) in keys.enumerated() {
            h = TextFolding.combine(h, key)
            if i < keys.count - 1 { index.markPrefix(h) }
        }
        let number = index.valueNumber(h) ?? {
            values.append([])
            index.setValueNumber(h, values.count - 1)
            return values.count - 1
        }()
        values[number].append(value)
        longest = max(longest, keys.count)
        return true
    }

    /// The longest phrase starting at token `start`: the index just past its last token
    /// and its values. Phrases never cross a line break or a URL.
    ///
    /// - Complexity: O(k) for a phrase of k tokens.
    func longestMatch(in tokens: [Token], at start: Int, limit: Int) -> (end: Int, values: [Value])? {
        var h = TextFolding.offsetBasis
        var best: (Int, [Value])?
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
            guard let slot = index.slot(of: h) else { break }
            if let number = index.valueNumber(at: slot) { best = (i + 1, values[number]) }
            if !index.isPrefix(at: slot) { break }
            i += 1
        }
        return best
    }

    /// The values of a phrase given as text, if it is in the table.
    func lookup(_ phrase: String) -> [Value]? {
        let keys = Tokenizer.tokenize(Array(phrase.unicodeScalars)).filter { $0.kind != .possessive }.map(\.key)
        var h = TextFolding.offsetBasis
        for key in keys { h = TextFolding.combine(h, key) }
        return index.valueNumber(h).map { values[$0] }
    }
}

/// An open-addressing hash table from phrase keys to a value number and a prefix flag.
///
/// Phrase keys are already well-mixed 64-bit hashes, so they index the table directly:
/// this look-up, done for nearly every token of every report, costs a few instructions
/// where `Dictionary`'s seeded hashing cost several times more.
struct _PhraseIndex: Sendable {
    private var keys: [UInt64]
    /// Value number + 1 (0: the key is only a prefix).
    private var numbers: [Int32]
    private var prefix: [Bool]
    private var occupied: [Bool]
    private var count = 0

    init(capacity: Int = 64) {
        let size = max(16, capacity.nextPowerOfTwo)
        keys = Array(repeating: 0, count: size)
        numbers = Array(repeating: 0, count: size)
        prefix = Array(repeating: false, count: size)
        occupied = Array(repeating: false, count: size)
    }

    @inline(__always)
    private func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: key ^ (key >> 32)) & (keys.count - 1)
    }

    /// The slot holding `key`, if any.
    @inline(__always)
    func slot(of key: UInt64) -> Int? {
        var i = home(key)
        while occupied[i] {
            if keys[i] == key { return i }
            i = (i + 1) & (keys.count - 1)
        }
        return nil
    }

    func valueNumber(at slot: Int) -> Int? {
        numbers[slot] > 0 ? Int(numbers[slot]) - 1 : nil
    }

    func isPrefix(at slot: Int) -> Bool { prefix[slot] }

    func valueNumber(_ key: UInt64) -> Int? {
        slot(of: key).flatMap(valueNumber(at:))
    }

    mutating func markPrefix(_ key: UInt64) {
        prefix[insert(key)] = true
    }

    mutating func setValueNumber(_ key: UInt64, _ number: Int) {
        numbers[insert(key)] = Int32(number + 1)
    }

    /// The slot of `key`, added if missing; the table doubles past half full.
    private mutating func insert(_ key: UInt64) -> Int {
        if let existing = slot(of: key) { return existing }
        if (count + 1) * 2 > keys.count { grow() }
        var i = home(key)
        while occupied[i] { i = (i + 1) & (keys.count - 1) }
        occupied[i] = true
        keys[i] = key
        count += 1
        return i
    }

    private mutating func grow() {
        var bigger = _PhraseIndex(capacity: keys.count * 2)
        for i in keys.indices where occupied[i] {
            let slot = bigger.insert(keys[i])
            bigger.numbers[slot] = numbers[i]
            bigger.prefix[slot] = prefix[i]
        }
        self = bigger
    }
}

extension Int {
    /// The smallest power of two at least as large as `self` (for `self` > 0).
    fileprivate var nextPowerOfTwo: Int {
        var value = 1
        while value < self { value <<= 1 }
        return value
    }
}
