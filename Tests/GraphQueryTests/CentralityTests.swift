import GraphCore
import GraphFixtures
import Testing
@testable import GraphQuery

@Suite struct CentralityTests {
    /// Entities named `names`, linked in a chain by co-mentions of weight 1.
    static func line(_ names: [String]) throws -> EntityGraph {
        var graph = EntityGraph()
        for name in names { graph.add(Fixtures.entity(.place, name)) }
        for (a, b) in zip(names, names.dropFirst()) {
            try graph.add(Relation(source: EntityID(kind: .place, name: a), target: EntityID(kind: .place, name: b), kind: .coMentioned, evidence: [Fixtures.evidence()]))
        }
        return graph
    }

    /// A centre linked to `leaves` leaves.
    static func star(leaves: Int) throws -> EntityGraph {
        var graph = EntityGraph()
        graph.add(Fixtures.entity(.agency, "Centre"))
        for i in 0..<leaves {
            graph.add(Fixtures.entity(.place, "Leaf \(i)"))
            try graph.add(Relation(source: "agency:centre", target: EntityID(kind: .place, name: "Leaf \(i)"), kind: .locatedIn, evidence: [Fixtures.evidence()]))
        }
        return graph
    }

    @Test func pageRankOfAStarMatchesTheClosedForm() throws {
        // Centre c, leaves l, d = 0.85, n = 5: c = 0.03 + 3.4 l and l = 0.03 + 0.2125 c,
        // so c = 0.132 / 0.2775 and l = 0.03 + 0.2125 c.
        let index = GraphIndex(try Self.star(leaves: 4))
        let ranks = index.pageRank(tolerance: 1e-12, maxIterations: 1_000)
        let centre = try #require(index.entities.firstIndex { $0.name == "Centre" })
        #expect(abs(ranks[centre] - 0.132 / 0.2775) < 1e-9)
        for leaf in index.entities.indices where leaf != centre {
            #expect(abs(ranks[leaf] - (0.03 + 0.2125 * 0.132 / 0.2775)) < 1e-9)
        }
        #expect(abs(ranks.reduce(0, +) - 1) < 1e-9)
    }

    @Test func pageRankOfALineOfThreeMatchesTheClosedForm() throws {
        // Ends x, middle y: x = 0.05 + 0.425 y and y = 0.05 + 1.7 x, so y = 0.135 / 0.2775.
        let index = GraphIndex(try Self.line(["A", "B", "C"]))
        let ranks = index.pageRank(tolerance: 1e-12, maxIterations: 1_000)
        #expect(abs(ranks[1] - 0.135 / 0.2775) < 1e-9)
        #expect(abs(ranks[0] - (0.05 + 0.425 * 0.135 / 0.2775)) < 1e-9)
        #expect(abs(ranks[0] - ranks[2]) < 1e-12)
    }

    @Test func pageRankFollowsWeight() throws {
        // B is linked to A by 5 sentences, C by 1: A gets more of B's score than C does.
        var graph = EntityGraph()
        for name in ["A", "B", "C"] { graph.add(Fixtures.entity(.place, name)) }
        try graph.add(Relation(source: "place:a", target: "place:b", kind: .coMentioned, evidence: (0..<5).map { Fixtures.evidence("r1", $0) }))
        try graph.add(Relation(source: "place:b", target: "place:c", kind: .coMentioned, evidence: [Fixtures.evidence()]))
        let ranks = GraphIndex(graph).pageRank()
        #expect(ranks[0] > ranks[2])
    }

    @Test func betweennessOfALineCountsThePairsEachEntitySeparates() throws {
        let index = GraphIndex(try Self.line(["A", "B", "C", "D", "E"]))
        let result = index.betweenness()
        #expect(result.exact)
        #expect(result.scores == [0, 3, 4, 3, 0])
    }

    @Test func betweennessOfAStarCentreIsEveryPairOfLeaves() throws {
        let index = GraphIndex(try Self.star(leaves: 6))
        let result = index.betweenness()
        let centre = try #require(index.entities.firstIndex { $0.name == "Centre" })
        #expect(result.scores[centre] == 15)  // 6 · 5 / 2
        #expect(result.scores.enumerated().allSatisfy { $0.offset == centre || $0.element == 0 })
    }

    @Test func betweennessSplitsBetweenEqualShortestChains() throws {
        // A square A-B-D, A-C-D, with B-C linked too.
        let index = GraphIndex(try PathTests.square())
        let scores = index.betweenness().scores
        // B–C is also linked, so A–D is the only pair with a middle: B and C split it.
        #expect(scores == [0, 0.5, 0.5, 0])
    }

    @Test func largeGraphsSampleSourcesDeterministically() throws {
        let names = (0..<60).map { "Stop \(String(format: "%02d", $0))" }
        let index = GraphIndex(try Self.line(names))
        let first = index.betweenness(budget: 60 * (60 + 118) / 4)
        let second = index.betweenness(budget: 60 * (60 + 118) / 4)
        #expect(!first.exact)
        #expect(first.sources == 15)
        #expect(first.scores == second.scores)
        #expect(first.scores[0] == 0 && first.scores[59] == 0)
        // The estimate is unbiased; on a line the middle stays far above the ends.
        let best = try #require(first.scores.indices.max { first.scores[$0] < first.scores[$1] })
        #expect((15..<45).contains(best))
    }

    @Test func topRanksByTheChosenMeasureAndFiltersByKind() throws {
        let index = GraphIndex(try Self.star(leaves: 4))
        for measure in Centrality.allCases {
            let ranking = index.top(by: measure, limit: 2)
            #expect(ranking.entities.first?.entity.name == "Centre", "\(measure)")
            #expect(ranking.total == 5)
        }
        let degree = index.top(by: .degree, limit: 10)
        #expect(degree.entities.map(\.score) == [4, 1, 1, 1, 1])
        #expect(degree.entities.dropFirst().map(\.entity.name) == ["Leaf 0", "Leaf 1", "Leaf 2", "Leaf 3"])
        let places = index.top(by: .pagerank, kinds: [.place], limit: 3)
        #expect(places.total == 4)
        #expect(places.entities.count == 3 && places.entities.allSatisfy { $0.entity.kind == .place })
    }
}
