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
/// from the store is the graph extraction gives, byte for byte in every export. Integers are
/// LEB128 varints, strings a length and UTF-8 bytes. Layout (version 3), after the version
/// byte:
/// - three tables: the report identifiers that mentions and evidence name (usually just the
///   report's own), the relation types, and the report's *words*: the short strings that
///   recur in it (entity types, categories, evidence rules, roles and role words), each
///   written once and then by number;
/// - the evidence sentences (a sentence that supports ten relations is stored once);
/// - the entities: type (a word), identifier (sharing its first bytes with the identifier of
///   the entity of the same type before it, the first with the type's name:
///   `place:kanggye` after `place:kaesong` is 8 and `nggye`), name, aliases (each sharing its first bytes with
///   the one before, the first with the name: aliases are sorted, so `Kanggye City` after
///   `Kanggye` is 7 and ` City`), category, trigger, date, role flag, then the mentions,
///   each with its report, sentence, start, length and text (by reference to the name or
///   an alias when it is one of them, as most are);
/// - the relations, whose ends are indices into the entities when the report names them,
///   each with its type and evidence (sentence, rule, confidence, role, role word).
///
/// Version 3 is about a quarter smaller than version 2, which wrote every word, identifier,
/// alias and mention text in full; rows of versions 1 and 2 still decode.
enum FactsCodec {
    /// Version 2 added each entity's role flag and each evidence sentence's rule,
    /// confidence, participant side and role word; version 3 writes recurring strings once
    /// (see the type's documentation).
    static let version: UInt8 = 3

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
    /// relation types and words are found in short lists (the field's last value first), a
    /// sentence of the report's own by its number, and relation ends through
    /// ``EntityNumbers``. The tables come first, so a first pass numbers what they hold and
    /// remembers the numbers for the second, which writes. Relations, evidence and mentions
    /// are read in place, by index, not copied out.
    ///
    /// - Complexity: O(m) in the size of the facts.
    private static func write(_ facts: ReportFacts, to out: inout Writer) {
        out.byte(version)
        // The report's own identifier is number 0, so the usual mention or evidence finds its
        // number without hashing a string.
        var documents = Table()
        let own = documents.index(facts.document.id.rawValue)
        func documentNumber(_ id: DocumentID) -> Int { id == facts.document.id ? own : documents.index(id.rawValue) }
        var kinds = Words()
        var words = Words()
        let entities = facts.entities
        let relations = facts.relations
        var sentences = SentenceNumbers()
        // Pass 1: each entity's type and category words, each relation's type, then the
        // sentence and words of each of its evidence items, in the order pass 2 writes them.
        var numbers: [Int] = []
        numbers.reserveCapacity(entities.count * 2 + relations.count * 6)
        var hints = WordHints()
        var kindWords = EntityKindWords()
        for entity in entities.indices {
            numbers.append(kindWords.number(entities[entity].kind, in: &words))
            numbers.append(words.code(entities[entity].category, hint: &hints.category))
            let mentions = entities[entity].mentions
            for mention in mentions.indices { _ = documentNumber(mentions[mention].document) }
        }
        for relation in relations.indices {
            numbers.append(kinds.number(relations[relation].kind.rawValue, hint: &hints.relationKind))
            let evidence = relations[relation].evidence
            for item in evidence.indices {
                numbers.append(sentences.number(
                    document: documentNumber(evidence[item].document), sentence: evidence[item].sentence, text: evidence[item].text))
                numbers.append(words.code(evidence[item].rule, hint: &hints.rule))
                numbers.append(words.code(evidence[item].role, hint: &hints.role))
                numbers.append(words.code(evidence[item].roleWord, hint: &hints.roleWord))
            }
        }
        // Pass 2.
        out.strings(documents.items)
        out.strings(kinds.items)
        out.strings(words.items)
        out.int(sentences.list.count)
        for sentence in sentences.list.indices {
            out.int(sentences.list[sentence].document)
            out.int(sentences.list[sentence].sentence)
            out.string(sentences.list[sentence].text)
        }
        var next = 0
        var entityNumbers = EntityNumbers(capacity: entities.count)
        // The identifier of the last entity of each type, by the type's word number.
        var lastIDs = [String?](repeating: nil, count: words.items.count)
        out.int(entities.count)
        for index in entities.indices {
            let id = entities[index].id.rawValue
            entityNumbers.insert(id, index)
            let kind = numbers[next]
            out.int(kind)
            out.string(id, sharingPrefixWith: lastIDs[kind] ?? entities[index].kind.rawValue)
            lastIDs[kind] = id
            let name = entities[index].name
            out.string(name)
            let aliases = entities[index].aliases
            out.int(aliases.count)
            for alias in aliases.indices {
                out.string(aliases[alias], sharingPrefixWith: alias == 0 ? name : aliases[alias - 1])
            }
            out.int(numbers[next + 1])
            next += 2
            out.optional(entities[index].trigger)
            out.optional(entities[index].date)
            out.byte(entities[index].isRole ? 1 : 0)
            let mentions = entities[index].mentions
            out.int(mentions.count)
            for mention in mentions.indices {
                out.int(documentNumber(mentions[mention].document))
                out.int(mentions[mention].sentence)
                out.int(mentions[mention].start)
                out.int(mentions[mention].end &- mentions[mention].start)
                out.mentionText(mentions[mention].text, name: name, aliases: aliases)
            }
        }
        out.int(relations.count)
        for relation in relations.indices {
            out.end(relations[relation].source, entityNumbers)
            out.end(relations[relation].target, entityNumbers)
            out.int(numbers[next])
            next += 1
            let evidence = relations[relation].evidence
            out.int(evidence.count)
            for item in evidence.indices {
                out.int(numbers[next])
                out.int(numbers[next + 1])
                // Confidences are written in thousandths: rules give at most three decimals.
                if let confidence = evidence[item].confidence {
                    out.byte(1)
                    out.int(Int((confidence * 1000).rounded()))
                } else {
                    out.byte(0)
                }
                out.int(numbers[next + 2])
                out.int(numbers[next + 3])
                next += 4
            }
        }
    }

