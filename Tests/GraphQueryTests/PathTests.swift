import GraphCore
import GraphFixtures
import Testing
@testable import GraphQuery

@Suite struct PathTests {
    @Test func shortestPathFollowsRelationsInEitherDirection() throws {
        let index = GraphIndex(try Fixtures.sample())
        let path = try #require(index.shortestPath(from: "place:onsong-county", to: "place:kilju-county"))
        #expect(path.steps.map(\.to) == ["place:north-hamgyong-province", "place:kilju-county"])
        #expect(path.steps.map(\.relation.kind) == [.locatedIn, .locatedIn])
        #expect(path.cost == 2 * 1_008)
        #expect(index.shortestPath(from: "place:onsong-county", to: "person:gabriela-bernal") == nil)
        #expect(index.shortestPath(from: "place:onsong-county", to: "place:onsong-county")?.steps == [])
    }

    /// A–B–D by heavy co-mentions, A–C–D by typed relations, B–C a co-mention.
    static func square() throws -> EntityGraph {
        var graph = EntityGraph()
        for name in ["A", "B", "C", "D"] { graph.add(Fixtures.entity(.place, name)) }
        let heavy = (0..<5).map { Fixtures.evidence("r1", $0) }
        try graph.add(Relation(source: "place:a", target: "place:b", kind: .coMentioned, evidence: heavy))
        try graph.add(Relation(source: "place:b", target: "place:d", kind: .coMentioned, evidence: heavy))
        try graph.add(Relation(source: "place:a", target: "place:c", kind: .locatedIn, evidence: [Fixtures.evidence()]))
        try graph.add(Relation(source: "place:c", target: "place:d", kind: .locatedIn, evidence: [Fixtures.evidence()]))
        try graph.add(Relation(source: "place:b", target: "place:c", kind: .coMentioned, evidence: [Fixtures.evidence()]))
        return graph
    }

    @Test func amongEqualLengthPathsTypedRelationsWin() throws {
        let index = GraphIndex(try Self.square())
        let path = try #require(index.shortestPath(from: "place:a", to: "place:d"))
        #expect(path.steps.map(\.to) == ["place:c", "place:d"])
    }

    @Test func aRelationFilterConstrainsThePath() throws {
        let index = GraphIndex(try Self.square())
        let path = try #require(index.shortestPath(from: "place:a", to: "place:d", relationKinds: [.coMentioned]))
        #expect(path.steps.map(\.to) == ["place:b", "place:d"])
        #expect(index.shortestPath(from: "place:b", to: "place:c", relationKinds: [.locatedIn]) == nil)
    }

    @Test func allPathsListsEverySimpleChainCheapestFirst() throws {
        let index = GraphIndex(try Self.square())
        let set = try #require(index.allPaths(from: "place:a", to: "place:d", maxLength: 3))
        #expect(set.complete)
        #expect(set.found == 4)
        let routes = set.paths.map { ["place:a"] + $0.steps.map(\.to) }
        // Two hops before three; typed (1,008 a hop at weight 1) before co-mentions (1,104 at weight 5, 1,108 at 1).
        #expect(routes == [
            ["place:a", "place:c", "place:d"],
            ["place:a", "place:b", "place:d"],
            ["place:a", "place:b", "place:c", "place:d"],  // equal cost: by identifiers along the way
            ["place:a", "place:c", "place:b", "place:d"],
        ])
        #expect(set.paths.map(\.cost) == [2_016, 2_208, 3_220, 3_220])
        let short = try #require(index.allPaths(from: "place:a", to: "place:d", maxLength: 2, limit: 1))
        #expect(short.found == 2)
        #expect(short.paths.count == 1)
    }

    @Test func allPathsStopsAtItsBudgetAndSaysSo() throws {
        let index = GraphIndex(try Self.square())
        let set = try #require(index.allPaths(from: "place:a", to: "place:d", maxLength: 3, budget: 3))
        #expect(!set.complete)
        #expect(set.found < 4)
    }
}
