import Foundation
import GraphCore
import GraphvizRendering
import SVGTestSupport
import Testing

@testable import Diagrams

/// What each kind of diagram shows, and how it is drawn once rendered.
@Suite struct DiagramKindTests {
    private func svg(_ diagram: Diagram, layout: LayoutEngine? = nil) throws -> SVGDocument {
        let rendered = try diagram.render(format: .svg, layout: layout)
        return try #require(SVGDocument(rendered.bytes), "SVG is not well-formed XML")
    }

    private func nodeTitles(_ document: SVGDocument) -> Set<String> {
        Set(document.elements.indices.filter { 
            document.elements[$0].attributes["class"]?.hasPrefix("node ") == true && document.elements[$0].attributes["class"] != "node legend"
        }
            .flatMap { index in document.elements.filter { $0.parent == index && $0.name == "title" }.map(\.text) })
    }

    @Test func egoNetworkReachesExactlyItsDepth() throws {
        let graph = try DiagramSamples.chain(6)
        let center = EntityID(kind: .place, name: "Place 2")
        let one = try #require(Diagram.ego(of: center, in: graph, depth: 1))
        #expect(Set(one.graph.entities.values.map(\.name)) == ["Place 1", "Place 2", "Place 3"])
        let two = try #require(Diagram.ego(of: center, in: graph, depth: 2))
        #expect(Set(two.graph.entities.values.map(\.name)) == ["Place 0", "Place 1", "Place 2", "Place 3", "Place 4"])
        #expect(two.focus == center)
        #expect(Diagram.ego(of: "place:nowhere", in: graph, depth: 1) == nil)
        // The centre is drawn with a thick outline.
        let dot = one.dot(engine: .dot)
        let line = try #require(dot.split(separator: "\n").first { $0.hasPrefix("    \"place:place-2\"") || $0.hasPrefix("  \"place:place-2\"") })
        #expect(line.contains("penwidth=\"3\""))
    }

    @Test func egoCutKeepsTheNearestFirst() throws {
        let graph = try DiagramSamples.chain(20)
        let center = EntityID(kind: .place, name: "Place 10")
        let diagram = try #require(Diagram.ego(of: center, in: graph, depth: 5, maxNodes: 3))
        #expect(Set(diagram.graph.entities.values.map(\.name)) == ["Place 9", "Place 10", "Place 11"])
        #expect(diagram.notes.count == 1)
    }

    @Test func overviewCutToMaxNodesSaysWhatWasLeftOut() throws {
        let graph = try DiagramSamples.chain(50)
        let diagram = Diagram.overview(of: graph, maxNodes: 10)
        #expect(diagram.graph.entities.count == 10)
        // The most mentioned places are kept.
        #expect(diagram.graph.entities.values.map(\.name).sorted() == (0..<10).map { "Place \($0)" }.sorted())
        let note = try #require(diagram.notes.first)
        #expect(note == "Showing 10 of 50 entities and 9 of 49 relations; left out: 40 places (the least mentioned and connected)")
        #expect(try svg(diagram).texts(of: "text").contains(note))
        #expect(Diagram.overview(of: graph).notes.isEmpty)
    }

    @Test func reportDiagramShowsOnlyThatReport() throws {
        var graph = try DiagramSamples.graph()
        let other = Document(id: "r2", path: "reports/r2.txt", title: "Elsewhere")
        graph.add(other)
        graph.add(Entity(id: "place:hyesan", name: "Hyesan", kind: .place,
                         mentions: [Mention(document: other.id, sentence: 0, start: 0, end: 6, text: "Hyesan")]))
        let diagram = try #require(Diagram.report("r1", in: graph))
        #expect(diagram.graph.entities["place:hyesan"] == nil)
        #expect(diagram.graph.entities.count == 9)
        #expect(diagram.title == "r1.txt: Arrests in North Hamgyong")
        #expect(Diagram.report("r3", in: graph) == nil)
    }

    @Test func timelineRunsLeftToRightByDateWithUndatedLast() throws {
        let diagram = Diagram.timeline(of: try DiagramSamples.graph())
        #expect(diagram.kind == .timeline)
        #expect(diagram.automaticLayout == .dot)
        // Co-mentions are left out; places and participants are attached.
        #expect(!diagram.graph.relations.values.contains { $0.kind == .coMentioned })
        #expect(diagram.graph.entities[DiagramSamples.onsong.id] != nil)
        #expect(diagram.graph.entities[DiagramSamples.mss.id] != nil)
        let document = try svg(diagram)
        func x(ofText text: String) throws -> Double {
            let element = try #require(document.elements.first { $0.name == "text" && $0.text == text }, "no text \(text)")
            return try #require(Double(element.attributes["x"] ?? ""))
        }
        let dates = try ["2023-12-30", "2024-04-03", "undated"].map(x(ofText:))
        #expect(dates == dates.sorted() && Set(dates).count == 3)
        // Each event stands in its date's column.
        #expect(abs(try x(ofText: "fire") - dates[0]) < 1)
        #expect(abs(try x(ofText: "arrest") - dates[1]) < 1)
        #expect(abs(try x(ofText: "trial") - dates[2]) < 1)
    }

    @Test func subgraphOfAnyPartDrawsInTheSameLanguage() throws {
        let graph = try DiagramSamples.graph()
        let part = graph.subgraph(keeping: [DiagramSamples.kim.id, DiagramSamples.arrest.id, DiagramSamples.onsong.id])
        let diagram = Diagram.subgraph(part, name: "path", title: "Kim → Onsong", focus: DiagramSamples.kim.id)
        let document = try svg(diagram)
        #expect(document.texts(of: "title").first == "path")
        #expect(document.elements(ofClass: "legend").count > 0)
        #expect(nodeTitles(document) == Set([DiagramSamples.kim, DiagramSamples.arrest, DiagramSamples.onsong].map(\.id.rawValue)))
    }
}
