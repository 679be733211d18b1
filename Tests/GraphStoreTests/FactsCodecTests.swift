import Extraction
import Foundation
import GraphCore
@testable import GraphStore
import GRDB
import Testing

@Suite struct FactsCodecTests {
    private func expectRoundTrip(_ facts: ReportFacts) throws {
        let decoded = try FactsCodec.decode(FactsCodec.encode(facts), document: facts.document)
        #expect(decoded.document == facts.document)
        #expect(decoded.entities == facts.entities, "entities of \(facts.document.id)")
        #expect(decoded.relations == facts.relations, "relations of \(facts.document.id)")
    }

    @Test func everyDevReportsFactsComeBackEqual() throws {
        for report in try StoreFixtures.reports(StoreFixtures.dev) + StoreFixtures.reports(StoreFixtures.seeds) {
            try expectRoundTrip(StoreFixtures.extractor.extract(report))
        }
    }

    @Test func hostileTextAndForeignEndsComeBackEqual() throws {
        let document = Document(id: "r'1", path: "x/r'1.txt", title: "t")
        let names = ["\u{0}nul", "two\nlines", "🇰🇵 한국어", "", String(repeating: "long ", count: 400)]
        let entities = names.enumerated().map { index, name in
            Entity(id: EntityID(rawValue: "person:\(index)"), name: name, kind: .person, aliases: [name + "'", "z"],
                   mentions: [Mention(document: document.id, sentence: index, start: index, end: index + 300, text: name),
                              Mention(document: "another report", sentence: 0, start: 1_000_000, end: 1_000_001, text: "x")],
                   category: index == 0 ? nil : name, trigger: nil, date: index == 1 ? "--03-31" : nil)
        }
        // One relation's end is not among the report's entities; one sentence supports two relations.
        let relations = [
            Relation(source: entities[0].id, target: entities[1].id, kind: "custom kind \u{1}",
                     evidence: [Evidence(document: document.id, sentence: 3, text: "shared"), Evidence(document: "zz", sentence: 0, text: "other")]),
            Relation(source: entities[2].id, target: "place:elsewhere", kind: .locatedIn, evidence: [Evidence(document: document.id, sentence: 3, text: "shared")]),
            // The same report and sentence number with another text keeps its own text.
            Relation(source: entities[3].id, target: entities[4].id, kind: .family, evidence: [Evidence(document: document.id, sentence: 3, text: "not shared")]),
        ]
        try expectRoundTrip(ReportFacts(document: document, entities: entities, relations: relations))
        try expectRoundTrip(ReportFacts(document: document, entities: [], relations: []))
    }

    @Test func statisticsCountByTypeWhatTheGraphHolds() throws {
        let store = try GraphStore()
        try StoreFixtures.ingest(StoreFixtures.dev, into: store)
        // A relation to an entity no report names is not in the graph, nor in the counts.
        let document = Document(id: "extra", path: "x/extra.txt", title: "t")
        let lone = Entity(id: "person:lone", name: "Lone", kind: .person,
                          mentions: [Mention(document: "extra", sentence: 0, start: 0, end: 4, text: "Lone")])
        let dangling = Relation(source: lone.id, target: "place:nowhere", kind: .locatedIn, evidence: [Evidence(document: "extra", sentence: 0, text: "s")])
        try store.replace(ReportFacts(document: document, entities: [lone], relations: [dangling]), file: "/x/extra.txt", hash: ContentHash(of: "t"))
        let graph = try store.graph()
        var entities: [String: Int] = [:]
        for entity in graph.entities.values { entities[entity.kind.rawValue, default: 0] += 1 }
        var relations: [String: Int] = [:]
        for relation in graph.relations.values { relations[relation.kind.rawValue, default: 0] += 1 }
        let stats = try store.statistics()
        #expect(stats.entities == entities)
        #expect(stats.relations == relations)
        #expect(stats.reports == graph.documents.count)
    }

    /// The facts of the layout tests: two entities, two relations sharing a sentence, and
    /// a relation end the report does not name.
    private static let layoutFacts: ReportFacts = {
        let document = Document(id: "r1", path: "c/r1.txt", title: "t")
        let a = Entity(id: "person:a", name: "A", kind: .person, aliases: ["Ay"],
                       mentions: [Mention(document: "r1", sentence: 2, start: 0, end: 1, text: "A")])
        let b = Entity(id: "place:b", name: "B", kind: .place,
                       mentions: [Mention(document: "r1", sentence: 2, start: 5, end: 6, text: "B")], category: "city")
        return ReportFacts(document: document, entities: [a, b], relations: [
            Relation(source: a.id, target: b.id, kind: .locatedIn,
                     evidence: [Evidence(document: "r1", sentence: 2, text: "A in B", rule: "x", confidence: 0.9)]),
            // The same sentence again (stored once), and an end the report does not name.
            Relation(source: a.id, target: "place:z", kind: .coMentioned, evidence: [Evidence(document: "r1", sentence: 2, text: "A in B")]),
        ])
    }()

