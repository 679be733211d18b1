import GraphCore
import GraphFixtures
import GraphQuery
import Testing

@Suite struct GraphChangesTests {
    /// The sample graph before report r2: only r1's entities, mentions and evidence.
    func before() throws -> EntityGraph {
        try Fixtures.sample().subgraph(document: Fixtures.doc1)
    }

    @Test func newEntitiesAndRelationsAreThoseOnlyTheLaterGraphHas() throws {
        let changes = GraphChanges(from: try before(), to: try Fixtures.sample())
        #expect(changes.newEntities.map(\.id) == ["agency:ministry-of-social-security", "place:kilju-county"])
        #expect(changes.newRelations.map(\.id) == [
            "co_mentioned:agency:ministry-of-social-security->agency:ministry-of-state-security",
            "located_in:place:kilju-county->place:north-hamgyong-province",
        ])
    }

    @Test func entitiesNamedInMoreReportsGrewAndRelationsWithNoNewSentenceDidNot() throws {
        let changes = GraphChanges(from: try before(), to: try Fixtures.sample())
        #expect(changes.grownEntities.map(\.entity.id) == ["agency:ministry-of-state-security", "place:north-hamgyong-province"])
        #expect(changes.grownEntities.allSatisfy { $0.reportsBefore == 1 && $0.entity.documents.count == 2 })
        #expect(changes.grownRelations.isEmpty)
    }

    @Test func aRelationWithMoreSentencesGrew() throws {
        let old = try Fixtures.sample()
        var new = old
        try new.add(Relation(source: "place:onsong-county", target: "place:north-hamgyong-province", kind: .locatedIn,
                             evidence: [Fixtures.evidence(Fixtures.doc2, 7)]))
        let changes = GraphChanges(from: old, to: new)
        #expect(changes.newEntities.isEmpty && changes.newRelations.isEmpty)
        let grown = try #require(changes.grownRelations.first)
        #expect(changes.grownRelations.count == 1 && grown.weightBefore == 1 && grown.relation.weight == 2 && grown.reportsBefore == 1)
    }

    @Test func aroundAnEntityKeepsOnlyItsRelationsAndTheirOtherEnds() throws {
        let changes = GraphChanges(from: try before(), to: try Fixtures.sample(), around: "agency:ministry-of-social-security")
        #expect(changes.newEntities.map(\.id) == ["agency:ministry-of-social-security"])
        #expect(changes.grownEntities.map(\.entity.id) == ["agency:ministry-of-state-security"])
        #expect(changes.newRelations.count == 1)
    }

    @Test func aGraphComparedWithItselfHasNoChanges() throws {
        #expect(GraphChanges(from: try Fixtures.sample(), to: try Fixtures.sample()).isEmpty)
    }
}
