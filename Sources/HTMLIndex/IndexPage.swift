import GraphCore

/// `index.html`: one self-contained, offline page around the diagrams, that can be mailed
/// as a single file.
///
/// It holds the overview and timeline diagrams, an index of entities (type, mentions,
/// reports), one section per entity (its ego diagram, relations with their evidence
/// sentences, and where it is named) and one per report (its diagram and its text with
/// every mention marked). Diagrams are inline SVG whose nodes link to the entity sections.
/// All CSS is inline; there are no scripts, fonts or other external resources.
///
/// Every name and every piece of report text is escaped (``HTMLEscaping``); the page is
/// well-formed XML as well as HTML, so it can be checked with an XML parser.
public struct IndexPage: Sendable {
    /// A diagram as it goes into the page.
    public struct Figure: Sendable {
        /// The `<svg>` element, from ``InlineSVG/embed(_:linkedPage:)``.
        public var svg: String
        /// The diagram's own file, relative to the page, linked under the figure.
        public var file: String?
        public init(svg: String, file: String? = nil) {
            self.svg = svg
            self.file = file
        }
    }

    /// The graph the page describes.
    public var graph: EntityGraph
    /// The page's heading and `<title>`.
    public var title: String
    /// The corpus diagram.
    public var overview: Figure?
    /// The timeline of events.
    public var timeline: Figure?
    /// Entities that get a section of their own (all, on a small corpus), in index order.
    public var entities: [EntityID]
    /// Ego diagrams by entity.
    public var entityFigures: [EntityID: Figure]
    /// Reports that get a section, with their full text (header lines included, so mention
    /// offsets index it).
    public var reportTexts: [DocumentID: String]
    /// Report diagrams by report.
    public var reportFigures: [DocumentID: Figure]
    /// Relations listed per entity section, strongest first; the rest are counted.
    public var relationLimit = 40
    /// Evidence sentences quoted per relation; the rest are counted.
    public var evidenceLimit = 3

    public init(
        graph: EntityGraph, title: String, overview: Figure?, timeline: Figure?, entities: [EntityID],
        entityFigures: [EntityID: Figure], reportTexts: [DocumentID: String], reportFigures: [DocumentID: Figure]
    ) {
        self.graph = graph
        self.title = title
        self.overview = overview
        self.timeline = timeline
        self.entities = entities
        self.entityFigures = entityFigures
        self.reportTexts = reportTexts
        self.reportFigures = reportFigures
    }

