import GraphFixtures
import Testing
@testable import GraphCore

@Suite struct EntityTests {
    @Test func identifiersAreDerivedFromKindAndName() {
        #expect(EntityID(kind: .agency, name: "Workers' Party of Korea").rawValue == "agency:workers-party-of-korea")
        #expect(EntityID(kind: .place, name: "Onsong County").rawValue == "place:onsong-county")
        #expect(EntityID(kind: .person, name: "Kim Jong-un").rawValue == "person:kim-jong-un")
        #expect(EntityID(kind: .place, name: "Hamgyŏng").rawValue == "place:hamgyŏng")
        #expect(EntityID(kind: .event, scope: "000_abc", name: "fire").rawValue == "event:000_abc:fire")
        #expect(EntityID(kind: .agency, name: "!!!").rawValue == "agency:unnamed")
    }

    @Test func identifierKnowsItsKind() {
        #expect(EntityID(rawValue: "place:hyesan").kind == .place)
        #expect(EntityID(rawValue: "nonsense").kind == nil)
    }

    @Test func aliasesAreSortedUniqueAndNeverTheName() {
        var entity = Entity(id: "place:hyesan", name: "Hyesan", kind: .place, aliases: ["Hyesan City", "Hyesan", "", "Hyesan-si", "Hyesan City"])
        #expect(entity.aliases == ["Hyesan City", "Hyesan-si"])
        entity.addAliases(["Hyesan", "Ryanggang"])
        #expect(entity.aliases == ["Hyesan City", "Hyesan-si", "Ryanggang"])
    }

    @Test func mergingUnionsAliasesAndOrdersMentions() {
        var a = Fixtures.entity(.agency, "Ministry of State Security", aliases: ["MSS"], in: [Fixtures.doc2])
        var b = Fixtures.entity(.agency, "Ministry of State Security", aliases: ["SSD"], in: [Fixtures.doc1])
        b.category = "ministry"
        a.merge(b)
        #expect(a.aliases == ["MSS", "SSD"])
        #expect(a.mentions.map(\.document) == [Fixtures.doc1, Fixtures.doc2])
        #expect(a.category == "ministry")
        #expect(a.documents == [Fixtures.doc1, Fixtures.doc2])
    }

    @Test func coMentionsAreUndirectedAndTypedRelationsAreNot() {
        let a: EntityID = "place:b-place"
        let b: EntityID = "agency:a-agency"
        let co = Relation(source: a, target: b, kind: .coMentioned)
        #expect(co.source == b && co.target == a)
        #expect(co.id == "co_mentioned:agency:a-agency->place:b-place")
        let located = Relation(source: a, target: b, kind: .locatedIn)
        #expect(located.source == a && located.target == b)
        #expect(!RelationKind.coMentioned.isTyped && RelationKind.locatedIn.isTyped)
    }

    @Test func weightCountsDistinctSentences() {
        var relation = Relation(source: "place:a", target: "place:b", kind: .coMentioned,
                                evidence: [Fixtures.evidence("r2", 1), Fixtures.evidence("r1", 4), Fixtures.evidence("r1", 4)])
        #expect(relation.weight == 2)
        relation.addEvidence([Fixtures.evidence("r1", 4), Fixtures.evidence("r1", 5)])
        #expect(relation.weight == 3)
        #expect(relation.evidence.map(\.sentence) == [4, 5, 1])
        #expect(relation.documents == ["r1", "r2"])
    }

    @Test func nameKeysIgnoreCaseHyphensSpacesAndLeadingThe() {
        #expect(NameKey("The Ministry of State-Security") == NameKey("ministry of state security"))
        #expect(NameKey("Kim Jong-un") == NameKey("KIM  JONG UN"))
        #expect(NameKey("Workers’ Party") == NameKey("workers' party"))
        #expect(NameKey("Theresa") != NameKey("resa"))
    }

    @Test func nameKeysLowerEveryScriptAndTreatAllWhitespaceAsOneSpace() {
        #expect(NameKey("Kim\tJong\u{A0}Un\n").rawValue == "kim jong un")
        #expect(NameKey("ŬNSŎNG  Ch'ŏngjin").rawValue == "ŭnsŏng ch'ŏngjin")
        // A mapping of more than one scalar: capital I with a dot above.
        #expect(NameKey("\u{130}ZMIR").rawValue == "i\u{307}zmir")
        #expect(NameKey("ΑΘΗΝΑ 평양").rawValue == "αθηνα 평양")
        #expect(NameKey("A1-B2_C3.D4").rawValue == "a1 b2 c3 d4")
    }

    @Test func aLeadingTheGoesOnlyAsAWholeWord() {
        #expect(NameKey("The Hague").rawValue == "hague")
        #expect(NameKey("THE  Ŭnsŏng").rawValue == "ŭnsŏng")
        #expect(NameKey("the").rawValue == "the")
        #expect(NameKey("Theresa").rawValue == "theresa")
        // A combining mark joins the space to it: "the " is not the name's first four characters.
        #expect(NameKey("the \u{301}x").rawValue == "the \u{301}x")
    }
}

@Suite struct EntityIdentifierTests {
    @Test func aNameBecomesALowerCaseHyphenatedSlug() {
        #expect(EntityID(kind: .agency, name: "Workers' Party of Korea").rawValue == "agency:workers-party-of-korea")
        #expect(EntityID(kind: .agency, name: "Workers’ Party of Korea").rawValue == "agency:workers-party-of-korea")
        #expect(EntityID(kind: .place, name: "  Hyesan -- City!! ").rawValue == "place:hyesan-city")
        #expect(EntityID(kind: .person, name: "Kim Jong-un").rawValue == "person:kim-jong-un")
        #expect(EntityID(kind: .place, name: "Ch\u{F6}ngjin 2").rawValue == "place:ch\u{F6}ngjin-2")
        #expect(EntityID(kind: .place, name: "\u{D574}\u{C0B0} City").rawValue == "place:\u{D574}\u{C0B0}-city")
        #expect(EntityID(kind: .person, name: "...").rawValue == "person:unnamed")
        #expect(EntityID(kind: .event, scope: "r1", name: "arrest — Hyesan").rawValue == "event:r1:arrest-hyesan")
    }
}
