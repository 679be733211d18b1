import Foundation
import GraphCore

/// One report's facts as one compact binary value, the row `replace` writes per report.
///
/// Writing a report as one row instead of a few hundred (a row per mention, evidence
/// sentence, entity and relation) is what lets one writer keep up with extraction on every
/// core: a report costs three statements and a few appended pages, where the row-per-fact
/// schema cost about 250 statements and dirtied pages of half a dozen indexes, all written
/// to the log at each report's commit.
///
/// The encoding is lossless (decoding gives back equal ``ReportFacts``), so the graph read
/// from the store is the graph extraction gives, byte for byte in every export. Layout,
/// after a version byte: a table of the report identifiers that mentions and evidence name
/// (usually just the report's own), a table of relation types, a table of evidence
/// sentences (a sentence that supports ten relations is stored once), then the entities
/// with their mentions, then the relations, whose ends are indices into the entities when
/// the report names them. Integers are LEB128 varints, strings a length and UTF-8 bytes.
enum FactsCodec {
    /// Version 2 adds each entity's role flag and each evidence sentence's rule,
    /// confidence, participant side and role word; version 1 rows still decode (without them).
    static let version: UInt8 = 2

    /// The bytes of `facts` (without its ``Document``, which the `documents` row holds).
    static func encode(_ facts: ReportFacts) -> [UInt8] {
        var out = Writer(capacity: 16_384)
        defer { out.deallocate() }
        write(facts, to: &out)
        return out.array()
    }

    /// ``encode(_:)`` as `Data`, the value the `report_facts` row binds, without a copy
    /// through an array.
    static func encodedData(_ facts: ReportFacts) -> Data {
        var out = Writer(capacity: 16_384)
        defer { out.deallocate() }
        write(facts, to: &out)
        return out.data()
    }

    /// Writes the encoding of `facts` to `out`.
    ///
    /// Ingest encodes every report it writes, so this avoids hashing strings where it can:
    /// relation types are found in a short list, a sentence of the report's own by its
    /// number, and relation ends through ``EntityNumbers``; each evidence item's sentence
    /// and each relation's type are looked up once and remembered for the second pass.
    /// Relations, evidence and mentions are read in place, by index, not copied out.
    ///
    /// - Complexity: O(m) in the size of the facts.
    private static func write(_ facts: ReportFacts, to out: inout Writer) {
        out.byte(version)
        // The report's own identifier is number 0, so the usual mention or evidence finds its
        // number without hashing a string.
        var documents = Table()
        let own = documents.index(facts.document.id.rawValue)
        func documentNumber(_ id: DocumentID) -> Int { id == facts.document.id ? own : documents.index(id.rawValue) }
        // Relation types are few (a dozen at most): a list beats a dictionary, and the type
        // of the relation before (relations of a type mostly come together) is tried first.
        var kinds: [String] = []
        var lastKind = -1
        func kindNumber(_ kind: RelationKind) -> Int {
            if lastKind >= 0, kinds[lastKind] == kind.rawValue { return lastKind }
            if let found = kinds.firstIndex(of: kind.rawValue) {
                lastKind = found
                return found
            }
            kinds.append(kind.rawValue)
            lastKind = kinds.count - 1
            return lastKind
        }
        let entities = facts.entities
        let relations = facts.relations
        var sentences = SentenceNumbers()
        for entity in entities.indices {
            let mentions = entities[entity].mentions
            for mention in mentions.indices { _ = documentNumber(mentions[mention].document) }
        }
        // Each relation's type, then the sentence of each of its evidence items, in order.
        var numbers: [Int] = []
        numbers.reserveCapacity(relations.count * 3)
        for relation in relations.indices {
            numbers.append(kindNumber(relations[relation].kind))
            let evidence = relations[relation].evidence
            for item in evidence.indices {
                numbers.append(sentences.number(
                    document: documentNumber(evidence[item].document), sentence: evidence[item].sentence, text: evidence[item].text))
            }
        }
        out.strings(documents.items)
        out.strings(kinds)
        out.int(sentences.list.count)
        for sentence in sentences.list.indices {
            out.int(sentences.list[sentence].document)
            out.int(sentences.list[sentence].sentence)
            out.string(sentences.list[sentence].text)
        }
        var entityNumbers = EntityNumbers(capacity: entities.count)
        out.int(entities.count)
        for index in entities.indices {
            entityNumbers.insert(entities[index].id.rawValue, index)
            out.string(entities[index].id.rawValue)
            out.string(entities[index].name)
            out.string(entities[index].kind.rawValue)
            out.strings(entities[index].aliases)
            out.optional(entities[index].category)
            out.optional(entities[index].trigger)
            out.optional(entities[index].date)
            out.byte(entities[index].isRole ? 1 : 0)
            let mentions = entities[index].mentions
            out.int(mentions.count)
            for mention in mentions.indices {
                out.int(documentNumber(mentions[mention].document))
                out.int(mentions[mention].sentence)
                out.int(mentions[mention].start)
                out.int(mentions[mention].end)
                out.string(mentions[mention].text)
            }
        }
        out.int(relations.count)
        var next = 0
        for relation in relations.indices {
            out.end(relations[relation].source, entityNumbers)
            out.end(relations[relation].target, entityNumbers)
            out.int(numbers[next])
            next += 1
            let evidence = relations[relation].evidence
            out.int(evidence.count)
            for item in evidence.indices {
                out.int(numbers[next])
                next += 1
                out.optional(evidence[item].rule)
                // Confidences are written in thousandths: rules give at most three decimals.
                if let confidence = evidence[item].confidence {
                    out.byte(1)
                    out.int(Int((confidence * 1000).rounded()))
                } else {
                    out.byte(0)
                }
                out.optional(evidence[item].role)
                out.optional(evidence[item].roleWord)
            }
        }
    }

