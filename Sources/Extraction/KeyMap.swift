/// A hash map from token keys to values, for the word lists and phrase tables consulted at
/// every token.
///
/// Token keys are already well-mixed 64-bit hashes, so they index an open-addressing table
/// directly; `Dictionary` would hash them again with a seeded hasher on every look-up.
///
/// An empty map allocates nothing (its tables are made on the first insertion): many maps
/// and sets are made per report or per call and stay empty.
struct KeyMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    /// One place of the table: a key and its value, nil while the place is empty.
    private struct Slot: Sendable {
        var key: UInt64
        var value: Value?
    }

    /// The table, each key beside its value: a probe reads one array, and the table is one
    /// allocation, where keys and values in two arrays took two for every map made or
    /// grown (maps made per report grow a few times).
    private var slots: [Slot] = []
    private(set) var count = 0

    init() {}

    /// The values of `words`, keyed as the tokenizer keys those words (case and diacritics
    /// folded), so a token's ``Token/key`` looks its word up without a `String`.
    init(words: [String: Value]) {
        for (word, value) in words { self[TextFolding.key(word)] = value }
    }

    /// An empty map with room for `minimumCapacity` keys before it grows.
    init(minimumCapacity: Int) {
        slots = Self.emptySlots(Self.size(for: minimumCapacity, atLeast: 16))
    }

    init(dictionaryLiteral elements: (UInt64, Value)...) {
        for (key, value) in elements { self[key] = value }
    }

    /// The place of `key`: where it is, or the empty place where it would go.
    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        // Fibonacci hashing: spreads structured keys (packed small integers) as well as hashes.
        var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & (slots.count - 1)
        while slots[i].value != nil, slots[i].key != key { i = (i + 1) & (slots.count - 1) }
        return i
    }

    subscript(key: UInt64) -> Value? {
        get { count == 0 ? nil : slots[slot(key)].value }
        set {
            guard let newValue else {
                precondition(self[key] == nil, "KeyMap does not remove keys")
                return
            }
            if slots.isEmpty { resize(to: 16) }
            let i = slot(key)
            if slots[i].value == nil {
                if (count + 1) * 2 > slots.count {
                    grow()
                    self[key] = newValue
                    return
                }
                count += 1
                slots[i].key = key
            }
            slots[i].value = newValue
        }
    }

    func contains(_ key: UInt64) -> Bool { count != 0 && slots[slot(key)].value != nil }

    /// The value of `key`, after storing `value` for it if it had none; `inserted` says
    /// which. One probe finds the key or the place it goes, where a look-up followed by
    /// a store probed twice (relations are found-or-added for every pair of names).
    mutating func insertIfAbsent(_ key: UInt64, _ value: Value) -> (value: Value, inserted: Bool) {
        if slots.isEmpty { resize(to: 16) }
        let i = slot(key)
        if let existing = slots[i].value { return (existing, false) }
        if (count + 1) * 2 > slots.count {
            grow()
            return insertIfAbsent(key, value)
        }
        count += 1
        slots[i] = Slot(key: key, value: value)
        return (value, true)
    }

    private mutating func grow() {
        resize(to: slots.count * 2)
    }

    /// Makes room for `minimumCapacity` keys in all, so that adding them rehashes nothing.
    mutating func reserveCapacity(_ minimumCapacity: Int) {
        let size = Self.size(for: minimumCapacity, atLeast: max(slots.count, 16))
        if size > slots.count { resize(to: size) }
    }

    /// The table size (a power of two, at least `size`) that keeps `capacity` keys at most
    /// half full.
    private static func size(for capacity: Int, atLeast size: Int) -> Int {
        var size = size
        while capacity * 2 > size { size *= 2 }
        return size
    }

    private static func emptySlots(_ size: Int) -> [Slot] {
        Array(repeating: Slot(key: 0, value: nil), count: size)
    }

    /// Moves every key into a table of `size` places, probing directly: the keys are
    /// distinct, so no look-up or growth check is needed.
    private mutating func resize(to size: Int) {
        let old = slots
        slots = Self.emptySlots(size)
        for entry in old where entry.value != nil {
            slots[slot(entry.key)] = entry
        }
    }
}

/// A set of token keys that answers "not in the set" for most keys with one load: one bit
/// for each value of a key's low 16 bits (keys are well-mixed hashes, so those bits are as
/// good as any). Put in front of a table that most look-ups miss, it rejects nearly every
/// miss without probing the table; a set bit only says the key may be there.
struct KeyFilter: Sendable {
    private var words = [UInt64](repeating: 0, count: 1 << 10)

    init() {}

    mutating func insert(_ key: UInt64) { words[Self.word(key)] |= Self.bit(key) }

    /// Whether `key` may be in the set: false for certain, true when it may be.
    @inline(__always)
    func mayContain(_ key: UInt64) -> Bool { words[Self.word(key)] & Self.bit(key) != 0 }

    /// Where a key's bit lives: the word, then the bit within it.
    @inline(__always)
    private static func word(_ key: UInt64) -> Int { Int(truncatingIfNeeded: key >> 6) & ((1 << 10) - 1) }

    @inline(__always)
    private static func bit(_ key: UInt64) -> UInt64 { 1 << (key & 63) }
}

/// A ``KeyMap`` for a word list looked up at nearly every word of a report, where nearly
/// every look-up misses (the role nouns): a ``KeyFilter`` of its keys turns those misses
/// away before the table is probed.
struct FilteredKeyMap<Value: Sendable>: Sendable {
    private var map = KeyMap<Value>()
    private var filter = KeyFilter()

    init() {}

    /// Whether `key` may have a value: false answers for certain, without the look-up.
    @inline(__always) func mayContain(_ key: UInt64) -> Bool { filter.mayContain(key) }

    subscript(key: UInt64) -> Value? {
        @inline(__always) get { filter.mayContain(key) ? map[key] : nil }
        set {
            if newValue != nil { filter.insert(key) }
            map[key] = newValue
        }
    }
}

/// A set of token keys (see ``KeyMap``).
struct KeySet: Sendable, ExpressibleByArrayLiteral {
    private var map = KeyMap<Bool>()

    init() {}

    init(arrayLiteral elements: UInt64...) {
        for element in elements { insert(element) }
    }

    /// An empty set with room for `minimumCapacity` keys before it grows.
    init(minimumCapacity: Int) {
        map = KeyMap(minimumCapacity: minimumCapacity)
    }

    init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        for key in keys { insert(key) }
    }

    /// The keys of `words` as the tokenizer computes them, so that `contains(token.key)`
    /// asks whether a token is one of the words (case and diacritics folded) without making
    /// a `String` of it.
    init<Words: Sequence>(words: Words) where Words.Element == String {
        for word in words { insert(TextFolding.key(word)) }
    }

    mutating func insert(_ key: UInt64) { map[key] = true }

    func contains(_ key: UInt64) -> Bool { map.contains(key) }

    var isEmpty: Bool { map.count == 0 }
}
