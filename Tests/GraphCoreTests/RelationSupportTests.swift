import Foundation
import Testing
@testable import GraphCore

/// Support counts: how many reports and outlets stand behind a relation, in the graph and
/// in its JSON export.
@Suite struct RelationSupportTests {
    /// Kim Chol member_of the MSS, said by r1 (Daily NK, two sentences), r2 (Daily NK),
    /// r3 (NK News) and r4 (no `Source:` header); Ri leads the KPA, said only by r1.
    private func graph() throws -> EntityGraph {
        var graph = EntityGraph()
        graph.add(Document(id: "r1", path: "c/r1.txt", title: "One", source: "Daily NK"))
        graph.add(Document(id: "r2", path: "c/r2.txt", title: "Two", source: "Daily NK"))
        graph.add(Document(id: "r3", path: "c/r3.txt", title: "Three", source: "NK News"))
        graph.add(Document(id: "r4", path: "c/r4.txt", title: "Four"))
        for (kind, name) in [(EntityKind.person, "Kim Chol"), (.person, "Ri Hyok"), (.agency, "MSS"), (.agency, "KPA")] {
            graph.add(Entity(id: EntityID(kind: kind, name: name), name: name, kind: kind))
        }
        let evidence = [("r1", 0), ("r1", 3), ("r2", 1), ("r3", 0), ("r4", 2)].map {
            Evidence(document: DocumentID(rawValue: $0.0), sentence: $0.1, text: "Kim Chol, an MSS agent.")
        }
        try graph.add(Relation(source: "person:kim-chol", target: "agency:mss", kind: .memberOf, evidence: evidence))
        try graph.add(Relation(source: "person:ri-hyok", target: "agency:kpa", kind: .leads,
                               evidence: [Evidence(document: "r1", sentence: 5, text: "KPA chief Ri Hyok.")]))
        return graph
    }

    @Test func supportCountsDistinctReportsAndOutlets() throws {
        let graph = try graph()
        let member = try #require(graph.relations["member_of:person:kim-chol->agency:mss"])
        #expect(member.weight == 5)
        #expect(member.reportCount == 4)
        #expect(!member.isSingleSource)
        // Daily NK, NK News, and the report without a source as one unknown outlet.
        #expect(member.outletCount(in: graph.documents) == 3)
        let leads = try #require(graph.relations["leads:person:ri-hyok->agency:kpa"])
        #expect(leads.reportCount == 1)
        #expect(leads.isSingleSource)
        #expect(leads.outletCount(in: graph.documents) == 1)
    }

    @Test func reportsWithoutASourceAreNotIndependentOutlets() {
        let relation = Relation(source: "person:a", target: "agency:b", kind: .memberOf, evidence: [
            Evidence(document: "x", sentence: 0, text: "."), Evidence(document: "y", sentence: 0, text: "."),
        ])
        #expect(relation.reportCount == 2)
        #expect(relation.outletCount(in: [:]) == 1)
        #expect(Relation(source: "person:a", target: "agency:b", kind: .memberOf).reportCount == 0)
    }

    @Test func supportCountsAreExportedAndSurviveTheRoundTrip() throws {
        let graph = try graph()
        let data = try graph.jsonData()
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let relations = try #require(object["relations"] as? [[String: Any]])
        let leads = try #require(relations.first { $0["type"] as? String == "leads" })
        #expect(leads["reports"] as? Int == 1)
        #expect(leads["outlets"] as? Int == 1)
        #expect(leads["single_source"] as? Bool == true)
        let member = try #require(relations.first { $0["type"] as? String == "member_of" })
        #expect(member["reports"] as? Int == 4)
        #expect(member["outlets"] as? Int == 3)
        #expect(member["single_source"] as? Bool == false)
        let copy = try EntityGraph(jsonData: data)
        #expect(copy.relations.mapValues(\.reportCount) == graph.relations.mapValues(\.reportCount))
        #expect(try copy.jsonData() == data)
    }

    @Test func familyReadsTheSameBothWaysAndOnlyCoMentionsAreUntyped() {
        let one = Relation(source: "person:ri-hyok", target: "person:kim-chol", kind: .family)
        let other = Relation(source: "person:kim-chol", target: "person:ri-hyok", kind: .family)
        #expect(one.id == other.id)
        #expect(one.source == "person:kim-chol")
        for kind in [RelationKind.memberOf, .leads, .family, .reportedBy] { #expect(kind.isTyped) }
        #expect(!RelationKind.coMentioned.isTyped)
        #expect(!RelationKind.memberOf.isSymmetric && !RelationKind.leads.isSymmetric && !RelationKind.reportedBy.isSymmetric)
    }
}