    private static func string(_ text: String) -> [UInt8] { [UInt8(text.utf8.count)] + Array(text.utf8) }

    /// The bytes themselves are the stored format: a faster encoder must write exactly
    /// these, or raise the encoding version and keep decoding the old ones.
    @Test func theEncodingIsTheDocumentedLayoutByteForByte() {
        let string = Self.string
        var expected: [UInt8] = [3]  // encoding version
        expected += [1] + string("r1")  // report identifiers
        expected += [2] + string("located_in") + string("co_mentioned")  // relation types
        expected += [4] + string("person") + string("place") + string("city") + string("x")  // words
        expected += [1, 0, 2] + string("A in B")  // sentences: report 0, sentence 2, text
        expected += [2]  // entities
        // Type: word 0; identifier: the 6 bytes of "person", then ":a"; name; one alias: the 1
        // byte of the name, then "y"; no category, trigger or date; not a role.
        expected += [0, 6] + string(":a") + string("A") + [1, 1] + string("y") + [0, 0, 0, 0]
        expected += [1, 0, 2, 0, 1, 1]  // one mention: report, sentence, start, length, text: the name
        expected += [1, 5] + string(":b") + string("B") + [0, 3, 0, 0, 0]  // category: 1 + word 2
        expected += [1, 0, 2, 5, 1, 1]
        expected += [2]  // relations
        // Ends, type, one evidence item: sentence, rule (1 + word 3), 900/1000, no role or role word.
        expected += [1, 2, 0, 1, 0, 4, 1, 0x84, 0x07, 0, 0]
        expected += [1, 0] + string("place:z") + [1, 1, 0, 0, 0, 0, 0]
        #expect(FactsCodec.encode(Self.layoutFacts) == expected)
        #expect(FactsCodec.encodedData(Self.layoutFacts) == Data(expected))
    }

    /// Stores written before version 3 keep their rows: version 2's layout (every string in
    /// full, in another order) still decodes to the same facts, and counts the same.
    @Test func aVersion2RowStillDecodes() throws {
        let string = Self.string
        var version2: [UInt8] = [2]
        version2 += [1] + string("r1")
        version2 += [2] + string("located_in") + string("co_mentioned")
        version2 += [1, 0, 2] + string("A in B")
        version2 += [2]
        version2 += string("person:a") + string("A") + string("person") + [1] + string("Ay") + [0, 0, 0, 0]
        version2 += [1, 0, 2, 0, 1] + string("A")  // mention: report, sentence, start, end, text
        version2 += string("place:b") + string("B") + string("place") + [0, 1] + string("city") + [0, 0, 0]
        version2 += [1, 0, 2, 5, 6] + string("B")
        version2 += [2]
        version2 += [1, 2, 0, 1, 0, 1] + string("x") + [1, 0x84, 0x07, 0, 0]
        version2 += [1, 0] + string("place:z") + [1, 1, 0, 0, 0, 0, 0]
        let facts = Self.layoutFacts
        let decoded = try FactsCodec.decode(version2, document: facts.document)
        #expect(decoded.entities == facts.entities)
        #expect(decoded.relations == facts.relations)
        let old = try FactsCodec.keys(version2)
        let new = try FactsCodec.keys(FactsCodec.encode(facts))
        #expect(old.entities.map(\.id) == ["person:a", "place:b"])
        #expect(old.entities.map(\.id) == new.entities.map(\.id) && old.entities.map(\.kind) == new.entities.map(\.kind))
        #expect(old.relations.map { "\($0.kind) \($0.source) \($0.target)" } == new.relations.map { "\($0.kind) \($0.source) \($0.target)" })
    }

    /// Aliases and identifiers share their first bytes with the string before them, byte by
    /// byte: a shared part that ends inside a character (`é` and `è` share their first
    /// byte) comes back whole; an identifier that does not start with its type's name, a
    /// mention text that is an alias, and one that is neither come back as they were.
    @Test func sharedFirstBytesAndMentionReferencesComeBackEqual() throws {
        let document = Document(id: "r", path: "c/r.txt", title: "t")
        let one = Entity(id: "place:café", name: "Café", kind: .place, aliases: ["Cafè", "Cafè-dong", "Cafés", "Kafe"],
                         mentions: [Mention(document: "r", sentence: 0, start: 0, end: 4, text: "Cafè-dong"),
                                    Mention(document: "r", sentence: 0, start: 9, end: 3, text: "cafe")])  // an end before its start too
        let two = Entity(id: "place:cafè", name: "Cafè", kind: .place,
                         mentions: [Mention(document: "r", sentence: 1, start: 0, end: 4, text: "Cafè")])
        let odd = Entity(id: "custom-id", name: "Odd", kind: .agency)
        let facts = ReportFacts(document: document, entities: [one, two, odd], relations: [])
        try expectRoundTrip(facts)
        // "place:cafè" is written as the 10 bytes it shares with "place:café", then 1 byte.
        #expect(FactsCodec.encode(facts).firstRange(of: [10, 1, 0xA8]) != nil)
    }