    /// The facts encoded in `bytes`, with `document` as their report.
    ///
    /// - Throws: ``Damaged`` when the bytes are not an encoding this version wrote.
    static func decode(_ bytes: [UInt8], document: Document) throws -> ReportFacts {
        try bytes.withUnsafeBufferPointer { buffer in
            var input = Reader(buffer: buffer)
            let encoding = try input.byte()
            guard (1...version).contains(encoding) else { throw Damaged(reason: "unknown encoding version") }
            let documents = try input.strings().map(DocumentID.init(rawValue:))
            let kinds = try input.strings().map(RelationKind.init(rawValue:))
            var sentences: [(document: DocumentID, sentence: Int, text: String)] = []
            let sentenceCount = try input.count()
            sentences.reserveCapacity(sentenceCount)
            for _ in 0..<sentenceCount {
                sentences.append((try input.element(of: documents), try input.int(), try input.string()))
            }
            let entityCount = try input.count()
            var entities: [Entity] = []
            entities.reserveCapacity(entityCount)
            for _ in 0..<entityCount {
                let id = EntityID(rawValue: try input.string())
                let name = try input.string()
                let kindName = try input.string()
                guard let kind = EntityKind(rawValue: kindName) else { throw Damaged(reason: "unknown entity type \(kindName)") }
                let aliases = try input.strings()
                let category = try input.optional()
                let trigger = try input.optional()
                let date = try input.optional()
                let isRole = encoding >= 2 ? try input.byte() == 1 : false
                let mentionCount = try input.count()
                var mentions: [Mention] = []
                mentions.reserveCapacity(mentionCount)
                for _ in 0..<mentionCount {
                    mentions.append(Mention(document: try input.element(of: documents), sentence: try input.int(),
                                            start: try input.int(), end: try input.int(), text: try input.string()))
                }
                entities.append(Entity(id: id, name: name, kind: kind, aliases: aliases, mentions: mentions,
                                       category: category, trigger: trigger, date: date, isRole: isRole))
            }
            let relationCount = try input.count()
            var relations: [Relation] = []
            relations.reserveCapacity(relationCount)
            for _ in 0..<relationCount {
                let source = try input.end(entities)
                let target = try input.end(entities)
                let kind = try input.element(of: kinds)
                let evidenceCount = try input.count()
                var evidence: [Evidence] = []
                evidence.reserveCapacity(evidenceCount)
                for _ in 0..<evidenceCount {
                    let sentence = try input.element(of: sentences)
                    var item = Evidence(document: sentence.document, sentence: sentence.sentence, text: sentence.text)
                    if encoding >= 2 {
                        item.rule = try input.optional()
                        item.confidence = try input.byte() == 0 ? nil : Double(try input.int()) / 1000
                        item.role = try input.optional()
                        item.roleWord = try input.optional()
                    }
                    evidence.append(item)
                }
                relations.append(Relation(source: source, target: target, kind: kind, evidence: evidence))
            }
            guard input.atEnd else { throw Damaged(reason: "bytes left over after the relations") }
            return ReportFacts(document: document, entities: entities, relations: relations)
        }
    }

