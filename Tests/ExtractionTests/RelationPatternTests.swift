import Foundation
import GraphCore
import Testing
@testable import Extraction

/// Typed relations read from the shape of a sentence (`member_of`, `leads`, `family`) and
/// from bylines (`reported_by`), on sentences written for these tests.
@Suite struct RelationPatternTests {
    /// The relations of `kind` that `text` yields, as `source > target`.
    private func relations(_ kind: RelationKind, in text: String) throws -> Set<String> {
        let facts = try RecognitionTests.extractor.extract(ReportReader.read(Data(text.utf8), path: "tests/t.txt", id: "t"))
        return Set(facts.relations.filter { $0.kind == kind }.map { "\($0.source) > \($0.target)" })
    }

    @Test func anAppositionCallingAPersonAnOfficialOfAnAgencyIsMembership() throws {
        #expect(try relations(.memberOf, in: "Kim Chol Su, an official of the Ministry of State Security, was detained.")
            == ["person:kim-chol-su > agency:ministry-of-state-security"])
        #expect(try relations(.memberOf, in: "Residents said Kim Chol Su, a senior officer at the Ministry of State Security, took bribes.")
            == ["person:kim-chol-su > agency:ministry-of-state-security"])
        // Met, not belonged to; and a clause between the role and the agency breaks it.
        #expect(try relations(.memberOf, in: "Kim Chol Su met an official of the Ministry of State Security.").isEmpty)
        #expect(try relations(.memberOf, in: "Kim Chol Su, a soldier who fled the Ministry of State Security, spoke.").isEmpty)
    }

    @Test func anAgencysRoleWordBeforeAPersonOrOfAfterItIsMembership() throws {
        #expect(try relations(.memberOf, in: "Ministry of State Security agent Ri Myong Hak searched the house.")
            == ["person:ri-myong-hak > agency:ministry-of-state-security"])
        #expect(try relations(.memberOf, in: "Ri Myong Hak of the Korean People's Army crossed the border.")
            == ["person:ri-myong-hak > agency:korean-peoples-army"])
        #expect(try relations(.memberOf, in: "The Ministry of State Security arrested Ri Myong Hak on Monday.").isEmpty)
        #expect(try relations(.memberOf, in: "The arrest of Ri Myong Hak by the Korean People's Army was reported.").isEmpty)
    }

    @Test func theRoleOfAnAgencyBeforeAPersonOrAWhoClauseAfterItRelatesThem() throws {
        let expected: Set = ["person:pak-yong-sik > agency:ministry-of-state-security"]
        #expect(try relations(.leads, in: "The head of the Ministry of State Security, Pak Yong Sik, resigned.") == expected)
        #expect(try relations(.memberOf, in: "A deputy director of the Ministry of State Security, Pak Yong Sik, resigned.") == expected)
        #expect(try relations(.leads, in: "Pak Yong Sik, who heads the Ministry of State Security, resigned.") == expected)
        #expect(try relations(.memberOf, in: "Pak Yong Sik, who works for the Ministry of State Security, resigned.") == expected)
        // Met, visited: no membership.
        #expect(try relations(.memberOf, in: "Pak Yong Sik, who visited the Ministry of State Security, resigned.").isEmpty)
        #expect(try relations(.leads, in: "Critics of the Ministry of State Security, Pak Yong Sik among them, spoke.").isEmpty)
    }

    @Test func theHeadOfAnAgencyLeadsItButADeputyOrOneOfItsDirectorsIsAMember() throws {
        let expected: Set = ["person:pak-yong-sik > agency:ministry-of-state-security"]
        #expect(try relations(.leads, in: "Pak Yong Sik, director of the Ministry of State Security, resigned.") == expected)
        #expect(try relations(.leads, in: "Pak Yong Sik, the head of the Ministry of State Security, resigned.") == expected)
        #expect(try relations(.leads, in: "Ministry of State Security chief Pak Yong Sik resigned.") == expected)
        #expect(try relations(.leads, in: "The Ministry of State Security's director Pak Yong Sik resigned.") == expected)
        #expect(try relations(.memberOf, in: "Pak Yong Sik, a director of the Ministry of State Security, resigned.") == expected)
        #expect(try relations(.memberOf, in: "Pak Yong Sik, the deputy director of the Ministry of State Security, resigned.") == expected)
        #expect(try relations(.leads, in: "Pak Yong Sik, the deputy director of the Ministry of State Security, resigned.").isEmpty)
        #expect(try relations(.leads, in: "Pak Yong Sik told the director of the Ministry of State Security to resign.").isEmpty)
    }

    @Test func kinWordsBetweenTwoPeopleMakeThemFamilyEitherWayRound() throws {
        let expected: Set = ["person:kim-jong-un > person:kim-yo-jong"]
        #expect(try relations(.family, in: "Kim Jong Un's younger sister Kim Yo Jong gave a speech.") == expected)
        #expect(try relations(.family, in: "Kim Yo Jong, the sister of Kim Jong Un, gave a speech.") == expected)
        #expect(try relations(.family, in: "Kim Jong Un and his sister Kim Yo Jong gave a speech.") == expected)
        #expect(try relations(.family, in: "Kim Jong Un's envoy Kim Yo Jong gave a speech.").isEmpty)
        // `his` could be either man's: no guess.
        #expect(try relations(.family, in: "Pak Chol met Ri Yong Chol and his wife Choe Sun Hui.").isEmpty)
    }

    @Test func hisOrHerLinksKinOnlyInASentenceNamingTwoPeople() throws {
        #expect(try relations(.family, in: "Ri Yong Chol arrived in Hyesan with his wife Choe Sun Hui.")
            == ["person:choe-son-hui > person:ri-yong-chol"])
        // One person named: the pronoun's kin is nobody the report names.
        #expect(try relations(.family, in: "Ri Yong Chol arrived in Hyesan with his wife.").isEmpty)
        #expect(try relations(.family, in: "Ri Yong Chol said that her sister had left Hyesan.").isEmpty)
    }

    @Test func aTypedRelationReplacesTheCoMentionOfItsPairInItsSentence() throws {
        let text = "Kim Chol Su, an official of the Ministry of State Security, was detained. Kim Chol Su later praised the Ministry of State Security."
        let facts = try RecognitionTests.extractor.extract(ReportReader.read(Data(text.utf8), path: "tests/t.txt", id: "t"))
        let pair: Set<EntityID> = ["person:kim-chol-su", "agency:ministry-of-state-security"]
        let coMention = try #require(facts.relations.first { $0.kind == .coMentioned && Set([$0.source, $0.target]) == pair })
        #expect(coMention.evidence.map(\.sentence) == [1])
        let member = try #require(facts.relations.first { $0.kind == .memberOf })
        #expect(member.evidence.map(\.sentence) == [0])
    }

    @Test func aByCueInRunningTextNamesNoWriter() throws {
        let text = """
            Daily NK learned of the protest. The protest was reported to Pyongyang by Kim Yong Su, a cook posted to the factory by the authorities last year.

            *Translated by Anna Fifield
            """
        #expect(try relations(.reportedBy, in: text) == ["agency:daily-nk > person:anna-fifield"])
    }
}
