import Foundation
import GraphCore
import SVGTestSupport
import Testing

@testable import Diagrams
@testable import HTMLIndex

/// Names and report text chosen to break HTML, XML, DOT and SVG escaping.
private let hostileNames = [
    #"say "hi""#,
    #"back\slash \N \n end\"#,
    "first line\nsecond line",
    "<script>alert(1)</script>",
    "Kim & Sons &amp; &lt;b&gt;",
    "O'Brien's",
    String(repeating: "Pneumonoultramicroscopic", count: 12),
]

private let kinds: [EntityKind] = [.person, .place, .agency, .event]

/// A report whose text holds every hostile name at the offsets its mentions give, after an
/// emoji and a Korean word, so that code-point offsets differ from UTF-16 and byte offsets.
private func hostileCorpus() throws -> (graph: EntityGraph, text: String) {
    let document = Document(id: "dir/r<1>&\"x\"", path: "corpus/dir/r<1>.txt", title: "<b>Report</b> & \"title\"", source: "<script>x</script>")
    var text = "Title: <b>Report</b> & \"title\"\n\n🇰🇵 평양 report. "
    var graph = EntityGraph()
    graph.add(document)
    var entities: [Entity] = []
    for (index, name) in hostileNames.enumerated() {
        let start = text.unicodeScalars.count
        text += name
        let mention = Mention(document: document.id, sentence: index, start: start, end: text.unicodeScalars.count, text: name)
        text += " met <i>someone</i> & left.\n"
        let entity = Entity(id: EntityID(rawValue: "\(kinds[index % 4].rawValue):hostile-\(index)"), name: name,
                            kind: kinds[index % 4], aliases: ["\(name) (alias)"], mentions: [mention])
        graph.add(entity)
        entities.append(entity)
    }
    for (a, b) in zip(entities, entities.dropFirst()) {
        try graph.add(Relation(source: a.id, target: b.id, kind: a.kind == .place ? .locatedIn : .coMentioned,
                               evidence: [Evidence(document: document.id, sentence: 0, text: "\(a.name) met \(b.name) <br>.")]))
    }
    return (graph, text)
}

/// The page for a graph, with every diagram rendered through libgvc and inlined as the
/// main job does.
private func page(for graph: EntityGraph, texts: [DocumentID: String]) throws -> String {
    let links = { (prefix: String) in
        DiagramLinks(elementIDPrefix: prefix, entity: { "index.html#" + IndexAnchor.entity($0) },
                     document: { "index.html#" + IndexAnchor.report($0) })
    }
    func figure(_ diagram: Diagram, _ prefix: String) throws -> IndexPage.Figure {
        let svg = try diagram.render(format: .svg, links: links(prefix)).bytes
        return IndexPage.Figure(svg: InlineSVG.embed(String(decoding: svg, as: UTF8.self), linkedPage: "index.html"), file: "\(prefix).svg")
    }
    var egos: [EntityID: IndexPage.Figure] = [:]
    for (index, entity) in graph.sortedEntities.enumerated() {
        if let ego = Diagram.ego(of: entity.id, in: graph, depth: 1) { egos[entity.id] = try figure(ego, "g\(index)") }
    }
    var reports: [DocumentID: IndexPage.Figure] = [:]
    for (index, document) in graph.sortedDocuments.enumerated() {
        if let diagram = Diagram.report(document.id, in: graph) { reports[document.id] = try figure(diagram, "r\(index)") }
    }
    return IndexPage(
        graph: graph, title: "Briefing <draft> & \"notes\"",
        overview: try figure(Diagram.overview(of: graph), "ov"), timeline: try figure(Diagram.timeline(of: graph), "tl"),
        entities: graph.sortedEntities.map(\.id), entityFigures: egos, reportTexts: texts, reportFigures: reports
    ).html()
}

