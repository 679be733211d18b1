import GraphCore
import GraphFixtures
import Testing
@testable import GraphQuery

@Suite struct NeighborsTests {
    let index = GraphIndex(try! Fixtures.sample())

    @Test func directNeighboursComeTypedFirst() throws {
        let neighbors = try #require(index.neighbors(of: "place:onsong-county")).neighbors
        #expect(neighbors.map(\.entity.id) == ["place:north-hamgyong-province", "agency:ministry-of-state-security"])
        #expect(neighbors.map(\.strongest.kind) == [.locatedIn, .coMentioned])
        #expect(neighbors.allSatisfy { $0.depth == 1 && $0.via == "place:onsong-county" })
    }

    @Test func deeperSearchReachesEachEntityOnceAtItsSmallestDepth() throws {
        let neighbors = try #require(index.neighbors(of: "place:onsong-county", NeighborQuery(depth: 2))).neighbors
        #expect(Set(neighbors.map(\.entity.id)).count == neighbors.count)
        let depths = Dictionary(uniqueKeysWithValues: neighbors.map { ($0.entity.id, $0.depth) })
        #expect(depths["place:kilju-county"] == 2)
        #expect(depths["agency:ministry-of-social-security"] == 2)
        #expect(depths["place:north-hamgyong-province"] == 1)
        #expect(depths["person:gabriela-bernal"] == nil)
    }

    @Test func typeFilterOnlyFiltersWhatIsReturned() throws {
        // The agency two hops away is reached through the MSS, which the filter hides but the walk still passes.
        let agencies = try #require(index.neighbors(of: "place:onsong-county", NeighborQuery(depth: 2, kinds: [.agency]))).neighbors
        #expect(agencies.map(\.entity.id) == ["agency:ministry-of-state-security", "agency:ministry-of-social-security"])
    }

    @Test func relationFilterLimitsWhatIsWalked() throws {
        let located = try #require(index.neighbors(of: "place:onsong-county", NeighborQuery(depth: 3, relationKinds: [.locatedIn]))).neighbors
        #expect(located.map(\.entity.id) == ["place:north-hamgyong-province", "place:kilju-county"])
    }

    @Test func minimumWeightDropsThinlySupportedLinks() throws {
        let strong = try #require(index.neighbors(of: "place:onsong-county", NeighborQuery(depth: 2, minimumWeight: 2))).neighbors
        #expect(strong.map(\.entity.id) == ["agency:ministry-of-state-security"])
    }

    @Test func aLimitKeepsTheStrongestAndCountsTheRest() throws {
        let limited = try #require(index.neighbors(of: "place:onsong-county", NeighborQuery(depth: 2, limit: 1)))
        #expect(limited.neighbors.map(\.entity.id) == ["place:north-hamgyong-province"])
        #expect(limited.total == 4)
        #expect(limited.omitted == 3)
        #expect(index.neighbors(of: "place:nowhere") == nil)
    }

    @Test func aLimitOnALargeNeighbourhoodPicksTheSameAsSortingEverything() throws {
        var graph = EntityGraph()
        let hub = Fixtures.entity(.agency, "Hub")
        graph.add(hub)
        for i in 0..<200 {
            let leaf = Fixtures.entity(.place, "Leaf \(i)")
            graph.add(leaf)
            let evidence = (0..<(i % 7 + 1)).map { Fixtures.evidence("r1", $0) }
            try graph.add(Relation(source: hub.id, target: leaf.id, kind: i % 5 == 0 ? .locatedIn : .coMentioned, evidence: evidence))
        }
        let index = GraphIndex(graph)
        let all = try #require(index.neighbors(of: hub.id)).neighbors
        let top = try #require(index.neighbors(of: hub.id, NeighborQuery(limit: 10)))
        #expect(top.neighbors.map(\.entity.id) == all.prefix(10).map(\.entity.id))
        #expect(top.total == 200)
        #expect(all.prefix(40).allSatisfy { $0.strongest.kind == .locatedIn })
    }
}
