import Foundation
import GraphCore
import Testing
@testable import Extraction

/// How one report's working state becomes its facts: mentions recorded on their entities,
/// found names repeated, misspellings folded, evidence put in sentence order; on reports
/// written for these tests.
@Suite struct ExtractorTests {
    private func facts(_ text: String) throws -> ReportFacts {
        try RecognitionTests.extractor.extract(ReportReader.read(Data(text.utf8), path: "tests/t.txt", id: "t"))
    }

    @Test func eachMentionIsRecordedOnItsEntityAndEachNewFormBecomesOneAlias() throws {
        let report = try facts("""
            Ri Yong Chol was detained in Hyesan. Neighbours said RI YONG CHOL had been detained before. \
            Ri Yong Chol was released. RI YONG CHOL left Hyesan.
            """)
        let ri = try #require(report.entities.first { $0.id == "person:ri-yong-chol" })
        #expect(ri.mentions.map(\.text) == ["Ri Yong Chol", "RI YONG CHOL", "Ri Yong Chol", "RI YONG CHOL"])
        #expect(ri.aliases == ["RI YONG CHOL"])
        let hyesan = try #require(report.entities.first { $0.name == "Hyesan" })
        #expect(hyesan.mentions.count == 2)
    }

    @Test func aKnownNameNamedTwiceIsOneEntityWithBothMentions() throws {
        let report = try facts("Agents of the Ministry of State Security came. The Ministry of State Security left.")
        let ministries = report.entities.filter { $0.id == "agency:ministry-of-state-security" }
        #expect(ministries.count == 1)
        #expect(ministries.first?.mentions.map(\.sentence) == [0, 1])
    }

    @Test func aFoundNameRepeatedLaterIsTheSameEntityThere() throws {
        let report = try facts("""
            Margaret Ellery, director of the NGO Bridges of Hope Korea, spoke. \
            The photographs are courtesy of Bridges of Hope Korea.
            """)
        let ngo = try #require(report.entities.first { $0.name == "Bridges of Hope Korea" })
        #expect(ngo.mentions.map(\.sentence) == [0, 1])
        // The repeat is the NGO, not the country inside it.
        #expect(!report.entities.contains { $0.kind == .place && $0.mentions.contains { $0.sentence == 1 } })
    }

    @Test func evidenceIsInSentenceOrderAndPairsOfOneSentenceShareItsText() throws {
        let report = try facts("""
            Kim Chol Su and Ri Yong Chol met in Hyesan. Pak Chol stayed home. \
            Kim Chol Su and Ri Yong Chol met again.
            """)
        let pair: Set<EntityID> = ["person:kim-chol-su", "person:ri-yong-chol"]
        let met = try #require(report.relations.first { $0.kind == .coMentioned && Set([$0.source, $0.target]) == pair })
        #expect(met.evidence.map(\.sentence) == [0, 2])
        #expect(met.evidence.first?.text == "Kim Chol Su and Ri Yong Chol met in Hyesan.")
        #expect(met.evidence.allSatisfy { $0.rule == "same_sentence" && $0.document == "t" })
        // Both people with Hyesan, in the first sentence only: one evidence each, its text.
        let inHyesan = report.relations.filter { $0.kind == .coMentioned && $0.target == "place:hyesan" }
        #expect(inHyesan.count == 2)
        #expect(inHyesan.allSatisfy { $0.evidence.map(\.sentence) == [0] && $0.evidence.first?.text == "Kim Chol Su and Ri Yong Chol met in Hyesan." })
    }

    @Test func plainLowerCaseTriggerWordsAreKeptAsWritten() {
        #expect(ReportExtraction.isPlainLowerCase("arrested"))
        #expect(ReportExtraction.isPlainLowerCase("public execution"))
        #expect(ReportExtraction.isPlainLowerCase("cross-border smuggling"))
    }

    @Test func triggerWordsNeedingCleaningAreNotPlainLowerCase() {
        #expect(!ReportExtraction.isPlainLowerCase("Arrested"))
        #expect(!ReportExtraction.isPlainLowerCase("public  execution"))
        #expect(!ReportExtraction.isPlainLowerCase(" fire"))
        #expect(!ReportExtraction.isPlainLowerCase("fire "))
        #expect(!ReportExtraction.isPlainLowerCase("exécution"))
        #expect(!ReportExtraction.isPlainLowerCase("fire\nsquad"))
        #expect(!ReportExtraction.isPlainLowerCase(""))
    }

    @Test func longTriggerTextIsReadLikeShortText() {
        // Longer than a string holds inline: read from its heap bytes.
        #expect(ReportExtraction.isPlainLowerCase("forced repatriation of border crossers"))
        #expect(!ReportExtraction.isPlainLowerCase("forced repatriation of Border crossers"))
    }

    @Test func aFormWrittenAgainAddsNoSecondAlias() throws {
        let report = try facts("""
            Ri Yong Chol was detained in Hyesan. RI YONG CHOL was questioned. RI YONG CHOL was beaten. \
            Ri Yong Chol was released. Ri Yong Chol went home. Ri Yong Chol left Hyesan.
            """)
        let ri = try #require(report.entities.first { $0.id == "person:ri-yong-chol" })
        #expect(ri.aliases == ["RI YONG CHOL"])
        // Six mentions, more than the room first made for them, all kept in text order.
        #expect(ri.mentions.count == 6)
        #expect(ri.mentions.map(\.start) == ri.mentions.map(\.start).sorted())
    }