    /// What a report's facts count towards the store's totals: each entity's identifier and
    /// type, and each relation's type and ends; read without building the facts (names,
    /// aliases, mentions and sentences are skipped over), for `stats`.
    ///
    /// - Throws: ``Damaged`` as ``decode(_:document:)``.
    static func keys(_ bytes: [UInt8]) throws -> (entities: [(id: String, kind: String)], relations: [(kind: String, source: String, target: String)]) {
        try bytes.withUnsafeBufferPointer { buffer in
            var input = Reader(buffer: buffer)
            let encoding = try input.byte()
            guard (1...version).contains(encoding) else { throw Damaged(reason: "unknown encoding version") }
            _ = try input.strings()
            let kinds = try input.strings()
            for _ in 0..<(try input.count()) {
                _ = try input.int()
                _ = try input.int()
                try input.skipString()
            }
            var entities: [(id: String, kind: String)] = []
            for _ in 0..<(try input.count()) {
                let id = try input.string()
                try input.skipString()
                let kind = try input.string()
                for _ in 0..<(try input.count()) { try input.skipString() }
                for _ in 0..<3 where try input.byte() != 0 { try input.skipString() }
                if encoding >= 2 { _ = try input.byte() }
                for _ in 0..<(try input.count()) {
                    for _ in 0..<4 { _ = try input.int() }
                    try input.skipString()
                }
                entities.append((id, kind))
            }
            var relations: [(kind: String, source: String, target: String)] = []
            for _ in 0..<(try input.count()) {
                let source = try input.endID(entities)
                let target = try input.endID(entities)
                let kind = try input.element(of: kinds)
                for _ in 0..<(try input.count()) {
                    _ = try input.int()
                    guard encoding >= 2 else { continue }
                    if try input.byte() != 0 { try input.skipString() }
                    if try input.byte() != 0 { _ = try input.int() }
                    if try input.byte() != 0 { try input.skipString() }
                    if try input.byte() != 0 { try input.skipString() }
                }
                relations.append((kind, source, target))
            }
            guard input.atEnd else { throw Damaged(reason: "bytes left over after the relations") }
            return (entities, relations)
        }
    }

    /// Stored facts that cannot be decoded.
    struct Damaged: Error, CustomStringConvertible {
        var reason: String
        var description: String { "the stored facts are damaged (\(reason)); run `linkchart ingest` on a new store" }
    }

    /// The evidence sentences of one report, numbered in the order first seen.
    ///
    /// A sentence is known by its report's number and its sentence number, which identify
    /// its text; a different text under the same pair (never from extraction) gets its own
    /// entry. The report's own sentences (nearly all) are found by their number in an
    /// array; other reports' through a dictionary.
    private struct SentenceNumbers {
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
    private struct Table {
        var items: [String] = []
        var numbers: [String: Int] = [:]

        mutating func index(_ item: String) -> Int {
            if let number = numbers[item] { return number }
            numbers[item] = items.count
            items.append(item)
            return items.count - 1
        }
    }

    /// A growing byte buffer written in place: appending a byte or a string is a bounds
    /// check and a copy, without an array's uniqueness checks. The owner deallocates it.
    private struct Writer {
        private var base: UnsafeMutablePointer<UInt8>
        private var capacity: Int
        private var count = 0

        init(capacity: Int) {
            self.capacity = max(16, capacity)
            base = .allocate(capacity: self.capacity)
        }

        func deallocate() { base.deallocate() }

