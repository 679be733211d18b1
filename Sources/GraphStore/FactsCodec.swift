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
        var out = Writer()
        out.bytes.reserveCapacity(4096)
        out.bytes.append(version)
        // The report's own identifier is number 0, so the usual mention or evidence finds its
        // number without hashing a string.
        var documents = Table()
        let own = documents.index(facts.document.id.rawValue)
        func documentNumber(_ id: DocumentID) -> Int { id == facts.document.id ? own : documents.index(id.rawValue) }
        var kinds = Table()
        // Sentences are numbered by (report, sentence number), which identify the text;
        // a different text under the same pair (never from extraction) gets its own entry.
        var sentences: [SentenceKey: [Int]] = [:]
        var sentenceList: [(document: Int, sentence: Int, text: String)] = []
        func sentenceNumber(_ item: Evidence, add: Bool) -> Int {
            let key = SentenceKey(document: documentNumber(item.document), sentence: item.sentence)
            if let found = sentences[key]?.first(where: { sentenceList[$0].text == item.text }) { return found }
            guard add else { return 0 }
            sentences[key, default: []].append(sentenceList.count)
            sentenceList.append((key.document, item.sentence, item.text))
            return sentenceList.count - 1
        }
        for entity in facts.entities { for mention in entity.mentions { _ = documentNumber(mention.document) } }
        for relation in facts.relations {
            _ = kinds.index(relation.kind.rawValue)
            for item in relation.evidence { _ = sentenceNumber(item, add: true) }
        }
        out.strings(documents.items)
        out.strings(kinds.items)
        out.int(sentenceList.count)
        for sentence in sentenceList {
            out.int(sentence.document)
            out.int(sentence.sentence)
            out.string(sentence.text)
        }
        var entityIndex: [EntityID: Int] = [:]
        out.int(facts.entities.count)
        for (index, entity) in facts.entities.enumerated() {
            if entityIndex[entity.id] == nil { entityIndex[entity.id] = index }
            out.string(entity.id.rawValue)
            out.string(entity.name)
            out.string(entity.kind.rawValue)
            out.strings(entity.aliases)
            out.optional(entity.category)
            out.optional(entity.trigger)
            out.optional(entity.date)
            out.bytes.append(entity.isRole ? 1 : 0)
            out.int(entity.mentions.count)
            for mention in entity.mentions {
                out.int(documentNumber(mention.document))
                out.int(mention.sentence)
                out.int(mention.start)
                out.int(mention.end)
                out.string(mention.text)
            }
        }
        out.int(facts.relations.count)
        for relation in facts.relations {
            out.end(relation.source, entityIndex)
            out.end(relation.target, entityIndex)
            out.int(kinds.index(relation.kind.rawValue))
            out.int(relation.evidence.count)
            for item in relation.evidence {
                out.int(sentenceNumber(item, add: false))
                out.optional(item.rule)
                // Confidences are written in thousandths: rules give at most three decimals.
                if let confidence = item.confidence {
                    out.bytes.append(1)
                    out.int(Int((confidence * 1000).rounded()))
                } else {
                    out.bytes.append(0)
                }
                out.optional(item.role)
                out.optional(item.roleWord)
            }
        }
        return out.bytes
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

    private struct SentenceKey: Hashable {
        var document: Int
        var sentence: Int
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

    private struct Writer {
        var bytes: [UInt8] = []

        mutating func int(_ value: Int) {
            var rest = UInt64(bitPattern: Int64(value))
            while rest >= 0x80 {
                bytes.append(UInt8(rest & 0x7F) | 0x80)
                rest >>= 7
            }
            bytes.append(UInt8(rest))
        }

        mutating func string(_ value: String) {
            var value = value
            value.withUTF8 { utf8 in
                int(utf8.count)
                bytes.append(contentsOf: utf8)
            }
        }

        mutating func strings(_ values: [String]) {
            int(values.count)
            for value in values { string(value) }
        }

        /// 0 for nil, else 1 and the string.
        mutating func optional(_ value: String?) {
            guard let value else { return bytes.append(0) }
            bytes.append(1)
            string(value)
        }

        /// A relation's end: 1 + its index among the report's entities, or 0 and its
        /// identifier when the report does not name it.
        mutating func end(_ id: EntityID, _ index: [EntityID: Int]) {
            if let at = index[id] {
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