@Suite struct IndexPageTests {
    @Test func hostileNamesAndTextStayTextInAWellFormedPage() throws {
        let (graph, text) = try hostileCorpus()
        let html = try page(for: graph, texts: [graph.sortedDocuments[0].id: text])
        let document = try #require(SVGDocument(Array(html.utf8)), "index.html is not well-formed")
        #expect(!document.elements.contains { $0.name.lowercased() == "script" })
        #expect(!html.lowercased().contains("<script"))
        #expect(!document.elements.contains { ["b", "i", "br"].contains($0.name) })
        // Names are shown as written: as section headings and as marked mentions.
        let headings = document.elements.filter { $0.name == "h3" }.map(\.text)
        let marks = document.elements.filter { $0.name == "a" && $0.attributes["class"]?.hasPrefix("mention") == true }.map(\.text)
        for name in hostileNames {
            #expect(headings.contains { $0.hasPrefix(name) }, "heading \(name.debugDescription)")
            #expect(marks.contains(name), "mark \(name.debugDescription)")
        }
        #expect(marks.count == hostileNames.count)
        // The report text, markup included, is all there as text.
        let body = try #require(document.elements.first { $0.name == "div" && $0.attributes["class"] == "text" })
        #expect(body.text.contains("<i>someone</i> & left."))
        #expect(document.texts(of: "title").first == "Briefing <draft> & \"notes\"")
        // And in the inline diagrams, each name is drawn as text.
        let drawn = document.texts(of: "text")
        for name in hostileNames {
            for line in name.split(separator: "\n") { #expect(drawn.contains(String(line)), "drawn \(line)") }
        }
    }

    @Test func everyInternalLinkLandsOnAnAnchorAndNoIdRepeats() throws {
        let (graph, text) = try hostileCorpus()
        let html = try page(for: graph, texts: [graph.sortedDocuments[0].id: text])
        let document = try #require(SVGDocument(Array(html.utf8)))
        let ids = document.ids
        #expect(ids.count == Set(ids).count, "repeated ids: \(Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted())")
        let links = document.internalLinks
        #expect(!links.isEmpty)
        let missing = Set(links).subtracting(ids)
        #expect(missing.isEmpty, "links to nowhere: \(missing.sorted())")
        // Every node of every inline diagram links to its entity's section.
        let nodeLinks = document.elements.filter { $0.name == "a" && $0.attributes["xlink:href"] != nil }.compactMap { $0.attributes["xlink:href"] }
        for entity in graph.sortedEntities {
            #expect(nodeLinks.contains("#" + IndexAnchor.entity(entity.id)))
        }
        #expect(!html.contains("index.html#"), "a diagram link still points out of the page")
    }

    @Test func anchorsAreDistinctAndSafe() {
        let ids: [EntityID] = ["place:a-b", "place:a_b", "place:a:b", "place:a_3a_b", "place:평양", "place:a b"]
        let anchors = ids.map(IndexAnchor.entity)
        #expect(Set(anchors).count == ids.count)
        #expect(anchors.allSatisfy { $0.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") } })
    }

    @Test func mentionsAreMarkedByCodePointOffsetsAndMismatchesSkipped() {
        let text = "🇰🇵 Hyesan & Onsong"
        let hyesan = Entity(id: "place:hyesan", name: "Hyesan", kind: .place)
        let onsong = Entity(id: "place:onsong", name: "Onsong", kind: .place)
        let marks = [
            ReportHighlighter.Mark(mention: Mention(document: "r", sentence: 0, start: 3, end: 9, text: "Hyesan"), entity: hyesan),
            // Overlaps the first mark: skipped.
            ReportHighlighter.Mark(mention: Mention(document: "r", sentence: 0, start: 5, end: 9, text: "esan"), entity: onsong),
            // Offsets that do not hold the mention's text: skipped.
            ReportHighlighter.Mark(mention: Mention(document: "r", sentence: 0, start: 10, end: 16, text: "Onsong"), entity: onsong),
        ]
        #expect(ReportHighlighter.html(text, marks: marks)
            == "🇰🇵 <a class=\"mention place\" href=\"#e-place_3a_hyesan\" title=\"place: Hyesan\">Hyesan</a> &amp; Onsong")
    }

    @Test func inliningKeepsOnlyTheSVGElementAndMakesLinksInternal() {
        let file = """
            <?xml version="1.0" encoding="UTF-8" standalone="no"?>
            <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
            <!-- Title: g -- Pages: 1 -->
            <svg><a xlink:href="../index.html#e-x" xlink:title="see index.html#e-x"/></svg>
            """
        #expect(InlineSVG.embed(file, linkedPage: "../index.html")
            == "<svg><a xlink:href=\"#e-x\" xlink:title=\"see index.html#e-x\"/></svg>")
    }
}
