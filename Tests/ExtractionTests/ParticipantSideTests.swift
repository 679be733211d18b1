import Foundation
import GraphCore
import Testing
@testable import Extraction

/// Participants and their side of an event, on sentences written for these tests: a body
/// or person becomes a participant only where the words around the trigger show its side.
@Suite struct ParticipantSideTests {
    private func facts(_ text: String) throws -> ReportFacts {
        try RecognitionTests.extractor.extract(ReportReader.read(Data(text.utf8), path: "tests/p.txt", id: "p"))
    }

    /// The side and role word of `name`'s participation in the event of `category`, or nil
    /// when it is no participant.
    private func side(_ name: String, _ category: String, in facts: ReportFacts) -> (role: String?, word: String?)? {
        guard let entity = facts.entities.first(where: { $0.name == name }),
            let event = facts.entities.first(where: { $0.category == category }),
            let relation = facts.relations.first(where: { $0.kind == .participant && $0.source == entity.id && $0.target == event.id })
        else { return nil }
        return (relation.evidence.first?.role, relation.evidence.first?.roleWord)
    }

    @Test func aBodyAfterByIsTheAgent() throws {
        let report = try facts("Ri Chol Min was arrested by the Ministry of State Security in Hyesan.")
        #expect(side("Ministry of State Security", "arrest", in: report)?.role == "agent")
        #expect(side("Ri Chol Min", "arrest", in: report)?.role == "target")
        #expect(side("Ri Chol Min", "arrest", in: report)?.word == "arrested")
    }

    @Test func theSubjectOfAnActiveVerbIsTheAgentAndItsObjectTheTarget() throws {
        let report = try facts("The Ministry of State Security arrested Ri Chol Min in Hyesan.")
        #expect(side("Ministry of State Security", "arrest", in: report)?.role == "agent")
        #expect(side("Ri Chol Min", "arrest", in: report)?.role == "target")
    }

    @Test func aBodyBeforeATriggerNounIsTheAgent() throws {
        let report = try facts("Pak Song Il faces an MSS investigation, sources said.")
        #expect(side("Ministry of State Security", "investigation", in: report)?.role == "agent")
    }

    @Test func theExecutionOfAPersonHasThePersonAsTarget() throws {
        let report = try facts("The execution of Jang Song Thaek shocked officials in Pyongyang.")
        #expect(side("Jang Song Thaek", "execution", in: report)?.role == "target")
    }

    @Test func theBodyThatTakesCustodyIsTheAgent() throws {
        let report = try facts("Two traders were arrested and handed over to the Ministry of Social Security in Hyesan.")
        #expect(side("Ministry of Social Security", "arrest", in: report)?.role == "agent")
    }

    @Test func aProgressiveVerbMakesItsSubjectTheAgent() throws {
        let report = try facts("The National Intelligence Service is questioning the soldier in Seoul.")
        #expect(side("National Intelligence Service", "interrogation", in: report)?.role == "agent")
    }

    @Test func aHeadlineDropsTheAuxiliary() throws {
        let report = try facts("Title: Ri Chol Min arrested in Hyesan\n\nThe arrest was confirmed by two sources.")
        #expect(side("Ri Chol Min", "arrest", in: report)?.role == "target")
    }

    @Test func aPersonBeforeATriggerNounHadItDone() throws {
        let report = try facts("Kim Chol said he had not slept since Ri Su Jin's arrest in Yanji.")
        #expect(side("Ri Su Jin", "arrest", in: report)?.role == "target")
    }

    @Test func theObjectOfAPrepositionIsNoSubject() throws {
        let report = try facts("Relatives of Ri Su Jin were arrested in Hyesan.")
        #expect(side("Ri Su Jin", "arrest", in: report) == nil)
        // A clause that is not a relative clause breaks the subject.
        let clause = try facts("Ri Su Jin read the verdict and then three men were executed in Hyesan.")
        #expect(side("Ri Su Jin", "execution", in: clause) == nil)
    }

    @Test func aNameThatOnlyShareTheSentenceIsACoMentionNotAParticipant() throws {
        let report = try facts("Daily NK's source in the Ministry of State Security said a fire broke out in Hyesan.")
        #expect(side("Ministry of State Security", "fire", in: report) == nil)
        let fire = try #require(report.entities.first { $0.category == "fire" })
        let agency = try #require(report.entities.first { $0.name == "Ministry of State Security" })
        #expect(report.relations.contains { $0.kind == .coMentioned && Set([$0.source, $0.target]) == [fire.id, agency.id] })
    }

    @Test func aBodyNamedInsideADescriptionIsNotWhatHappenedToIt() throws {
        let report = try facts("Two men kidnapped the local Ministry of Social Security director's son in Songchon County.")
        #expect(side("Ministry of Social Security", "kidnapping", in: report) == nil)
        #expect(side("director's son (p)", "kidnapping", in: report)?.role == "target")
    }

    @Test func everyEvidenceSentenceRecordsItsRuleAndConfidence() throws {
        let report = try facts("Ri Chol Min was arrested by the Ministry of State Security in Hyesan, Ryanggang Province.")
        for relation in report.relations {
            for evidence in relation.evidence {
                #expect(evidence.rule != nil, "\(relation.id)")
                #expect((0...1).contains(evidence.confidence ?? -1), "\(relation.id)")
            }
        }
        let contained = try #require(report.relations.first { $0.kind == .locatedIn })
        #expect(contained.evidence.first?.rule == "gazetteer" || contained.evidence.first?.rule == "place_phrase")
        #expect(contained.confidence > report.relations.first { $0.kind == .coMentioned }?.confidence ?? 1)
    }
}
