import GraphCore

extension FactsCodec {
    /// The evidence sentences of one report, numbered in the order first seen.
    ///
    /// A sentence is known by its report's number and its sentence number, which identify
    /// its text; a different text under the same pair (never from extraction) gets its own
    /// entry. The report's own sentences (nearly all) are found by their number in an
    /// array; other reports' through a dictionary.
    struct SentenceNumbers {
        var list: [(document: Int, sentence: Int, text: String)] = []
        /// For each sentence number of the report's own (document 0), 1 + its entry, or 0.
        private var own: [Int] = []
        private var others: [Key: Int] = [:]

        private struct Key: Hashable {
            var document: Int
            var sentence: Int
        }

        /// Sentence numbers up to this go in `own`; larger ones (never from extraction) in
        /// the dictionary, so a huge number cannot make a huge array.
        private static let ownLimit = 1 << 16

        mutating func number(document: Int, sentence: Int, text: String) -> Int {
            if document == 0, sentence >= 0, sentence < Self.ownLimit {
                if sentence >= own.count { own.append(contentsOf: repeatElement(0, count: sentence + 1 - own.count)) }
                let found = own[sentence]
                if found == 0 {
                    own[sentence] = list.count + 1
                    return add(document, sentence, text)
                }
                if list[found - 1].text == text { return found - 1 }
            } else if let found = others[Key(document: document, sentence: sentence)] {
                if list[found].text == text { return found }
            } else {
                others[Key(document: document, sentence: sentence)] = list.count
                return add(document, sentence, text)
            }
            // Not the text first seen under this pair: a later entry with the same pair and text.
            if let found = list.indices.first(where: { list[$0].document == document && list[$0].sentence == sentence && list[$0].text == text }) {
                return found
            }
            return add(document, sentence, text)
        }

        private mutating func add(_ document: Int, _ sentence: Int, _ text: String) -> Int {
            list.append((document, sentence, text))
            return list.count - 1
        }
    }

    /// Entity identifiers of one report and their positions, for relation ends: an
    /// open-addressing table keyed by the identifier's FNV-1a hash, which costs a fraction
    /// of `Dictionary`'s seeded hashing for the hundred-odd lookups of a report. The first
    /// entity with an identifier keeps it.
    struct EntityNumbers {
        private var slots: [(hash: UInt64, index: Int)]
        private var ids: [String] = []
        private let mask: Int

        init(capacity: Int) {
            var size = 8
            while size < capacity * 2 { size *= 2 }
            slots = Array(repeating: (0, -1), count: size)
            mask = size - 1
            ids.reserveCapacity(capacity)
        }

        mutating func insert(_ id: String, _ index: Int) {
            let hash = Self.hash(id)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot].index >= 0 {
                if slots[slot].hash == hash && ids[slots[slot].index] == id { return }
                slot = (slot + 1) & mask
            }
            // The entry's index is the entity's position: `ids` holds them in order.
            while ids.count < index { ids.append("") }
            ids.append(id)
            slots[slot] = (hash, index)
        }

        func index(of id: String) -> Int? {
            let hash = Self.hash(id)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot].index >= 0 {
                if slots[slot].hash == hash && ids[slots[slot].index] == id { return slots[slot].index }
                slot = (slot + 1) & mask
            }
            return nil
        }

        /// A hash of the identifier's UTF-8 bytes, eight at a time (equal identifiers are
        /// then compared in full).
        private static func hash(_ string: String) -> UInt64 {
            let utf8 = string.utf8
            return utf8.withContiguousStorageIfAvailable(hash(bytes:)) ?? Array(utf8).withUnsafeBufferPointer(hash(bytes:))
        }

        private static func hash(bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
            let raw = UnsafeRawBufferPointer(bytes)
            var hash = 0xcbf2_9ce4_8422_2325 ^ UInt64(raw.count)
            var at = 0
            while at + 8 <= raw.count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: at, as: UInt64.self)) &* 0x9e37_79b9_7f4a_7c15
                hash ^= hash >> 29
                at += 8
            }
            while at < raw.count {
                hash = (hash ^ UInt64(raw[at])) &* 0x0000_0100_0000_01b3
                at += 1
            }
            return hash ^ (hash >> 32)
        }
    }

    /// Strings numbered in the order first seen.
    struct Table {
        var items: [String] = []
        var numbers: [String: Int] = [:]

        mutating func index(_ item: String) -> Int {
            if let number = numbers[item] { return number }
            numbers[item] = items.count
            items.append(item)
            return items.count - 1
        }
    }

    /// Short strings that recur within a report (entity types, categories, evidence rules,
    /// roles and role words; relation types in a table of their own), numbered in the order
    /// first seen.
    ///
    /// A report has a few dozen at most, so a list searched from the field's last value beats
    /// a dictionary's hashing: a field mostly repeats its value (most evidence has the rule
    /// `same_sentence`), and most of these are small strings, compared in two machine words.
    struct Words {
        private(set) var items: [String] = []
        /// The UTF-8 byte count of each item, compared before the strings.
        private var lengths: [Int] = []

        /// The number of `word`, added if new. `hint`, the number the same field had last, is
        /// tried first, and is set to this one.
        mutating func number(_ word: String, hint: inout Int) -> Int {
            let length = word.utf8.count
            if hint < items.count, lengths[hint] == length, items[hint] == word { return hint }
            for index in lengths.indices where lengths[index] == length && items[index] == word {
                hint = index
                return index
            }
            items.append(word)
            lengths.append(length)
            hint = items.count - 1
            return hint
        }

        /// 0 for nil, else 1 + the number of `word`.
        mutating func code(_ word: String?, hint: inout Int) -> Int {
            guard let word else { return 0 }
            return number(word, hint: &hint) + 1
        }
    }

    /// The word numbers of the entity types met so far: four at most, told apart without
    /// comparing their names.
    struct EntityKindWords {
        private var known: [(kind: EntityKind, number: Int)] = []

        mutating func number(_ kind: EntityKind, in words: inout Words) -> Int {
            for entry in known where entry.kind == kind { return entry.number }
            var hint = 0
            let number = words.number(kind.rawValue, hint: &hint)
            known.append((kind, number))
            return number
        }
    }

    /// Whether two strings are equal, their byte counts compared first: strings of
    /// different lengths (most of those compared here) are told apart without a call into
    /// the standard library's comparison.
    @inline(__always) static func same(_ one: String, _ other: String) -> Bool {
        one.utf8.count == other.utf8.count && one == other
    }

    /// Each field's last word number, for ``Words/number(_:hint:)``.
    struct WordHints {
        var category = 0
        var relationKind = 0
        var rule = 0
        var role = 0
        var roleWord = 0
    }
}
