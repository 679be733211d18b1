import Diagrams
import GraphCore
import GraphQuery
import HTMLIndex

extension Explorer {
    /// The home page: the corpus diagram, the most important entities and the reports.
    func homePage() throws(ServerError) -> HTMLPage {
        let graph = self.graph
        let svg = try self.svg(Diagram.overview(of: graph, maxNodes: maxNodes), key: "overview")
        var body = "<h1>\(graph.documents.count) report\(graph.documents.count == 1 ? "" : "s"), \(graph.entities.count) entities, \(graph.relations.count) relations</h1>\n"
        body += HTMLPage.figure(svg, caption: "The corpus: click a node to open that entity.")
        body += "<div class=\"columns\">\n<div>\n<h2>Most important entities</h2>\n<ol>\n"
        for id in ranked.prefix(30) {
            guard let entity = graph.entities[id] else { continue }
            body += "<li>\(HTMLPage.entityLink(entity))</li>\n"
        }
        body += "</ol>\n</div>\n<div>\n<h2>Reports</h2>\n<ul>\n"
        for document in graph.sortedDocuments.prefix(500) {
            body += "<li>\(HTMLPage.reportLink(document.id, in: graph))" + (document.date.map { " <span class=\"note\">\(HTMLPage.escape($0))</span>" } ?? "") + "</li>\n"
        }
        body += "</ul>\n"
        if graph.documents.count > 500 { body += "<p class=\"note\">and \(graph.documents.count - 500) more</p>\n" }
        body += "</div>\n</div>\n"
        return HTMLPage(title: "Overview", body: body)
    }

    /// The search page: the hits for `text`, best first, each linking to its entity.
    func searchPage(_ text: String?, kind: EntityKind?, limit: Int) -> HTMLPage {
        guard let text else {
            return HTMLPage(title: "Search", body: "<h1>Search</h1>\n<p>Type a name, an alias or a misspelling of one in the box above.</p>\n")
        }
        let hits = nameSearch.search(text, limit: limit, kinds: kind.map { [$0] })
        var body = "<h1>Search: \(HTMLPage.escape(text))</h1>\n"
        if hits.isEmpty {
            body += "<p>No entity name matches “\(HTMLPage.escape(text))”.</p>\n"
        } else {
            body += "<table>\n<tr><th>entity</th><th>score</th><th>match</th><th>matched form</th></tr>\n"
            for hit in hits {
                body += "<tr><td>\(HTMLPage.entityLink(hit.entity))</td><td class=\"number\">\(Self.decimal(hit.score))</td>"
                    + "<td>\(hit.match.rawValue)</td><td>\(HTMLPage.escape(hit.form))</td></tr>\n"
            }
            body += "</table>\n"
        }
        return HTMLPage(title: "Search: \(text)", body: body, query: text)
    }

    /// The path page: a form to pick two entities, and when both are given, the cheapest
    /// chain as a diagram and hop by hop with its evidence.
    func pathPage(from: String?, to: String?, relationKinds: Set<RelationKind>?) throws(ServerError) -> HTMLPage {
        var body = "<h1>Path</h1>\n<form class=\"filters\" method=\"get\" action=\"/path\">\n"
        body += "<label>From<input name=\"from\" list=\"names\" value=\"\(HTMLPage.escape(from ?? ""))\"/></label>\n"
        body += "<label>To<input name=\"to\" list=\"names\" value=\"\(HTMLPage.escape(to ?? ""))\"/></label>\n"
        body += "<button type=\"submit\">Find the chain</button>\n</form>\n"
        guard from != nil || to != nil else {
            return HTMLPage(title: "Path", body: body + "<p>Pick two entities to see the chain of relations that links them.</p>\n")
        }
        guard let from else { throw .badParameter(name: "from", problem: "give both ends of the path") }
        guard let to else { throw .badParameter(name: "to", problem: "give both ends of the path") }
        let start = try resolve(from)
        let goal = try resolve(to)
        guard let path = index.shortestPath(from: start.id, to: goal.id, relationKinds: relationKinds) else {
            throw .noPath(from: start, to: goal)
        }
        let graph = self.graph
        let relations = Set(path.steps.map(\.relation.id))
        let ids = Set(path.steps.flatMap { [$0.from, $0.to] } + [start.id, goal.id])
        let kindsKey = (relationKinds ?? []).map(\.rawValue).sorted().joined(separator: ",")
        let svg = try self.svg(
            Diagram.subgraph(graph.subgraph(keeping: ids, relations: relations), name: "path", title: "\(start.name) → \(goal.name)", focus: start.id),
            key: "path|\(start.id.rawValue)|\(goal.id.rawValue)|\(kindsKey)")
        body += "<h2>\(HTMLPage.entityLink(start)) → \(HTMLPage.entityLink(goal)): \(path.steps.count) hop\(path.steps.count == 1 ? "" : "s")</h2>\n"
        body += HTMLPage.figure(svg, caption: "The cheapest chain: fewest hops, then typed and better-supported relations.")
        body += "<ol>\n"
        for step in path.steps {
            guard let a = index.entity(step.from), let b = index.entity(step.to) else { continue }
            let relation = step.relation
            let arrow = relation.kind.isSymmetric ? "—\(relation.kind.rawValue)—" : (relation.source == step.from ? "—\(relation.kind.rawValue)→" : "←\(relation.kind.rawValue)—")
            body += "<li>\(HTMLPage.entityLink(a, tag: false)) \(HTMLPage.escape(arrow)) \(HTMLPage.entityLink(b, tag: false)) <span class=\"weight\">weight \(relation.weight)</span>\n<ul class=\"evidence\">\n"
            for evidence in relation.evidence.prefix(3) {
                body += "<li>\(HTMLPage.reportLink(evidence.document, in: graph, short: true)), sentence \(evidence.sentence): <q>\(HTMLPage.escape(evidence.text))</q></li>\n"
            }
            body += "</ul></li>\n"
        }
        body += "</ol>\n"
        return HTMLPage(title: "Path: \(start.name) → \(goal.name)", body: body)
    }

