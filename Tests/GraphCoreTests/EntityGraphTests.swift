import Foundation
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