    @Test func aCapitalizedWordStartingNoRepeatIsLeftAlone() throws {
        let report = try facts("""
            The NGO Bridges of Hope Korea sent food. Bridges in Korea were closed. \
            Bridges of Hope Korea said so.
            """)
        let ngo = try #require(report.entities.first { $0.name == "Bridges of Hope Korea" })
        #expect(ngo.mentions.map(\.sentence) == [0, 2])
    }

    @Test func identifierPrefixesOrderIdentifiersAsTheirStringsDo() {
        let ids: [EntityID] = [
            "person:kim-jong-un", "person:kim-jong-il", "place:a", "place:ab", "agency:ministry-of-state-security",
            "agency:ministry-of-social-security", "event:000_d642fd3dd39ad37c:fire", "event:000_d642fd3dd39ad37c:flood",
            "person:kim-jong-una", "place:p'yŏngyang", "place:seoul", "person:ri", "place:sinuiju-city-1234",
        ]
        for a in ids {
            for b in ids {
                let answer = IdentifierPrefix.orders(IdentifierPrefix(a), before: IdentifierPrefix(b))
                #expect((answer ?? (a < b)) == (a < b), "\(a) before \(b)")
            }
        }
    }

    @Test func identifierPrefixesLeaveTiesAndNonASCIIToTheStrings() {
        // Equal in their first sixteen bytes.
        #expect(IdentifierPrefix.orders(IdentifierPrefix("event:000_d642fd3dd39ad37c:fire"),
                                        before: IdentifierPrefix("event:000_d642fd3dd39ad37c:flood")) == nil)
        #expect(IdentifierPrefix.orders(IdentifierPrefix("place:seoul"), before: IdentifierPrefix("place:seoul")) == nil)
        // A byte outside ASCII in the prefix, or right after it.
        #expect(IdentifierPrefix.orders(IdentifierPrefix("place:p'yŏngyang"), before: IdentifierPrefix("place:seoul")) == nil)
        #expect(IdentifierPrefix.orders(IdentifierPrefix("place:abcdefghije\u{301}"), before: IdentifierPrefix("place:abcdefghijf")) == nil)
        #expect(IdentifierPrefix.orders(IdentifierPrefix("place:hyesan"), before: IdentifierPrefix("place:seoul")) == true)
        #expect(IdentifierPrefix.orders(IdentifierPrefix("place:seoul"), before: IdentifierPrefix("place:hyesan")) == false)
    }

    @Test func coMentionsPutTheirEndsInIdentifierOrder() throws {
        let report = try facts("Ri Yong Chol, Kim Chol Su and Pak Chol met the Ministry of State Security in Hyesan and Musan.")
        let pairs = report.relations.filter { $0.kind == .coMentioned }
        #expect(pairs.count >= 6)
        #expect(pairs.allSatisfy { $0.source < $0.target })
    }

    @Test func anEventLabelIsCutOffItsNameOnTheBytesOrTheCharacters() {
        #expect(ReportExtraction.rest(of: "kidnapping — Songchon County, Mar. 31", after: "kidnapping") == " — Songchon County, Mar. 31")
        #expect(ReportExtraction.rest(of: "kidnapping", after: "kidnapping") == "")
        #expect(ReportExtraction.rest(of: "arrest, Mar. 31", after: "kidnapping") == nil)
        #expect(ReportExtraction.rest(of: "arr", after: "arrest") == nil)
        // A label that is not ASCII, and a combining mark after an ASCII label (then the
        // name's last letter is another character): read by characters.
        #expect(ReportExtraction.rest(of: "détention — Hyesan", after: "détention") == " — Hyesan")
        #expect(ReportExtraction.rest(of: "fire\u{301} — Hyesan", after: "fire") == nil)
    }

    @Test func anEventWithOneTargetIsNamedAfterItAndOneWithTwoIsNot() throws {
        let one = try facts("The MSS kidnapped Kim Chol Su in Hyesan.")
        #expect(one.entities.contains { $0.kind == .event && $0.name == "kidnapping of Kim Chol Su — Hyesan" })
        let two = try facts("The MSS kidnapped Kim Chol Su in Hyesan. The MSS kidnapped Ri Yong Chol in Hyesan.")
        #expect(two.entities.contains { $0.kind == .event && $0.name == "kidnapping — Hyesan" })
    }

    @Test func aReporterInABylineIsReportedByTheOutlet() throws {
        let report = try facts("Kim Chol Su was arrested in Hyesan.\n\nReported by Ri Yong Chol for Daily NK.")
        let outlet = try #require(report.entities.first { $0.category == "outlet" })
        #expect(report.relations.contains { $0.kind == .reportedBy && $0.source == outlet.id && $0.target == "person:ri-yong-chol" })
        #expect(!report.relations.contains { $0.kind == .reportedBy && $0.target == "person:kim-chol-su" })
    }

    @Test func aRelationFoundInManySentencesKeepsEachOnceInOrder() throws {
        let report = try facts("""
            Kim Chol Su and Ri Yong Chol met in Hyesan. Kim Chol Su and Ri Yong Chol met again. \
            Pak Chol stayed home. Kim Chol Su and Ri Yong Chol met a third time. Kim Chol Su called Ri Yong Chol.
            """)
        let pair: Set<EntityID> = ["person:kim-chol-su", "person:ri-yong-chol"]
        let met = try #require(report.relations.first { $0.kind == .coMentioned && Set([$0.source, $0.target]) == pair })
        #expect(met.evidence.map(\.sentence) == [0, 1, 3, 4])
        #expect(met.evidence.map(\.text) == [
            "Kim Chol Su and Ri Yong Chol met in Hyesan.", "Kim Chol Su and Ri Yong Chol met again.",
            "Kim Chol Su and Ri Yong Chol met a third time.", "Kim Chol Su called Ri Yong Chol.",
        ])
    }
}
