import GraphCore
import GraphFixtures
import Testing
@testable import GraphQuery

/// `explain`, `common` and `reports`: the queries that answer with sentences.
@Suite struct EvidenceQueryTests {
    /// Hyesan located_in Ryanggang (r1 s0) and co-mentioned with it (r1 s0, r2 s3); the MSS
    /// co-mentioned with both (r2), a trader only with Hyesan.
    static func graph() throws -> EntityGraph {
        var graph = EntityGraph()
        graph.add(Document(id: "r1", path: "c/r1.txt", title: "One", date: "2024-01-05"))
        graph.add(Document(id: "r2", path: "c/r2.txt", title: "Two"))
        let hyesan = Fixtures.entity(.place, "Hyesan", in: ["r1", "r2"])
        let ryanggang = Fixtures.entity(.place, "Ryanggang Province", in: ["r1", "r2"])
        let mss = Entity(id: "agency:mss", name: "MSS", kind: .agency,
                         mentions: [Fixtures.mention("r2", 3, "MSS", at: 40), Fixtures.mention("r2", 5, "MSS", at: 90)])
        let trader = Fixtures.entity(.person, "Kim Trader", in: ["r2"])
        for e in [hyesan, ryanggang, mss, trader] { graph.add(e) }
        try graph.add(Relation(source: hyesan.id, target: ryanggang.id, kind: .locatedIn, evidence: [Fixtures.evidence("r1", 0, "Hyesan, Ryanggang Province.")]))
        try graph.add(Relation(source: hyesan.id, target: ryanggang.id, kind: .coMentioned,
                               evidence: [Fixtures.evidence("r2", 3, "The MSS in Hyesan and Ryanggang."), Fixtures.evidence("r1", 0, "Hyesan, Ryanggang Province.")]))
        try graph.add(Relation(source: mss.id, target: hyesan.id, kind: .coMentioned, evidence: [Fixtures.evidence("r2", 3, "The MSS in Hyesan and Ryanggang.")]))
        try graph.add(Relation(source: mss.id, target: ryanggang.id, kind: .coMentioned, evidence: [Fixtures.evidence("r2", 3, "The MSS in Hyesan and Ryanggang.")]))
        try graph.add(Relation(source: trader.id, target: hyesan.id, kind: .worksFor, evidence: [Fixtures.evidence("r2", 0)]))
        return graph
    }

    @Test func explainListsEverySentenceTypedRelationsFirst() throws {
        let index = GraphIndex(try Self.graph())
        let explanation = try #require(index.explain("place:ryanggang-province", "place:hyesan"))
        #expect(explanation.items.map(\.relation.kind) == [.locatedIn, .coMentioned, .coMentioned])
        #expect(explanation.items.map(\.evidence.document) == ["r1", "r1", "r2"])
        #expect(explanation.items.first?.document?.date == "2024-01-05")
        #expect(explanation.items.first?.document?.path == "c/r1.txt")
        #expect(try #require(index.explain("person:kim-trader", "agency:mss")).items.isEmpty)
        #expect(index.explain("place:hyesan", "place:nowhere") == nil)
    }

    @Test func commonNeighboursHaveEvidenceOnBothSidesStrongestFirst() throws {
        let index = GraphIndex(try Self.graph())
        let common = try #require(index.commonNeighbors("agency:mss", "person:kim-trader"))
        #expect(common.neighbors.map(\.entity.id) == ["place:hyesan"])
        #expect(common.neighbors[0].withFirst.map(\.kind) == [.coMentioned])
        #expect(common.neighbors[0].withSecond.map(\.kind) == [.worksFor])
        // Hyesan and Ryanggang share the MSS; neither counts itself.
        let places = try #require(index.commonNeighbors("place:hyesan", "place:ryanggang-province"))
        #expect(places.neighbors.map(\.entity.id) == ["agency:mss"])
        #expect(places.total == 1)
    }

    @Test func commonNeighboursRankByTheWeakerSide() throws {
        var graph = EntityGraph()
        for name in ["A", "B", "Typed", "Mixed", "Heavy"] { graph.add(Fixtures.entity(.place, name)) }
        func link(_ a: String, _ b: String, _ kind: RelationKind, _ weight: Int) throws {
            try graph.add(Relation(source: EntityID(kind: .place, name: a), target: EntityID(kind: .place, name: b), kind: kind,
                                   evidence: (0..<weight).map { Fixtures.evidence("r1", $0) }))
        }
        try link("Typed", "A", .locatedIn, 1)
        try link("Typed", "B", .locatedIn, 1)
        try link("Mixed", "A", .locatedIn, 9)
        try link("Mixed", "B", .coMentioned, 9)
        try link("Heavy", "A", .coMentioned, 9)
        try link("Heavy", "B", .coMentioned, 9)
        let common = try #require(GraphIndex(graph).commonNeighbors("place:a", "place:b", limit: 2))
        #expect(common.neighbors.map(\.entity.name) == ["Typed", "Mixed"])
        #expect(common.total == 3)
    }

    @Test func reportsAreThoseNamingEveryEntityWithTheirSentences() throws {
        let index = GraphIndex(try Self.graph())
        let both = try #require(index.reports(mentioning: ["place:hyesan", "agency:mss"]))
        #expect(both.total == 1)
        let match = try #require(both.reports.first)
        #expect(match.documentID == "r2")
        #expect(match.document?.title == "Two")
        // Hyesan is mentioned in sentence 0 of r2, the MSS in sentences 3 and 5.
        #expect(match.sentences.map(\.index) == [0, 3, 5])
        #expect(match.sharedSentences == 0)
        #expect(match.sentences.first { $0.index == 3 }?.text == "The MSS in Hyesan and Ryanggang.")
        #expect(match.sentences.first { $0.index == 5 }?.text == nil)  // supports no relation
        let one = try #require(index.reports(mentioning: ["place:hyesan"]))
        #expect(one.reports.map(\.documentID) == ["r1", "r2"])
        #expect(index.reports(mentioning: ["place:hyesan", "place:nowhere"]) == nil)
    }

    @Test func reportsWhereTheEntitiesShareASentenceComeFirst() throws {
        let index = GraphIndex(try Self.graph())
        let answer = try #require(index.reports(mentioning: ["place:ryanggang-province", "place:hyesan"], limit: 1))
        #expect(answer.total == 2)
        #expect(answer.reports.map(\.documentID) == ["r1"])  // both in sentence 0 of r1 and r2; r1 first by id
        #expect(answer.reports[0].sharedSentences == 1)
        #expect(answer.reports[0].sentences[0].entities == ["place:ryanggang-province", "place:hyesan"])
        #expect(answer.reports[0].sentences[0].text == "Hyesan, Ryanggang Province.")
    }
}