    /// The facts encoded in `bytes`, with `document` as their report.
    ///
    /// - Throws: ``Damaged`` when the bytes are not an encoding this version wrote.
    static func decode(_ bytes: [UInt8], document: Document) throws -> ReportFacts {
        try bytes.withUnsafeBufferPointer { buffer in
            var input = try Reader(buffer: buffer)
            let documents = try input.strings().map(DocumentID.init(rawValue:))
            let kinds = try input.strings().map(RelationKind.init(rawValue:))
            try input.readWords()
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
                let (id, name, kindName) = try input.entityHead()
                guard let kind = EntityKind(rawValue: kindName) else { throw Damaged(reason: "unknown entity type \(kindName)") }
                let aliases = try input.aliases(after: name)
                let category = try input.word()
                let trigger = try input.optional()
                let date = try input.optional()
                let isRole = input.version >= 2 ? try input.byte() == 1 : false
                let mentionCount = try input.count()
                var mentions: [Mention] = []
                mentions.reserveCapacity(mentionCount)
                for _ in 0..<mentionCount {
                    let report = try input.element(of: documents)
                    let sentence = try input.int()
                    let start = try input.int()
                    mentions.append(Mention(document: report, sentence: sentence, start: start,
                                            end: try input.mentionEnd(after: start),
                                            text: try input.mentionText(name: name, aliases: aliases)))
                }
                entities.append(Entity(id: EntityID(rawValue: id), name: name, kind: kind, aliases: aliases, mentions: mentions,
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
                    if input.version >= 2 {
                        item.rule = try input.word()
                        item.confidence = try input.byte() == 0 ? nil : Double(try input.int()) / 1000
                        item.role = try input.word()
                        item.roleWord = try input.word()
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
            var input = try Reader(buffer: buffer)
            _ = try input.strings()
            let kinds = try input.strings()
            try input.readWords()
            for _ in 0..<(try input.count()) {
                _ = try input.int()
                _ = try input.int()
                try input.skipString()
            }
            var entities: [(id: String, kind: String)] = []
            for _ in 0..<(try input.count()) {
                let (id, _, kind) = try input.entityHead(skippingName: true)
                try input.skipAliases()
                try input.skipWord()
                for _ in 0..<2 where try input.byte() != 0 { try input.skipString() }
                if input.version >= 2 { _ = try input.byte() }
                for _ in 0..<(try input.count()) {
                    for _ in 0..<4 { _ = try input.int() }
                    try input.skipMentionText()
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
                    guard input.version >= 2 else { continue }
                    try input.skipWord()
                    if try input.byte() != 0 { _ = try input.int() }
                    try input.skipWord()
                    try input.skipWord()
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
}
