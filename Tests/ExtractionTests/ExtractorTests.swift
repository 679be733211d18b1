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
}