    /// The report page: its text with every named entity marked and linked, and its diagram.
    func reportPage(_ rawID: String) throws(ServerError) -> HTMLPage {
        let graph = self.graph
        let id = DocumentID(rawValue: rawID)
        guard let document = graph.documents[id] else { throw .noReport(rawID) }
        let svg = try self.svg(Diagram.report(id, in: graph, maxNodes: maxNodes), key: "report|\(id.rawValue)")
        var body = "<h1>\(HTMLPage.escape(document.title.isEmpty ? document.fileName : document.title))</h1>\n<p class=\"note\">"
        body += ([HTMLPage.escape(document.path)] + [document.date, document.source].compactMap { $0 }.map(HTMLPage.escape)).joined(separator: " · ")
        body += "</p>\n"
        body += HTMLPage.figure(svg, caption: "What this report says: its entities and the relations it supports. Click a node to open that entity.")
        body += "<h2>Text</h2>\n"
        if let text = texts[id] {
            let marks = ReportHighlighter.marks(for: id, in: graph)
            body += "<div class=\"text\">" + ReportHighlighter.html(text, marks: marks, link: { Links.entity($0) }) + "</div>\n"
        } else {
            body += "<p class=\"note\">The text of this report is not available: the store keeps only its facts, and its file \(HTMLPage.escape(document.path)) could not be read when the server started.</p>\n"
        }
        return HTMLPage(title: document.title.isEmpty ? document.fileName : document.title, body: body)
    }

    /// The timeline page: the diagram of all events by date, and the table of events (of
    /// one entity, when `entityName` is given).
    func timelinePage(_ entityName: String?, limit: Int) throws(ServerError) -> HTMLPage {
        let graph = self.graph
        let entity = try entityName.map { (name: String) throws(ServerError) -> Entity in try resolve(name) }
        let timeline = index.timeline(of: entity?.id, limit: limit)
        let entries = timeline?.entries ?? []
        let total = timeline?.total ?? 0
        var body = "<h1>Timeline" + (entity.map { ": " + HTMLPage.entityLink($0) } ?? "") + "</h1>\n"
        if entity == nil {
            let svg = try self.svg(Diagram.timeline(of: graph, maxNodes: maxNodes), key: "timeline")
            body += HTMLPage.figure(svg, caption: "Events left to right by date, with their places and participants.")
        }
        body += "<p>\(total) event\(total == 1 ? "" : "s")</p>\n"
        body += "<table>\n<tr><th>date</th><th>event</th><th>places</th><th>participants</th><th>report</th></tr>\n"
        for entry in entries {
            body += "<tr><td>\(HTMLPage.escape(entry.date ?? "undated"))</td><td>\(HTMLPage.entityLink(entry.event, tag: false))</td>"
                + "<td>\(entry.places.map { HTMLPage.entityLink($0, tag: false) }.joined(separator: ", "))</td>"
                + "<td>\(entry.participants.map { HTMLPage.entityLink($0, tag: false) }.joined(separator: ", "))</td>"
                + "<td>\(entry.document.map { HTMLPage.reportLink($0.id, in: graph, short: true) } ?? "")</td></tr>\n"
        }
        body += "</table>\n"
        if total > entries.count { body += "<p class=\"note\">and \(total - entries.count) more</p>\n" }
        return HTMLPage(title: entity.map { "Timeline: \($0.name)" } ?? "Timeline", body: body)
    }

    /// The page for an error: its message and, for a name that is unknown or ambiguous,
    /// links to the entities meant.
    static func errorPage(_ error: ServerError) -> HTMLPage {
        var body = "<h1>\(error.status.code) \(HTMLPage.escape(error.status.reasonPhrase))</h1>\n<p class=\"error\">\(HTMLPage.escape(error.description))</p>\n"
        if !error.entities.isEmpty {
            body += "<ul>\n" + error.entities.map { "<li>\(HTMLPage.entityLink($0)) <span class=\"note\">\(HTMLPage.escape($0.id.rawValue))</span></li>\n" }.joined() + "</ul>\n"
        }
        return HTMLPage(title: error.status.reasonPhrase, body: body)
    }

    static func decimal(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