    /// The page as HTML text.
    ///
    /// - Complexity: linear in the size of the page: the texts, diagrams and evidence.
    public func html() -> String {
        let sectioned = Set(entities)
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(HTMLEscaping.escape(title))</title>
            <style>\(Self.css)</style>
            </head>
            <body>
            <header><h1>\(HTMLEscaping.escape(title))</h1>
            <nav>\(navigation())</nav></header>

            """
        if let overview {
            out += section(id: IndexAnchor.overview, heading: "Overview", class: "diagram") {
                "<p>Click a node to jump to its entity; hover over a node or line for its evidence.</p>\n" + figure(overview)
            }
        }
        if let timeline {
            out += section(id: IndexAnchor.timeline, heading: "Timeline", class: "diagram") { figure(timeline) }
        }
        out += section(id: IndexAnchor.entities, heading: "Entities") { entityTable(sectioned) }
        for id in entities {
            guard let entity = graph.entities[id] else { continue }
            out += entitySection(entity, sectioned: sectioned)
        }
        let reports = graph.sortedDocuments.filter { reportTexts[$0.id] != nil }
        out += section(id: IndexAnchor.reports, heading: "Reports") {
            "<ul>\n" + reports.map { "<li>" + reportLink($0.id) + "</li>\n" }.joined() + "</ul>\n"
        }
        for document in reports {
            out += reportSection(document, sectioned: sectioned)
        }
        out += "<footer>Written by linkchart. Every node, line and mark comes with the report and sentence behind it.</footer>\n</body>\n</html>\n"
        return out
    }

    private func navigation() -> String {
        var links: [(String, String)] = []
        if overview != nil { links.append((IndexAnchor.overview, "Overview")) }
        if timeline != nil { links.append((IndexAnchor.timeline, "Timeline")) }
        links.append((IndexAnchor.entities, "Entities"))
        links.append((IndexAnchor.reports, "Reports"))
        return links.map { "<a href=\"#\($0.0)\">\($0.1)</a>" }.joined(separator: " · ")
    }

    private func section(id: String, heading: String, class className: String? = nil, _ body: () -> String) -> String {
        let classAttribute = className.map { " class=\"\($0)\"" } ?? ""
        return "<section id=\"\(id)\"\(classAttribute)>\n<h2>\(HTMLEscaping.escape(heading))</h2>\n" + body() + "</section>\n"
    }

    private func figure(_ figure: Figure) -> String {
        var out = "<figure>\n\(figure.svg)\n"
        if let file = figure.file {
            out += "<figcaption><a href=\"\(HTMLEscaping.escape(file))\">open the diagram on its own</a></figcaption>\n"
        }
        return out + "</figure>\n"
    }

    /// A link to an entity's section, or just its name when it has none.
    private func entityLink(_ entity: Entity, sectioned: Set<EntityID>) -> String {
        let name = HTMLEscaping.escape(entity.name)
        let kind = "<span class=\"kind \(entity.kind.rawValue)\">\(entity.kind.rawValue)</span>"
        guard sectioned.contains(entity.id) else { return "\(name) \(kind)" }
        return "<a href=\"#\(IndexAnchor.entity(entity.id))\">\(name)</a> \(kind)"
    }

    /// A link to a report's section, or just its identifier when it has none.
    private func reportLink(_ id: DocumentID) -> String {
        let title = graph.documents[id].map { ": " + HTMLEscaping.escape($0.title) } ?? ""
        guard reportTexts[id] != nil else { return HTMLEscaping.escape(id.rawValue) + title }
        return "<a href=\"#\(IndexAnchor.report(id))\">\(HTMLEscaping.escape(id.rawValue))</a>\(title)"
    }

    private func entityTable(_ sectioned: Set<EntityID>) -> String {
        var out = "<table>\n<thead><tr><th>Name</th><th>Type</th><th>Mentions</th><th>Reports</th></tr></thead>\n<tbody>\n"
        for id in entities {
            guard let entity = graph.entities[id] else { continue }
            let reports = entity.documents
            let shown = reports.prefix(5).map { id in
                reportTexts[id] != nil
                    ? "<a href=\"#\(IndexAnchor.report(id))\">\(HTMLEscaping.escape(id.rawValue))</a>"
                    : HTMLEscaping.escape(id.rawValue)
            }
            let more = reports.count > 5 ? " and \(reports.count - 5) more" : ""
            out += "<tr><td><a href=\"#\(IndexAnchor.entity(id))\">\(HTMLEscaping.escape(entity.name))</a></td>"
                + "<td><span class=\"kind \(entity.kind.rawValue)\">\(entity.kind.rawValue)</span></td>"
                + "<td class=\"number\">\(entity.mentions.count)</td><td>\(shown.joined(separator: ", "))\(more)</td></tr>\n"
        }
        let missing = graph.entities.count - sectioned.count
        out += "</tbody>\n</table>\n"
        if missing > 0 {
            out += "<p>\(missing) less mentioned entit\(missing == 1 ? "y is" : "ies are") not listed; graph.json holds them all.</p>\n"
        }
        return out
    }

    private func entitySection(_ entity: Entity, sectioned: Set<EntityID>) -> String {
        var out = "<section id=\"\(IndexAnchor.entity(entity.id))\" class=\"entity\">\n"
        out += "<h3>\(HTMLEscaping.escape(entity.name)) <span class=\"kind \(entity.kind.rawValue)\">\(entity.kind.rawValue)</span></h3>\n"
        var facts = ["<dt>Identifier</dt><dd><code>\(HTMLEscaping.escape(entity.id.rawValue))</code></dd>"]
        facts += Self.fact("Category", entity.category)
        facts += Self.fact("Date", entity.date)
        if !entity.aliases.isEmpty {
            facts.append("<dt>Also called</dt><dd>\(entity.aliases.map(HTMLEscaping.escape).joined(separator: ", "))</dd>")
        }
        facts.append("<dt>Mentions</dt><dd>\(entity.mentions.count) in \(entity.documents.count) report\(entity.documents.count == 1 ? "" : "s")</dd>")
        out += "<dl>" + facts.joined() + "</dl>\n"
        if let figure = entityFigures[entity.id] { out += self.figure(figure) }
        let relations = graph.relations(of: entity.id).sorted(by: Relation.isStronger)
        if !relations.isEmpty {
            out += "<h4>Relations and their evidence</h4>\n<ul class=\"relations\">\n"
            for relation in relations.prefix(relationLimit) {
                out += "<li>" + relationLine(relation, from: entity, sectioned: sectioned) + "</li>\n"
            }
            out += "</ul>\n"
            if relations.count > relationLimit {
                out += "<p>and \(relations.count - relationLimit) weaker relations.</p>\n"
            }
        }
        out += "<h4>Named in</h4>\n<ul>\n"
        for (document, mentions) in Dictionary(grouping: entity.mentions, by: \.document).sorted(by: { $0.key < $1.key }) {
            let forms = Set(mentions.map(\.text)).sorted().map { "“" + HTMLEscaping.escape($0) + "”" }
            let sentences = Set(mentions.map(\.sentence)).sorted().map(String.init)
            out += "<li>\(reportLink(document)): as \(forms.joined(separator: ", ")), sentence\(sentences.count == 1 ? "" : "s") \(sentences.joined(separator: ", "))</li>\n"
        }
        out += "</ul>\n</section>\n"
        return out
    }

    /// "located in → North Hamgyong Province (weight 2)" with its evidence sentences.
    private func relationLine(_ relation: Relation, from entity: Entity, sectioned: Set<EntityID>) -> String {
        let otherID = relation.otherEnd(from: entity.id)
        let other = graph.entities[otherID].map { entityLink($0, sectioned: sectioned) } ?? HTMLEscaping.escape(otherID.rawValue)
        let phrase = relation.kind.rawValue.replacing("_", with: " ")
        let arrow = relation.kind.isSymmetric ? "—" : (relation.source == entity.id ? "→" : "←")
        var out = "<span class=\"relation \(relation.kind.isTyped ? "typed" : "co")\">\(HTMLEscaping.escape(phrase))</span> \(arrow) \(other) <span class=\"weight\">(weight \(relation.weight))</span>"
        out += "<ul class=\"evidence\">"
        for evidence in relation.evidence.prefix(evidenceLimit) {
            out += "<li><blockquote>\(HTMLEscaping.escape(evidence.text))</blockquote> \(reportLink(evidence.document)), sentence \(evidence.sentence)</li>"
        }
        if relation.evidence.count > evidenceLimit {
            out += "<li>and \(relation.evidence.count - evidenceLimit) more sentences</li>"
        }
        return out + "</ul>"
    }

    /// One `<dt>term</dt><dd>value</dd>` pair, or none when there is no value.
    private static func fact(_ term: String, _ value: String?) -> [String] {
        value.map { ["<dt>\(term)</dt><dd>\(HTMLEscaping.escape($0))</dd>"] } ?? []
    }

    private func reportSection(_ document: Document, sectioned: Set<EntityID>) -> String {
        var out = "<section id=\"\(IndexAnchor.report(document.id))\" class=\"report\">\n"
        out += "<h3>\(HTMLEscaping.escape(document.title))</h3>\n"
        var facts = ["<dt>File</dt><dd><code>\(HTMLEscaping.escape(document.path))</code></dd>"]
        facts += Self.fact("Date", document.date)
        facts += Self.fact("Source", document.source)
        out += "<dl>" + facts.joined() + "</dl>\n"
        if let figure = reportFigures[document.id] { out += self.figure(figure) }
        if let text = reportTexts[document.id] {
            let marks = ReportHighlighter.marks(for: document.id, in: graph).filter { sectioned.contains($0.entity.id) }
            out += "<h4>Text, with the names found</h4>\n<div class=\"text\">" + ReportHighlighter.html(text, marks: marks) + "</div>\n"
        }
        return out + "</section>\n"
    }

    /// The page's style: the diagrams' Okabe–Ito colours for type badges and marks. No
    /// `<`, `>` or `&`, so it is valid inside `<style>` in both HTML and XML.
    static let css = """

        body { font-family: Helvetica, Arial, sans-serif; margin: 0 auto; max-width: 70em; padding: 0 1em 3em; color: #111; line-height: 1.45; }
        header { border-bottom: 2px solid #333; margin-bottom: 1em; }
        nav a { margin-right: 0.3em; }
        section { margin: 1.5em 0; }
        section.entity, section.report { border-top: 1px solid #ccc; padding-top: 0.5em; }
        section:target { background: #FFFBE6; }
        figure { margin: 0.5em 0; overflow: auto; border: 1px solid #ddd; padding: 0.5em; background: #fff; }
        figure svg { max-width: 100%; height: auto; }
        figcaption { font-size: 0.85em; }
        table { border-collapse: collapse; }
        th, td { text-align: left; padding: 0.15em 0.6em; border-bottom: 1px solid #eee; vertical-align: top; }
        td.number { text-align: right; }
        dl { display: grid; grid-template-columns: max-content auto; gap: 0.1em 1em; }
        dt { font-weight: bold; }
        dd { margin: 0; }
        .kind { font-size: 0.75em; padding: 0.05em 0.4em; border-radius: 0.6em; color: #000; }
        .kind.person, .mention.person { background: #E69F0055; }
        .kind.place, .mention.place { background: #56B4E955; }
        .kind.agency, .mention.agency { background: #009E7355; }
        .kind.event, .mention.event { background: #CC79A755; }
        .mention { color: inherit; text-decoration: none; border-radius: 0.2em; }
        .relation.typed { font-weight: bold; }
        .relation.co { font-style: italic; color: #555; }
        .weight { color: #666; font-size: 0.85em; }
        ul.evidence { list-style: none; padding-left: 1em; font-size: 0.9em; }
        blockquote { display: inline; margin: 0; font-style: italic; }
        div.text { white-space: pre-wrap; font-family: Georgia, serif; background: #FAFAFA; padding: 0.8em; border: 1px solid #eee; }
        footer { margin-top: 3em; font-size: 0.8em; color: #666; }

        """
}
