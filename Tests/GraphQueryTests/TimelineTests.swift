import GraphCore
import GraphFixtures
import Testing
@testable import GraphQuery

@Suite struct TimelineTests {
    static func graph() throws -> EntityGraph {
        var graph = EntityGraph()
        graph.add(Document(id: "r1", path: "c/r1.txt", title: "One", date: "2023-05-01"))
        func event(_ type: String, date: String?) -> Entity {
            Entity(id: EntityID(rawValue: "event:r1:\(type)"), name: type, kind: .event,
                   mentions: [Fixtures.mention("r1", 1, type)], category: type, trigger: type, date: date)
        }
        let arrest = event("arrest", date: "2023-04-04")
        let kidnapping = event("kidnapping", date: "2023-03-31")
        let fire = event("fire", date: nil)
        let alert = event("alert", date: "--04-01")
        let kilju = Fixtures.entity(.place, "Kilju County")
        let mss = Fixtures.entity(.agency, "Ministry of Social Security")
        for e in [arrest, kidnapping, fire, alert, kilju, mss] { graph.add(e) }
        try graph.add(Relation(source: arrest.id, target: kilju.id, kind: .occurredIn, evidence: [Fixtures.evidence("r1", 1)]))
        try graph.add(Relation(source: mss.id, target: arrest.id, kind: .participant, evidence: [Fixtures.evidence("r1", 1)]))
        try graph.add(Relation(source: mss.id, target: kidnapping.id, kind: .coMentioned, evidence: [Fixtures.evidence("r1", 2)]))
        try graph.add(Relation(source: kilju.id, target: mss.id, kind: .coMentioned, evidence: [Fixtures.evidence("r1", 1)]))
        return graph
    }

    @Test func eventsComeInDateOrderUndatedLast() throws {
        let timeline = try #require(GraphIndex(try Self.graph()).timeline())
        #expect(timeline.entries.map(\.event.name) == ["kidnapping", "arrest", "alert", "fire"])
        #expect(timeline.entries.map(\.date) == ["2023-03-31", "2023-04-04", "--04-01", nil])
        #expect(timeline.total == 4)
        #expect(timeline.entries[0].document?.date == "2023-05-01")
    }

    @Test func eachEventHasItsPlacesAndParticipants() throws {
        let arrest = try #require(GraphIndex(try Self.graph()).timeline()?.entries.first { $0.event.name == "arrest" })
        #expect(arrest.places.map(\.name) == ["Kilju County"])
        #expect(arrest.participants.map(\.name) == ["Ministry of Social Security"])
    }

    @Test func anEntityLimitsTheTimelineToItsEvents() throws {
        let index = GraphIndex(try Self.graph())
        #expect(index.timeline(of: "agency:ministry-of-social-security")?.entries.map(\.event.name) == ["kidnapping", "arrest"])
        #expect(index.timeline(of: "place:kilju-county")?.entries.map(\.event.name) == ["arrest"])
        #expect(index.timeline(of: "event:r1:fire")?.entries.map(\.event.name) == ["fire"])
        let limited = try #require(index.timeline(limit: 1))
        #expect(limited.entries.count == 1 && limited.total == 4)
        #expect(index.timeline(of: "place:nowhere") == nil)
    }
}
