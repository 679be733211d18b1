import Testing
import GraphCore
import GraphFixtures
@testable import GraphQuery

@Suite struct LookupTests {
    @Test func findsByNameAliasOrIdIgnoringCaseAndHyphens() throws {
        let graph = try Fixtures.sample()
        for query in ["onsong county", "ONSONG", "Onsong-County", "place:onsong-county", "the Onsong County"] {
            guard case .found(let entity) = GraphIndex(graph).lookup(query) else {
                Issue.record("\(query) not found")
                continue
            }
            #expect(entity.id == "place:onsong-county")
        }
    }

    @Test func anAcronymSharedByTwoBodiesIsAmbiguous() throws {
        let graph = try Fixtures.sample()
        guard case .ambiguous(let candidates) = GraphIndex(graph).lookup("mss") else {
            Issue.record("MSS should be ambiguous")
            return
        }
        #expect(candidates.map(\.id) == ["agency:ministry-of-social-security", "agency:ministry-of-state-security"])
    }

    @Test func aCanonicalNameBeatsAnotherEntitysAlias() {
        var graph = EntityGraph()
        graph.add(Fixtures.entity(.agency, "Ministry of State Security"))
        graph.add(Fixtures.entity(.agency, "State Security Department", aliases: ["Ministry of State Security"]))
        guard case .found(let entity) = GraphIndex(graph).lookup("ministry of state security") else {
            Issue.record("expected a unique match")
            return
        }
        #expect(entity.id == "agency:ministry-of-state-security")
    }

    @Test func aMissSuggestsTheClosestNames() throws {
        let graph = try Fixtures.sample()
        guard case .notFound(let suggestions) = GraphIndex(graph).lookup("Onsogn County") else {
            Issue.record("expected a miss")
            return
        }
        #expect(suggestions.first?.id == "place:onsong-county")
        guard case .notFound(let none) = GraphIndex(graph).lookup("Zzyzx Qwerty Plorp") else {
            Issue.record("expected a miss")
            return
        }
        #expect(none.isEmpty)
    }
}
