import GraphCore
import GraphvizRendering
import SVGTestSupport
import Testing

@testable import DOTEncoding

/// Names as they might come out of a scraped report, chosen to break each escaping layer:
/// the DOT parser (`"`, `\`), Graphviz's label escapes (`\N`, `\n`), its entity decoding
/// (`&amp;`), and the SVG writer (`<script>`, `'`).
private let hostileNames: [String] = [
    #"say "hi""#,
    #"back\slash \N \G \n \l end\"#,
    "first line\nsecond line",
    "<script>alert(1)</script>",
    "&amp;",
    "Kim & Sons",
    "&lt;b&gt; &#65;",
    "O'Brien's",
    String((0..<300).map { Array("abcdefghijklmnopqrstuvwxyz")[$0 % 26] }),
    "🇰🇵 Hyesan 👩‍👩‍👧 café",
    #"x"]; "evil" [label="pwned"#,
]

private let kinds: [EntityKind] = [.person, .place, .agency, .event]

/// One entity per hostile name, each with a hostile alias, chained by relations whose type
/// and evidence are hostile too.
private func hostileGraph() throws -> EntityGraph {
    var graph = EntityGraph()
    let entities = hostileNames.enumerated().map { index, name in
        Entity(
            id: EntityID(rawValue: "\(kinds[index % 4].rawValue):hostile-\(index)"), name: name,
            kind: kinds[index % 4], aliases: ["\(name) (alias)"],
            mentions: [Mention(document: "doc", sentence: index, start: 0, end: 1, text: name)])
    }
    for entity in entities { graph.add(entity) }
    for (a, b) in zip(entities, entities.dropFirst()) {
        let kind: RelationKind = a.kind == .place ? "works_for <b>&amp;</b>" : .coMentioned
        try graph.add(Relation(
            source: a.id, target: b.id, kind: kind,
            evidence: [Evidence(document: "doc", sentence: 0, text: "\(a.name) met \(b.name).")]))
    }
    return graph
}

@Suite("Hostile names")
struct HostileNameTests {
    let title = #"Report "A" & <B> \N"#

    private func renderedSVG() throws -> (bytes: [UInt8], document: SVGDocument, graph: EntityGraph) {
        let graph = try hostileGraph()
        let dot = DOTWriter().encode(graph, name: "hostile <names> & \"quotes\"", title: title)
        let bytes = try GraphvizRenderer().render(dot: dot)
        let document = try #require(SVGDocument(bytes), "SVG is not well-formed XML")
        return (bytes, document, graph)
    }

    @Test func everyNameIsDrawnExactlyInTheSVGText() throws {
        let (_, document, graph) = try renderedSVG()
        let texts = document.texts(of: "text")
        for name in hostileNames {
            // A line break in a name is drawn as two <text> lines.
            for line in name.split(separator: "\n") {
                #expect(texts.contains(String(line)), "missing text line \(line.debugDescription)")
            }
        }
        for line in title.split(separator: "\n") {
            #expect(texts.contains(String(line)))
        }
        #expect(texts.contains("works for <b>&amp;</b>"))
        let nodeGroups = document.elements.filter { $0.name == "g" && $0.attributes["class"]?.hasPrefix("node") == true }
        #expect(nodeGroups.count == graph.entities.count, "a name broke out of its quoted string")
    }

    @Test func everyIdentifierIsTheTitleOfItsNodeAndTheGraphNameSurvives() throws {
        let (_, document, graph) = try renderedSVG()
        let titles = document.texts(of: "title")
        #expect(titles.first == "hostile <names> & \"quotes\"")
        for entity in graph.sortedEntities {
            #expect(titles.contains(entity.id.rawValue))
        }
        #expect(!titles.contains("evil"))
    }

    @Test func tooltipsShowNamesAliasesAndEvidenceExactly() throws {
        let (_, document, graph) = try renderedSVG()
        let tooltips = Set(document.elements.compactMap { $0.attributes["xlink:title"] })
        for entity in graph.sortedEntities {
            #expect(tooltips.contains(DOTWriter.tooltip(for: entity)), "node tooltip of \(entity.name.debugDescription)")
        }
        for relation in graph.sortedRelations {
            let expected = DOTWriter.tooltip(for: relation, excerptLength: 200)
            #expect(tooltips.contains(expected), "edge tooltip \(expected.debugDescription)")
        }
    }

    @Test func noScriptElementReachesTheSVG() throws {
        let (bytes, document, _) = try renderedSVG()
        #expect(!document.elements.contains { $0.name.lowercased() == "script" })
        #expect(!String(decoding: bytes, as: UTF8.self).lowercased().contains("<script"))
    }
}