        func array() -> [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

        func data() -> Data { Data(bytes: base, count: count) }

        @inline(__always) private mutating func reserve(_ extra: Int) {
            if count + extra > capacity { grow(count + extra) }
        }

        private mutating func grow(_ needed: Int) {
            let larger = max(needed, capacity * 2)
            let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
            moved.update(from: base, count: count)
            base.deallocate()
            base = moved
            capacity = larger
        }

        @inline(__always) mutating func byte(_ value: UInt8) {
            reserve(1)
            base[count] = value
            count += 1
        }

        @inline(__always) mutating func int(_ value: Int) {
            reserve(10)
            var rest = UInt64(bitPattern: Int64(value))
            while rest >= 0x80 {
                base[count] = UInt8(rest & 0x7F) | 0x80
                count += 1
                rest >>= 7
            }
            base[count] = UInt8(rest)
            count += 1
        }

        @inline(__always) mutating func string(_ value: String) {
            let utf8 = value.utf8
            let written: Void? = utf8.withContiguousStorageIfAvailable { bytes in append(bytes) }
            if written == nil { Array(utf8).withUnsafeBufferPointer { append($0) } }
        }

        private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
            int(bytes.count)
            guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
            reserve(bytes.count)
            (base + count).update(from: start, count: bytes.count)
            count += bytes.count
        }

        mutating func strings(_ values: [String]) {
            int(values.count)
            for value in values.indices { string(values[value]) }
        }

        /// 0 for nil, else 1 and the string.
        @inline(__always) mutating func optional(_ value: String?) {
            guard let value else { return byte(0) }
            byte(1)
            string(value)
        }

        /// A relation's end: 1 + its index among the report's entities, or 0 and its
        /// identifier when the report does not name it.
        mutating func end(_ id: EntityID, _ numbers: EntityNumbers) {
            if let at = numbers.index(of: id.rawValue) {
                int(at + 1)
            } else {
                int(0)
                string(id.rawValue)
            }
        }
    }

    private struct Reader {
        let buffer: UnsafeBufferPointer<UInt8>
        var at = 0

        var atEnd: Bool { at == buffer.count }

        mutating func byte() throws -> UInt8 {
            guard at < buffer.count else { throw Damaged(reason: "cut short") }
            at += 1
            return buffer[at - 1]
        }

        mutating func int() throws -> Int {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let next = try byte()
                guard shift < 64 else { throw Damaged(reason: "an integer too long") }
                value |= UInt64(next & 0x7F) << shift
                if next < 0x80 { return Int(Int64(bitPattern: value)) }
                shift += 7
            }
        }

        /// A count or length: never negative, never more than the bytes left.
        mutating func count() throws -> Int {
            let value = try int()
            guard value >= 0, value <= buffer.count - at else { throw Damaged(reason: "a count of \(value)") }
            return value
        }

        mutating func string() throws -> String {
            let length = try count()
            defer { at += length }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[at..<at + length]), as: UTF8.self)
        }

        mutating func skipString() throws {
            at += try count()
        }

        mutating func endID(_ entities: [(id: String, kind: String)]) throws -> String {
            let code = try int()
            if code == 0 { return try string() }
            guard code >= 1, code <= entities.count else { throw Damaged(reason: "a relation end \(code) out of range") }
            return entities[code - 1].id
        }

        mutating func strings() throws -> [String] {
            let number = try count()
            var result: [String] = []
            result.reserveCapacity(number)
            for _ in 0..<number { result.append(try string()) }
            return result
        }

        mutating func optional() throws -> String? {
            try byte() == 0 ? nil : try string()
        }

        mutating func element<T>(of table: [T]) throws -> T {
            let index = try int()
            guard table.indices.contains(index) else { throw Damaged(reason: "an index \(index) out of range") }
            return table[index]
        }

        mutating func end(_ entities: [Entity]) throws -> EntityID {
            let code = try int()
            if code == 0 { return EntityID(rawValue: try string()) }
            guard code >= 1, code <= entities.count else { throw Damaged(reason: "a relation end \(code) out of range") }
            return entities[code - 1].id
        }
    }
}
