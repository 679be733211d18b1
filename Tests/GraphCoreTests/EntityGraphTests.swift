import Foundation
import GraphFixtures
import Testing
@testable import GraphCore

@Suite struct EntityGraphTests {
    @Test func addingAnEntityTwiceMergesIt() throws {
        var graph = EntityGraph()
        graph.add(Fixtures.entity(.place, "Hyesan", aliases: ["Hyesan City"], in: ["r2"]))
        graph.add(Fixtures.entity(.place, "Hyesan", aliases: ["Hyesan-si"], in: ["r1"]))
        let hyesan = try #require(graph.entities["place:hyesan"])
        #expect(graph.entities.count == 1)
        #expect(hyesan.aliases == ["Hyesan City", "Hyesan-si"])
        #expect(hyesan.mentions.count == 2)
    }

    @Test func relationToUnknownEntityIsRejected() {
        var graph = EntityGraph()
        graph.add(Fixtures.entity(.place, "Hyesan"))
        #expect(throws: GraphError.unknownEntity("place:nowhere")) {
            try graph.add(Relation(source: "place:hyesan", target: "place:nowhere", kind: .locatedIn))
        }
    }

    @Test func sameRelationFoundTwiceGainsWeight() throws {
        var graph = try Fixtures.sample()
        let before = try #require(graph.relations["located_in:place:onsong-county->place:north-hamgyong-province"])
        #expect(before.weight == 1)
        try graph.add(Relation(source: "place:onsong-county", target: "place:north-hamgyong-province", kind: .locatedIn,
                               evidence: [Fixtures.evidence("r2", 7)]))
        #expect(graph.relations["located_in:place:onsong-county->place:north-hamgyong-province"]?.weight == 2)
        #expect(graph.degree(of: "place:onsong-county") == 2)
    }

    @Test func subgraphOfAReportKeepsOnlyItsMentionsAndEvidence() throws {
        let graph = try Fixtures.sample()
        let local = graph.subgraph(document: "r2")
        #expect(Set(local.entities.keys) == ["place:north-hamgyong-province", "place:kilju-county", "agency:ministry-of-state-security", "agency:ministry-of-social-security"])
        #expect(local.entities.values.allSatisfy { $0.mentions.allSatisfy { $0.document == "r2" } })
        #expect(local.relations.count == 2)
        #expect(local.documents.keys.sorted() == ["r2"])
    }

    @Test func subgraphKeepingEntitiesKeepsRelationsAmongThem() throws {
        let graph = try Fixtures.sample()
        let part = graph.subgraph(keeping: ["place:onsong-county", "place:north-hamgyong-province", "person:nobody"])
        #expect(part.entities.count == 2)
        #expect(part.relations.keys.sorted() == ["located_in:place:onsong-county->place:north-hamgyong-province"])
    }
}

@Suite struct BulkMergeTests {
    @Test func mergingManyReportsEqualsAddingThemOneByOne() throws {
        func facts(_ document: DocumentID, sentence: Int) -> ReportFacts {
            let hub = Entity(id: "agency:daily-nk", name: "Daily NK", kind: .agency, aliases: ["DailyNK"],
                             mentions: [Fixtures.mention(document, sentence, "Daily NK", at: 10)])
            let place = Entity(id: "place:hyesan", name: "Hyesan", kind: .place, aliases: [document.rawValue],
                               mentions: [Fixtures.mention(document, sentence, "Hyesan", at: 30)])
            let link = Relation(source: hub.id, target: place.id, kind: .coMentioned, evidence: [Fixtures.evidence(document, sentence)])
            return ReportFacts(document: Document(id: document, path: "c/\(document).txt", title: "t"), entities: [hub, place], relations: [link])
        }
        // Out of order on purpose: the merge must sort.
        let all = [facts("r3", sentence: 2), facts("r1", sentence: 0), facts("r2", sentence: 5), facts("r1", sentence: 4)]
        var oneByOne = EntityGraph()
        for item in all { try oneByOne.add(item) }
        let merged = EntityGraph(merging: all)
        #expect(try merged.jsonData() == oneByOne.jsonData())
        #expect(merged.relations["co_mentioned:agency:daily-nk->place:hyesan"]?.weight == 4)
        #expect(merged.entities["place:hyesan"]?.aliases == ["r1", "r2", "r3"])
        #expect(merged.degree(of: "place:hyesan") == 1)
    }

    @Test func mergingGivesEachEntityTheRelationsThatTouchIt() throws {
        let hub = Entity(id: "place:north-korea", name: "North Korea", kind: .place, aliases: [], mentions: [Fixtures.mention("r1", 0, "North Korea", at: 0)])
        var all: [ReportFacts] = []
        var oneByOne = EntityGraph()
        for number in 0..<40 {
            let document = DocumentID(rawValue: "r\(number)")
            let county = Entity(id: EntityID(rawValue: "place:county-\(number)"), name: "County \(number)", kind: .place, aliases: [],
                                mentions: [Fixtures.mention(document, 0, "County \(number)", at: 20)])
            var relations = [Relation(source: county.id, target: hub.id, kind: .locatedIn, evidence: [Fixtures.evidence(document, 0)])]
            // A relation from an entity to itself touches it once.
            if number == 7 { relations.append(Relation(source: hub.id, target: hub.id, kind: .coMentioned, evidence: [Fixtures.evidence(document, 0)])) }
            let facts = ReportFacts(document: Document(id: document, path: "c/\(document).txt", title: "t"), entities: [hub, county], relations: relations)
            all.append(facts)
            try oneByOne.add(facts)
        }
        let merged = EntityGraph(merging: all)
        #expect(merged.degree(of: "place:north-korea") == 41)
        #expect(merged.relations(of: "place:north-korea").map(\.id) == oneByOne.relations(of: "place:north-korea").map(\.id))
        #expect(merged.relations(of: "place:county-3").map(\.id) == ["located_in:place:county-3->place:north-korea"])
        #expect(merged.degree(of: "place:nowhere") == 0)
    }
}
