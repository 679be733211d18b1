import Testing
@testable import GraphCore

@Suite struct TraversalTests {
    @Test func directNeighboursComeTypedFirst() throws {
        let graph = try Fixtures.sample()
        let neighbors = graph.neighbors(of: "place:onsong-county")
        #expect(neighbors.map(\.entity.id) == ["place:north-hamgyong-province", "agency:ministry-of-state-security"])
        #expect(neighbors.map(\.strongest.kind) == [.locatedIn, .coMentioned])
        #expect(neighbors.allSatisfy { $0.depth == 1 && $0.via == "place:onsong-county" })
    }

    @Test func deeperSearchReachesEachEntityOnceAtItsSmallestDepth() throws {
        let graph = try Fixtures.sample()
        let neighbors = graph.neighbors(of: "place:onsong-county", depth: 2)
        #expect(Set(neighbors.map(\.entity.id)).count == neighbors.count)
        let depths = Dictionary(uniqueKeysWithValues: neighbors.map { ($0.entity.id, $0.depth) })
        #expect(depths["place:kilju-county"] == 2)
        #expect(depths["agency:ministry-of-social-security"] == 2)
        #expect(depths["place:north-hamgyong-province"] == 1)
        #expect(depths["person:gabriela-bernal"] == nil)
    }

    @Test func typeFilterOnlyFiltersWhatIsReturned() throws {
        let graph = try Fixtures.sample()
        // Kilju is reached through the province, which is itself a place; the agency
        // through the MSS, which the filter hides but the walk still passes.
        let agencies = graph.neighbors(of: "place:onsong-county", depth: 2, kinds: [.agency])
        #expect(agencies.map(\.entity.id) == ["agency:ministry-of-state-security", "agency:ministry-of-social-security"])
    }

    @Test func shortestPathFollowsRelationsInEitherDirection() throws {
        let graph = try Fixtures.sample()
        let path = try #require(graph.shortestPath(from: "place:onsong-county", to: "place:kilju-county"))
        #expect(path.map(\.to) == ["place:north-hamgyong-province", "place:kilju-county"])
        #expect(path.map(\.relation.kind) == [.locatedIn, .locatedIn])
        #expect(graph.shortestPath(from: "place:onsong-county", to: "person:gabriela-bernal") == nil)
        #expect(graph.shortestPath(from: "place:onsong-county", to: "place:onsong-county") == [])
    }

    @Test func amongEqualLengthPathsTypedRelationsWin() throws {
        var graph = EntityGraph()
        for name in ["A", "B", "C", "D"] { graph.add(Fixtures.entity(.place, name)) }
        // A-B-D through co-mentions (heavier), A-C-D through typed relations.
        let heavy = (0..<5).map { Fixtures.evidence("r1", $0) }
        try graph.add(Relation(source: "place:a", target: "place:b", kind: .coMentioned, evidence: heavy))
        try graph.add(Relation(source: "place:b", target: "place:d", kind: .coMentioned, evidence: heavy))
        try graph.add(Relation(source: "place:a", target: "place:c", kind: .locatedIn, evidence: [Fixtures.evidence()]))
        try graph.add(Relation(source: "place:c", target: "place:d", kind: .locatedIn, evidence: [Fixtures.evidence()]))
        let path = try #require(graph.shortestPath(from: "place:a", to: "place:d"))
        #expect(path.map(\.to) == ["place:c", "place:d"])
    }
}
