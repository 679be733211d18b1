import GraphCore
import Testing

@testable import DOTEncoding

/// The attribute list of the DOT statement for the edge `source -> target`, parsed into a
/// dictionary of unquoted values.
func edgeAttributes(in text: String, from source: EntityID, to target: EntityID) -> [String: String]? {
    let head = "  \(DOTEscaping.quoted(source.rawValue)) -> \(DOTEscaping.quoted(target.rawValue)) ["
    guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(head) }) else { return nil }
    var attributes: [String: String] = [:]
    for match in line.dropFirst(head.count).matches(of: /([a-z]+)="((?:[^"\\]|\\.)*)"/) {
        attributes[String(match.output.1)] = String(match.output.2)
    }
    return attributes
}

@Suite("DOTWriter style")
struct DOTWriterStyleTests {
    @Test func typedRelationIsSolidLabelledAndDirected() throws {
        let text = DOTWriter().encode(try SampleGraphs.small(), name: "g")
        let edge = try #require(edgeAttributes(in: text, from: SampleGraphs.onsong.id, to: SampleGraphs.northHamgyong.id))
        #expect(edge["style"] == "solid")
        #expect(edge["label"] == "located in")
        #expect(edge["dir"] == nil)
        #expect(edge["class"] == "located_in")
    }

    @Test func coMentionIsDashedUnlabelledAndUndirected() throws {
        let text = DOTWriter().encode(try SampleGraphs.small(), name: "g")
        let edge = try #require(edgeAttributes(in: text, from: SampleGraphs.mss.id, to: SampleGraphs.kim.id))
        #expect(edge["style"] == "dashed")
        #expect(edge["label"] == nil)
        #expect(edge["dir"] == "none")
        #expect(edge["class"] == "co_mentioned")
    }

    @Test func eachEntityKindHasItsOwnShapeAndColour() {
        let style = DOTStyle.default
        let looks = EntityKind.allCases.map(style.node)
        #expect(Set(looks.map(\.shape)).count == EntityKind.allCases.count)
        #expect(Set(looks.map(\.fillColor)).count == EntityKind.allCases.count)
        #expect(looks.allSatisfy { $0.style.contains("filled") && $0.fontColor == "#000000" })
        #expect(style.node(.person).fillColor == "#E69F00")
        #expect(style.node(.place).fillColor == "#56B4E9")
        #expect(style.node(.agency).fillColor == "#009E73")
        #expect(style.node(.event).fillColor == "#CC79A7")
    }

    @Test func penWidthGrowsWithWeightAndIsCapped() {
        let style = DOTStyle.default
        let widths = [0, 1, 2, 4, 8, 16, 1000].map { style.penWidth(weight: $0) }
        #expect(widths == [1, 1, 2, 3, 4, 5, 5])
        #expect(_DOTNumber.format(style.penWidth(weight: 3)) == "2.58")
    }

    @Test func numbersAreWrittenWithAtMostTwoDecimals() {
        #expect(["12", "2.58", "0.5", "0.05", "-1.25", "0"] == [12, 2.584962, 0.5, 0.049, -1.25, .nan].map(_DOTNumber.format))
    }

    @Test func nodeTooltipListsKindAliasesAndMentionCount() {
        #expect(DOTWriter.tooltip(for: SampleGraphs.mss) == "agency (ministry) · aliases: MSS, State Security Department · 4 mentions")
        #expect(DOTWriter.tooltip(for: SampleGraphs.kim) == "person · 1 mention")
    }

    @Test func edgeTooltipGivesTypeWeightAndEvidenceSentencesWithTheirReports() {
        #expect(
            DOTWriter.tooltip(for: SampleGraphs.coMentioned, excerptLength: 200)
                == """
                co-mentioned · weight 2
                001_onsong-arrest, sentence 1: Agents of the Ministry of State Security arrested Kim Myong Chol in Onsong last week.
                001_onsong-arrest, sentence 3: The MSS questioned Kim Myong Chol's relatives, who had "no idea" why.
                """)
        #expect(DOTWriter.tooltip(for: Relation(source: "a", target: "b", kind: .locatedIn), excerptLength: 200) == "located in · weight 0")
    }

    @Test func edgeTooltipQuotesAFewSentencesAndCountsTheRest() {
        let evidence = (0..<7).map { Evidence(document: "r", sentence: $0, text: String(repeating: "word ", count: 60)) }
        let tooltip = DOTWriter.tooltip(for: Relation(source: "a", target: "b", kind: .coMentioned, evidence: evidence), excerptLength: 50, sentenceLimit: 3)
        let lines = tooltip.split(separator: "\n")
        #expect(lines.count == 5)
        #expect(lines[1].hasPrefix("r, sentence 0: word") && lines[1].hasSuffix("…") && lines[1].count < 70)
        #expect(lines[4] == "and 4 more sentences")
    }

    @Test func rolePeopleAreDrawnLighterThanNamedPeople() {
        let role = Entity(id: "person:the-mother", name: "the mother", kind: .person, category: "role")
        let look = DOTStyle.default.node(for: role)
        #expect(look.shape == DOTStyle.default.node(.person).shape)
        #expect(look.fillColor != DOTStyle.default.node(.person).fillColor)
        #expect(look.style.contains("dashed"))
        let attributes = DOTWriter().nodeAttributes(role)
        #expect(attributes["class"] == "\"person role\"")
        #expect(DOTStyle.default.node(for: SampleGraphs.kim) == DOTStyle.default.node(.person))
    }

    @Test func timelineHoldsEachDatesEventsInOneRankAlongASpine() throws {
        var graph = try SampleGraphs.small()
        var later = SampleGraphs.arrest
        later.id = "event:001_onsong-arrest:trial"
        later.name = "trial"
        later.date = "2024-05-01"
        graph.add(later)
        var dated = SampleGraphs.arrest
        dated.date = "2024-03-01"
        graph.add(dated)
        let text = DOTWriter().encode(DOTDiagram(graph: try SampleGraphs.small(), name: "t", arrangement: .timeline))
        #expect(text.contains("newrank=\"true\""))
        #expect(text.contains("{ rank=\"same\"; \"timeline:0\"; \"event:001_onsong-arrest:arrest\"; }"))
        #expect(text.contains("label=\"undated\""))
        let two = DOTWriter().encode(DOTDiagram(graph: graph, name: "t", arrangement: .timeline))
        #expect(two.contains("{ rank=\"same\"; \"timeline:1\"; \"event:001_onsong-arrest:trial\"; }"))
        #expect(two.contains("\"timeline:0\" -> \"timeline:1\""))
    }

    @Test func longEvidenceIsCutAtAWordBoundaryWithEllipsis() {
        let sentence = String(repeating: "word ", count: 60)  // 300 characters
        let cut = DOTWriter.excerpt(sentence, limit: 200)
        #expect(cut.hasSuffix("word…"))
        #expect(cut.count <= 201)
        #expect(!cut.contains("wor…") && !cut.contains(" …"))
        // A space right after the limit is a boundary too: nothing is lost needlessly.
        #expect(DOTWriter.excerpt("aaaa bbbb cccc", limit: 9) == "aaaa bbbb…")
        // One long word has no boundary: cut mid-word.
        #expect(DOTWriter.excerpt(String(repeating: "x", count: 300), limit: 200) == String(repeating: "x", count: 200) + "…")
        #expect(DOTWriter.excerpt("short", limit: 200) == "short")
    }
}
