import GraphFixtures
import Testing

@testable import GraphCore

/// The graph facts diagrams are drawn from: containment, the order of events, importance.
@Suite struct DiagramSupportTests {
    private func event(_ name: String, date: String?) -> Entity {
        Entity(id: EntityID(kind: .event, scope: Fixtures.doc1, name: name), name: name, kind: .event,
               mentions: [Fixtures.mention(Fixtures.doc1, 0, name)], date: date)
    }

    @Test func timelineOrdersDaysThenDaysWithoutYearThenUndated() {
        var graph = EntityGraph()
        for (name, date) in [("late", "2024-02-01"), ("undated", nil), ("early", "2019-12-30"), ("yearless", "--03-31"),
                             ("same day", "2019-12-30"), ("garbled", "sometime")] as [(String, String?)] {
            graph.add(event(name, date: date))
        }
        graph.add(Fixtures.entity(.place, "Hyesan"))
        let slots = graph.timeline()
        #expect(slots.map(\.label) == ["2019-12-30", "2024-02-01", "Mar. 31 (year unknown)", "undated"])
        #expect(slots[0].events.count == 2)
        #expect(slots[3].events.map { graph.entities[$0]?.name } == ["garbled", "undated"])
        #expect(!slots.flatMap(\.events).contains(EntityID(kind: .place, name: "Hyesan")))
    }

    @Test func containersFormAForestKeepingTheStrongerPlaceAndBreakingCycles() throws {
        var graph = try Fixtures.sample()
        let onsong = EntityID(kind: .place, name: "Onsong County")
        let hamgyong = EntityID(kind: .place, name: "North Hamgyong Province")
        let gilju = EntityID(kind: .place, name: "Kilju County")
        // A weaker second container for Onsong, and a relation that would close a cycle.
        try graph.add(Relation(source: onsong, target: gilju, kind: .locatedIn))
        try graph.add(Relation(source: hamgyong, target: onsong, kind: .locatedIn))
        let parents = graph.containers()
        #expect(parents[onsong] == hamgyong)
        #expect(parents[gilju] == hamgyong)
        #expect(parents[hamgyong] == nil)
    }

    @Test func importanceCountsMentionsAndTypedRelationsDouble() throws {
        let graph = try Fixtures.sample()
        let hamgyong = EntityID(kind: .place, name: "North Hamgyong Province")
        let mss = EntityID(kind: .agency, name: "Ministry of State Security")
        // 2 mentions + two located_in of weight 1, counted twice.
        #expect(graph.importance(of: hamgyong) == 6)
        // 2 mentions + co-mentions of weight 2 and 1.
        #expect(graph.importance(of: mss) == 5)
        #expect(graph.entitiesByImportance().prefix(2) == [hamgyong, mss])
        #expect(graph.entitiesByImportance().count == graph.entities.count)
    }
}
