import Foundation
import GraphCore
import Testing
@testable import Extraction

/// Unnamed actors ("the director's son", "two kidnappers") on sentences written for these
/// tests: each becomes a report-local person node only when the report relates it to
/// something.
@Suite struct RoleActorTests {
    private func facts(_ text: String, id: DocumentID = "r1") throws -> ReportFacts {
        try RecognitionTests.extractor.extract(ReportReader.read(Data(text.utf8), path: "tests/\(id).txt", id: id))
    }

    private func roles(_ facts: ReportFacts) -> Set<String> {
        Set(facts.entities.filter(\.isRole).map(\.name))
    }

    private func linked(_ facts: ReportFacts, _ source: String, _ kind: RelationKind, _ target: String) -> Bool {
        let ids = Dictionary(facts.entities.map { ($0.name, $0.id) }, uniquingKeysWith: { a, _ in a })
        guard let s = ids[source], let t = ids[target] else { return false }
        return facts.relations.contains { $0.kind == kind && (($0.source == s && $0.target == t) || (kind.isSymmetric && $0.source == t && $0.target == s)) }
    }

    @Test func aKinDescriptionLinksToItsPossessor() throws {
        let report = try facts("Smugglers abducted the MSS chief's daughter in Hyesan. The chief later resigned.")
        #expect(roles(report).isSuperset(of: ["chief's daughter (r1)", "chief (r1)"]))
        #expect(linked(report, "chief (r1)", .family, "chief's daughter (r1)"))
        #expect(linked(report, "chief (r1)", .memberOf, "Ministry of State Security"))
        #expect(linked(report, "chief's daughter (r1)", .participant, "kidnapping of chief's daughter — Hyesan"))
        // "The chief" later is the same actor: one node, two descriptions.
        #expect(report.entities.first { $0.name == "chief (r1)" }?.mentions.count == 2)
    }

    @Test func aRoleNodeIsNamedByItsFirstDescriptionAndHoldsEveryLaterOne() throws {
        let report = try facts("The local customs office director took bribes from smugglers. The director was arrested by the MSS in March. Police later arrested the director again.")
        let director = try #require(report.entities.first { $0.name == "office director (r1)" })
        #expect(director.mentions.count == 3)
        #expect(director.mentions.map(\.start) == director.mentions.map(\.start).sorted())
        #expect(!roles(report).contains("director (r1)"))
    }

    @Test func anAgentNounTakesPartInItsEvent() throws {
        let report = try facts("Police caught the two traffickers near Onsong. The traffickers had sold women in China.")
        #expect(roles(report).contains("traffickers (r1)"))
        let traffickers = try #require(report.entities.first { $0.name == "traffickers (r1)" })
        let trafficking = try #require(report.entities.first { $0.category == "human-trafficking" })
        let relation = report.relations.first { $0.kind == .participant && $0.source == traffickers.id && $0.target == trafficking.id }
        #expect(relation?.evidence.first?.role == "agent")
    }

    @Test func anUnrelatedDescriptionMakesNoNode() throws {
        let report = try facts("Many farmers in Onsong County say the harvest was poor this year.")
        #expect(roles(report).isEmpty)
    }

    @Test func aTitleBeforeOrAfterANameIsThePersonNotARole() throws {
        let report = try facts("Defector Kim Chol was arrested in Yanji. Ri Su Jin, a defector, was arrested there too.")
        #expect(roles(report).isEmpty)
    }

    @Test func roleNodesOfTwoReportsStayApart() throws {
        let first = try facts("The kidnappers were arrested in Hyesan.", id: "a1")
        let second = try facts("The kidnappers were arrested in Hyesan.", id: "b2")
        let ids = Set(first.entities.filter(\.isRole).map(\.id)).intersection(second.entities.filter(\.isRole).map(\.id))
        #expect(!first.entities.filter(\.isRole).isEmpty)
        #expect(ids.isEmpty)
    }

    @Test func roleNodesAreWrittenWithDescriptionsNotMentions() throws {
        let graph = EntityGraph(merging: [try facts("The kidnappers were arrested in Hyesan.")])
        let data = try graph.jsonData()
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let entities = try #require(object["entities"] as? [[String: Any]])
        let role = try #require(entities.first { ($0["role"] as? Bool) == true })
        #expect((role["mentions"] as? [Any])?.isEmpty == true)
        #expect((role["descriptions"] as? [[String: Any]])?.first?["text"] as? String == "kidnappers")
        #expect(role["type"] as? String == "person")
        // Reading the JSON back gives the same role node.
        let decoded = try EntityGraph(jsonData: data)
        #expect(decoded.entities.values.first { $0.isRole }?.mentions.count == 1)
    }

    @Test func aRoleNameIsCutAtItsLastParenthesis() {
        func cut(_ name: String) -> String? { ReportExtraction.lastParenthesis(in: name).map { String(name[..<$0]) } }
        #expect(cut("security agents (Hyesan)") == "security agents")
        #expect(cut("son (of Kim) (the elder)") == "son (of Kim)")
        #expect(cut("the director") == nil)
        #expect(cut("(Hyesan)") == nil)
        #expect(cut("agents(Hyesan)") == nil)
        #expect(cut("officials (\u{301}x)") == nil)
        #expect(cut("Ch\u{F6}ngjin officials (city)") == "Ch\u{F6}ngjin officials")
    }
}