    /// Many entities (more than the lookup table's first size) and a repeated identifier:
    /// each relation end is the first entity with its identifier.
    @Test func relationEndsFindTheFirstEntityWithTheirIdentifier() throws {
        let document = Document(id: "r", path: "c/r.txt", title: "t")
        var entities = (0..<40).map { Entity(id: EntityID(rawValue: "person:\($0)-" + String(repeating: "x", count: $0)), name: "P\($0)", kind: .person) }
        entities.append(Entity(id: entities[7].id, name: "again", kind: .person))
        let relations = (0..<39).map { Relation(source: entities[$0].id, target: entities[$0 + 1].id, kind: .worksFor) }
        try expectRoundTrip(ReportFacts(document: document, entities: entities, relations: relations))
        let bytes = FactsCodec.encode(ReportFacts(document: document, entities: entities, relations: [relations[7]]))
        // The relation's ends are entities 8 and 9 (1 + positions 7 and 8), not the repeat at 41.
        #expect(Array(bytes.suffix(5)) == [1, 8, 9, 0, 0])
    }

    @Test func damagedBytesAreAnErrorNotACrash() throws {
        let facts = StoreFixtures.extractor.extract(try StoreFixtures.reports(StoreFixtures.seeds)[0])
        let bytes = FactsCodec.encode(facts)
        for cut in [0, 1, 2, bytes.count / 2, bytes.count - 1] {
            #expect(throws: FactsCodec.Damaged.self) { try FactsCodec.decode(Array(bytes.prefix(cut)), document: facts.document) }
        }
        #expect(throws: FactsCodec.Damaged.self) { try FactsCodec.decode(bytes + [0], document: facts.document) }
        // An identifier that claims to share more bytes than its type's name has.
        let string = Self.string
        var tooLong: [UInt8] = [3, 0, 0, 1] + string("place") + [0, 1, 0, 9] + string("x")
        #expect(throws: FactsCodec.Damaged.self) { try FactsCodec.decode(tooLong, document: facts.document) }
        tooLong[12] = 7  // and a type's word number that is not in the table
        #expect(throws: FactsCodec.Damaged.self) { try FactsCodec.decode(tooLong, document: facts.document) }
        var wrongVersion = bytes
        wrongVersion[0] = 99
        #expect(throws: FactsCodec.Damaged.self) { try FactsCodec.decode(wrongVersion, document: facts.document) }
    }

    /// A store written with schema v1 (a row per fact) opens as v2 with the same graph.
    @Test func aVersion1StoreIsConvertedWhenOpened() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("linkchart-v1-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("graph.sqlite").path
        do {
            let queue = try DatabaseQueue(path: path)
            try GraphStore.migrator.migrate(queue, upTo: "v1: reports and their facts")
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO documents(id, document_id, path, file, title, date, source, content_hash, size, ingested_at)
                        VALUES (1, 'r1', 'c/r1.txt', '/c/r1.txt', 'One', '2024-01-02', 'Daily NK', 7, 100, 0);
                    INSERT INTO entities(id, entity_id, kind) VALUES (1, 'place:onsong-county', 'place'), (2, 'place:north-hamgyong-province', 'place');
                    INSERT INTO alias_lists(id, key) VALUES (1, '6:Onsong');
                    INSERT INTO aliases(list, alias) VALUES (1, 'Onsong');
                    INSERT INTO entity_facts(document, entity, position, name, aliases, category) VALUES
                        (1, 1, 0, 'Onsong County', 1, 'county'), (1, 2, 1, 'North Hamgyong Province', NULL, 'province');
                    INSERT INTO mentions(document, entity, sentence, start, "end", text) VALUES
                        (1, 1, 0, 0, 13, 'Onsong County'), (1, 2, 0, 15, 38, 'North Hamgyong Province');
                    INSERT INTO relations(id, source, target, kind) VALUES (1, 1, 2, 'located_in');
                    INSERT INTO sentences(document, sentence, text) VALUES (1, 0, 'Onsong County, North Hamgyong Province.');
                    INSERT INTO evidence(document, relation, sentence) VALUES (1, 1, 0);
                    """)
            }
        }
        let store = try GraphStore(path: path)
        let graph = try store.graph()
        #expect(graph.documents["r1"]?.source == "Daily NK")
        #expect(graph.entities["place:onsong-county"]?.aliases == ["Onsong"])
        #expect(graph.entities["place:onsong-county"]?.mentions.first?.text == "Onsong County")
        let relation = graph.relations["located_in:place:onsong-county->place:north-hamgyong-province"]
        #expect(relation?.evidence.map(\.text) == ["Onsong County, North Hamgyong Province."])
        #expect(try store.storedReports()["r1"]?.hash == ContentHash(value: 7, size: 100))
        let tables = try store.writer.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") }
        #expect(!tables.contains("mentions") && tables.contains("report_facts"))
        #expect(try store.integrityProblems().isEmpty)
    }
}
