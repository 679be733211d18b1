import Curation
import GraphCore
import Testing

@Suite struct FactsCuratorTests {
    typealias S = CurationSamples
    let mss = S.handle(.agency, "MSS")
    let ministry = S.handle(.agency, "Ministry of State Security")
    let kim = S.handle(.person, "Kim Chol")
    let hyesan = S.handle(.place, "Hyesan")

    func graph(_ actions: CurationAction...) -> EntityGraph {
        FactsCurator(actions.map(S.decide)).graph(merging: [S.first, S.second])
    }

    func relationIDs(_ graph: EntityGraph) -> [String] {
        graph.sortedRelations.map(\.id)
    }

    @Test func noDecisionsLeaveTheFactsAsExtracted() throws {
        #expect(try graph().jsonData() == EntityGraph(merging: [S.first, S.second]).jsonData())
    }

    @Test func mergeMovesMentionsAliasesAndRelationsAndDropsTheLinkBetweenThem() throws {
        let result = graph(.merge(mss, into: ministry))
        #expect(result.entities[mss.id] == nil)
        let merged = try #require(result.entities[ministry.id])
        #expect(merged.name == "Ministry of State Security")
        #expect(merged.aliases == ["Bowibu", "MSS"])
        #expect(merged.mentions.map(\.start) == [20, 40])
        #expect(relationIDs(result) == [
            "co_mentioned:agency:ministry-of-state-security->person:kim-chol",
            "co_mentioned:agency:ministry-of-state-security->place:hyesan",
            "co_mentioned:person:kim-chol->place:hyesan",
            "located_in:place:yes->place:hyesan",
            "member_of:person:kim-chol->agency:ministry-of-state-security",
        ])
        // MSS–Hyesan and Ministry–Hyesan cite the same sentence: one relation, one sentence.
        #expect(result.relations["co_mentioned:agency:ministry-of-state-security->place:hyesan"]?.weight == 1)
    }

    @Test func mergeIntoAnEntityAReportDoesNotNameGivesItTheTargetsNameAndKind() throws {
        // r2 does not name the ministry: merging Hyesan into it there still makes the ministry.
        let facts = FactsCurator([S.decide(.merge(hyesan, into: ministry))]).apply(S.second)
        let moved = try #require(facts.entities.first { $0.id == ministry.id })
        #expect(moved.name == "Ministry of State Security" && moved.kind == .agency)
        #expect(moved.aliases == ["Hyesan"] && moved.category == nil)
    }

    @Test func splitMakesANewEntityInThatReportOnly() throws {
        let result = graph(.split(kim, report: "r2"))
        let split = try #require(result.entities[EntityID(kind: .person, name: "Kim Chol (r2)")])
        #expect(split.name == "Kim Chol (r2)" && split.aliases.isEmpty && split.documents == ["r2"])
        #expect(result.entities[kim.id]?.documents == ["r1"])
        #expect(result.relations["co_mentioned:person:kim-chol-r2->place:hyesan"]?.documents == ["r2"])
        #expect(result.relations["co_mentioned:person:kim-chol->place:hyesan"]?.documents == ["r1"])
    }

    @Test func aliasMergesAnEntityOfThatNameAndIsFoundEvenWhereNoReportUsesIt() throws {
        let result = graph(.alias(ministry, alias: "mss"), .alias(ministry, alias: "State Security Department"))
        #expect(result.entities[mss.id] == nil)
        let target = try #require(result.entities[ministry.id])
        #expect(target.aliases == ["Bowibu", "MSS", "State Security Department", "mss"])
        #expect(target.mentions.count == 2)
    }

    @Test func aliasOfTheEntitysOwnNameChangesNothingElse() throws {
        let result = graph(.alias(mss, alias: "MSS"))
        #expect(result.entities[mss.id]?.aliases == [])
        #expect(result.entities.count == EntityGraph(merging: [S.first, S.second]).entities.count)
    }

    @Test func rejectDropsTheEntityAndItsRelationsEverywhere() throws {
        let result = graph(.reject(S.handle(.place, "Yes")), .reject(hyesan))
        #expect(result.entities[hyesan.id] == nil && result.entities[EntityID(kind: .place, name: "Yes")] == nil)
        #expect(!result.relations.values.contains { $0.source == hyesan.id || $0.target == hyesan.id })
        #expect(result.relations.count == 3)
    }

    @Test func retypeChangesKindAndIdentifierAndClearsTheOldKindsCategory() throws {
        let result = graph(.retype(hyesan, to: .agency))
        let retyped = try #require(result.entities[EntityID(kind: .agency, name: "Hyesan")])
        #expect(retyped.kind == .agency && retyped.category == nil && retyped.documents == ["r1", "r2"])
        #expect(result.entities[hyesan.id] == nil)
        #expect(result.relations["located_in:place:yes->agency:hyesan"] != nil)
    }

    @Test func retypeOntoAnExistingEntityMakesThemOne() throws {
        let doc: DocumentID = "r3"
        let person = S.entity(.person, "Songi", in: doc, at: 0)
        let place = S.entity(.place, "Songi", in: doc, at: 10)
        let facts = ReportFacts(document: Document(id: doc, path: "r3.txt", title: "Three"), entities: [person, place],
                                relations: [S.relation(person, place, .coMentioned, in: doc)])
        let curated = FactsCurator([S.decide(.retype(S.handle(.place, "Songi"), to: .person))]).apply(facts)
        #expect(curated.entities.map(\.id) == [person.id])
        #expect(curated.entities[0].mentions.count == 2)
        #expect(curated.relations.isEmpty)
    }

    @Test func decisionsApplyInOrderSoARejectedEntityMergedIntoLaterComesBackWithOnlyTheMergedMentions() throws {
        let result = graph(.reject(ministry), .merge(mss, into: ministry))
        let back = try #require(result.entities[ministry.id])
        #expect(back.mentions.map(\.start) == [20])
        #expect(back.aliases == ["MSS"])
    }

    @Test func rejectingAMergedEntityDropsWhatWasMergedIntoIt() throws {
        let result = graph(.merge(mss, into: ministry), .reject(ministry))
        #expect(result.entities[mss.id] == nil && result.entities[ministry.id] == nil)
        #expect(Set(result.entities.keys) == [kim.id, hyesan.id, EntityID(kind: .place, name: "Yes")])
    }

    @Test func anAliasThenARejectOfItsTargetDropsWhatTheAliasNamed() throws {
        let result = graph(.alias(ministry, alias: "MSS"), .reject(ministry))
        #expect(result.entities[mss.id] == nil && result.entities[ministry.id] == nil)
    }

    @Test func aDecisionNamingNothingInAReportLeavesItAlone() throws {
        let curator = FactsCurator([S.decide(.reject(S.handle(.person, "Nobody"))), S.decide(.split(kim, report: "r9"))])
        #expect(try EntityGraph(merging: [curator.apply(S.first)]).jsonData() == EntityGraph(merging: [S.first]).jsonData())
    }
}
