import Foundation
import GraphCore
import Testing

@testable import DOTEncoding

/// The golden files beside this test; set `LINKCHART_UPDATE_GOLDEN=1` to rewrite them from
/// the current output (then review the diff and rerun without it).
private let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

@Suite("DOTWriter golden output")
struct DOTWriterGoldenTests {
    @Test func smallGraphEncodesToTheCommittedGoldenFile() throws {
        // Everything a diagram can carry: nested places, a legend, a note, a focus, links and ids.
        let diagram = DOTDiagram(
            graph: try SampleGraphs.small(), name: "onsong", title: "Arrest in Onsong",
            notes: ["Showing 5 of 9 entities"], focus: SampleGraphs.mss.id, arrangement: .nestedPlaces,
            legend: .cluster, elementIDPrefix: "g1", entityLink: { "index.html#\($0.rawValue)" },
            documentLink: { "index.html#report-\($0.rawValue)" })
        let text = DOTWriter().encode(diagram)
        let golden = fixtures.appendingPathComponent("small-graph.dot")
        if ProcessInfo.processInfo.environment["LINKCHART_UPDATE_GOLDEN"] == "1" {
            try Data(text.utf8).write(to: golden)
            Issue.record("rewrote \(golden.path); rerun without LINKCHART_UPDATE_GOLDEN")
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(text == expected)
        if text != expected {
            let got = text.split(separator: "\n", omittingEmptySubsequences: false)
            let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
            if let line = (0..<min(got.count, want.count)).first(where: { got[$0] != want[$0] }) {
                Issue.record("first difference on line \(line + 1):\n got: \(got[line])\nwant: \(want[line])")
            }
        }
    }

    @Test func encodingTwiceGivesIdenticalText() throws {
        let graph = try SampleGraphs.small()
        let writer = DOTWriter()
        #expect(writer.encode(graph, name: "g") == writer.encode(graph, name: "g"))
    }

    @Test func insertionOrderDoesNotChangeTheText() throws {
        let writer = DOTWriter()
        #expect(
            writer.encode(try SampleGraphs.small(), name: "g", title: "t")
                == writer.encode(try SampleGraphs.smallReversed(), name: "g", title: "t"))
    }

    @Test func nodesFollowEntityIDOrderAndEdgesFollowRelationIDOrder() throws {
        let graph = try SampleGraphs.small()
        let lines = DOTWriter().encode(graph, name: "g").split(separator: "\n").map(String.init)
        let nodeLines = lines.filter { $0.hasPrefix("  \"") && !$0.contains(" -> ") }
        let edgeLines = lines.filter { $0.contains(" -> ") }
        #expect(nodeLines.map { String($0.dropFirst(3).prefix { $0 != "\"" }) } == graph.sortedEntities.map(\.id.rawValue))
        #expect(edgeLines.map { String($0.split(separator: "class=\"")[1].prefix { $0 != "\"" }) }
            == graph.sortedRelations.map(\.kind.rawValue))
        #expect(nodeLines.count == 5)
        #expect(edgeLines.count == 3)
    }

    @Test func attributesOfEveryStatementAreSortedByName() throws {
        let text = DOTWriter().encode(try SampleGraphs.small(), name: "g", title: "t")
        for line in text.split(separator: "\n") where line.contains("[") {
            let list = line[line.firstIndex(of: "[")!...]
            let names = list.matches(of: /(?:\[|, )([a-z]+)=/).map { String($0.output.1) }
            #expect(!names.isEmpty)
            #expect(names == names.sorted(), "\(line)")
        }
    }

    @Test func graphIsAlwaysNamedEvenWhenTheNameIsEmpty() throws {
        #expect(DOTWriter().encode(EntityGraph(), name: "").hasPrefix("digraph \"linkchart\" {\n"))
        #expect(DOTWriter().encode(EntityGraph(), name: "ego \"Kim\"").hasPrefix(#"digraph "ego \"Kim\"" {"#))
    }

    @Test func titleBecomesATopGraphLabelOnlyWhenGiven() throws {
        let graph = try SampleGraphs.small()
        let graphLine = { (text: String) in text.split(separator: "\n")[1] }
        #expect(graphLine(DOTWriter().encode(graph, name: "g", title: "A & B")).contains(#"label="A &amp; B", labelloc="t""#))
        #expect(!graphLine(DOTWriter().encode(graph, name: "g")).contains("label="))
    }
}
