import Foundation
import GraphCore
import GraphvizRendering
import SVGTestSupport
import Testing

@testable import Diagrams

/// The look every diagram shares, checked on rendered SVG.
@Suite struct VisualLanguageTests {
    private func svg(_ diagram: Diagram, layout: LayoutEngine? = nil, links: DiagramLinks? = nil) throws -> SVGDocument {
        try #require(SVGDocument(try diagram.render(format: .svg, layout: layout, links: links).bytes))
    }

    private let fills: [String: String] = ["person": "#e69f00", "place": "#56b4e9", "agency": "#009e73", "event": "#cc79a7"]

    /// The fill of the shape drawn for the node group at `index`.
    private func fill(_ document: SVGDocument, node index: Int) -> String? {
        document.elements.indices.first { document.isElement($0, inside: index) && ["path", "polygon", "ellipse"].contains(document.elements[$0].name) }
            .flatMap { document.elements[$0].attributes["fill"]?.lowercased() }
    }

    @Test func eachKindHasItsColourAndRolePeopleAreLighter() throws {
        let document = try svg(Diagram.overview(of: try DiagramSamples.graph()))
        for (kind, colour) in fills {
            let nodes = document.elements.indices.filter {
                document.elements[$0].attributes["class"] == "node \(kind)"
            }
            #expect(!nodes.isEmpty, "no \(kind) node")
            for node in nodes { #expect(fill(document, node: node) == colour, "\(kind) fill") }
        }
        let role = try #require(document.elements.indices.first { document.elements[$0].attributes["class"] == "node person role" })
        #expect(fill(document, node: role) == "#f7dda8")
    }

    @Test func typedRelationsAreSolidAndLabelledCoMentionsDashedAndBare() throws {
        let document = try svg(Diagram.overview(of: try DiagramSamples.graph()))
        for index in document.elements.indices {
            guard let cls = document.elements[index].attributes["class"], cls.hasPrefix("edge "), cls != "edge legend" else { continue }
            let path = try #require(document.elements.indices.first { document.isElement($0, inside: index) && document.elements[$0].name == "path" })
            let dashed = document.elements[path].attributes["stroke-dasharray"] != nil
            let labels = document.elements.indices.filter { document.isElement($0, inside: index) && document.elements[$0].name == "text" }
            if cls == "edge co_mentioned" {
                #expect(dashed && labels.isEmpty, "co-mention drawn as \(cls)")
            } else {
                #expect(!dashed && labels.count == 1, "\(cls) should be solid and labelled")
            }
        }
    }

    @Test func legendIsAClusterForDotAndATableForForceDirectedLayouts() throws {
        let diagram = Diagram.overview(of: try DiagramSamples.graph())
        let dot = try svg(diagram, layout: .dot)
        let legend = try #require(dot.elements.indices.first { dot.elements[$0].attributes["class"] == "cluster legend" })
        // Graphviz writes a cluster's nodes and edges after its box, not inside it.
        let samples = dot.elements.indices.filter { ["node legend", "edge legend"].contains(dot.elements[$0].attributes["class"]) }
        let inside = dot.elements.indices.filter { index in
            dot.isElement(index, inside: legend) || samples.contains { dot.isElement(index, inside: $0) }
        }
        let texts = Set(inside.map { dot.elements[$0] }.filter { $0.name == "text" }.map(\.text))
        #expect(texts.isSuperset(of: ["Legend", "person", "person (role)", "place", "agency", "event", "typed relation (its type)", "co-mentioned"]))
        let sfdp = try svg(diagram, layout: .sfdp)
        #expect(sfdp.elements(ofClass: "cluster").isEmpty)
        let table = try #require(sfdp.elements.indices.first { sfdp.elements[$0].attributes["class"] == "node legend" })
        let tableTexts = sfdp.elements.indices.filter { sfdp.isElement($0, inside: table) }.map { sfdp.elements[$0].text }
        #expect(tableTexts.contains("Legend"))
        #expect(tableTexts.contains("person: rounded box"))
        #expect(tableTexts.contains("co-mentioned: dashed, unlabelled"))
    }

    @Test func placesNestInsideTheirContainerWithDot() throws {
        let document = try svg(Diagram.overview(of: try DiagramSamples.graph()), layout: .dot)
        let box = try #require(document.index(ofClass: "cluster", titled: "cluster_" + DiagramSamples.province.id.rawValue))
        for place in [DiagramSamples.province, DiagramSamples.onsong, DiagramSamples.hoeryong] {
            let node = try #require(document.index(ofClass: "node", titled: place.id.rawValue))
            // Graphviz draws cluster boxes as siblings of nodes, so "inside" means the
            // node's shape lies within the box's outline.
            #expect(bounds(document, of: node).isWithin(bounds(document, of: box)), "\(place.name) outside its box")
        }
        let mss = try #require(document.index(ofClass: "node", titled: DiagramSamples.mss.id.rawValue))
        #expect(!bounds(document, of: mss).isWithin(bounds(document, of: box)))
    }

    @Test func nodesLinkAndEdgesCarryTheirEvidence() throws {
        let links = DiagramLinks(elementIDPrefix: "d1", entity: { "index.html#e-\($0.rawValue.count)" }, document: { "index.html#r-\($0)" })
        let document = try svg(Diagram.overview(of: try DiagramSamples.graph()), links: links)
        let anchors = document.elements.filter { $0.name == "a" }
        #expect(anchors.contains { $0.attributes["xlink:href"] == "index.html#e-\(DiagramSamples.kim.id.rawValue.count)" })
        #expect(anchors.contains { $0.attributes["xlink:href"] == "index.html#r-r1" })
        let tooltip = try #require(anchors.compactMap { $0.attributes["xlink:title"] }.first { $0.hasPrefix("participant") && $0.contains("sentence 3") })
        #expect(tooltip == "participant · weight 1\nr1, sentence 3: The mother saved her children.")
        #expect(document.ids.contains("d1-n0") && document.ids.contains("d1-e0") && document.ids.contains("d1-legend"))
        #expect(document.ids.filter { $0.hasPrefix("d1") }.count == Set(document.ids.filter { $0.hasPrefix("d1") }).count)
    }

    @Test func layoutIsChosenBySizeAndDensity() {
        #expect(LayoutChoice.automatic(nodes: 30, edges: 80) == .dot)
        #expect(LayoutChoice.automatic(nodes: 300, edges: 320) == .dot)  // nearly a tree
        #expect(LayoutChoice.automatic(nodes: 200, edges: 600) == .sfdp)
        #expect(LayoutChoice.automatic(nodes: 120, edges: 360) == .sfdp)
        #expect(LayoutChoice.automatic(nodes: 500, edges: 600, timeline: true) == .dot)
    }

    @Test func formatsComeFromTheirNameOrExtension() throws {
        #expect(DiagramFormat.inferred(from: "out/ego.SVG") == .svg)
        #expect(DiagramFormat.inferred(from: "graph.gv") == .dot)
        #expect(DiagramFormat.inferred(from: "dir.v2/notes") == nil)
        let diagram = Diagram.overview(of: try DiagramSamples.graph())
        #expect(try diagram.render(format: .png).bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(try diagram.render(format: .pdf).bytes.starts(with: Array("%PDF".utf8)))
        #expect(String(decoding: try diagram.render(format: .dot).bytes, as: UTF8.self).hasPrefix("digraph \"linkchart\""))
    }

    /// The bounding box of everything drawn inside the element at `index`.
    private func bounds(_ document: SVGDocument, of index: Int) -> Box {
        var box = Box()
        for inner in document.elements.indices where document.isElement(inner, inside: index) {
            let attributes = document.elements[inner].attributes
            if let cx = attributes["cx"].flatMap(Double.init), let cy = attributes["cy"].flatMap(Double.init),
                let rx = attributes["rx"].flatMap(Double.init), let ry = attributes["ry"].flatMap(Double.init)
            {
                box.add(cx - rx, cy - ry)
                box.add(cx + rx, cy + ry)
            }
            for key in ["points", "d"] {
                guard let value = attributes[key] else { continue }
                let numbers = value.split(whereSeparator: { !"-0123456789.".contains($0) }).compactMap { Double($0) }
                for pair in stride(from: 0, to: numbers.count - 1, by: 2) { box.add(numbers[pair], numbers[pair + 1]) }
            }
        }
        return box
    }

    private struct Box {
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        mutating func add(_ x: Double, _ y: Double) {
            minX = min(minX, x); minY = min(minY, y); maxX = max(maxX, x); maxY = max(maxY, y)
        }
        func isWithin(_ other: Box) -> Bool {
            minX >= other.minX && maxX <= other.maxX && minY >= other.minY && maxY <= other.maxY
        }
    }
}
