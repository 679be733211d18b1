import Diagrams
import GraphCore
import GraphQuery

extension Explorer {
    /// What the entity page shows: how far to look and which types to keep.
    struct EntityFilters: Sendable, Hashable {
        /// How many relations away the diagram and the list reach (1 to 3).
        var depth = 1
        /// Only neighbours of this type; `nil` for all.
        var kind: EntityKind?
        /// Only relations of these types; `nil` for all.
        var relationKinds: Set<RelationKind>?

        init(_ query: QueryParameters) throws(ServerError) {
            depth = try query.integer("depth", in: 1...3, default: 1)
            kind = try query.entityKind("type")
            relationKinds = try query.relationKinds("relation")
        }

        /// A key for the diagram cache.
        var key: String {
            "\(depth)|\(kind?.rawValue ?? "")|\((relationKinds ?? []).map(\.rawValue).sorted().joined(separator: ","))"
        }

        var isFiltered: Bool { kind != nil || relationKinds != nil }
    }

    /// The page of the entity `name` (an id, name or alias): its diagram, its relations grouped
    /// by type with their evidence, and, beyond depth 1, the farther neighbours.
    func entityPage(_ name: String, _ filters: EntityFilters) throws(ServerError) -> HTMLPage {
        let entity = try resolve(name)
        let graph = self.graph
        let near = index.neighbors(of: entity.id, NeighborQuery(depth: filters.depth, kinds: filters.kind.map { [$0] }, relationKinds: filters.relationKinds))
        let svg = try self.svg(egoDiagram(entity, filters, near), key: "ego|\(entity.id.rawValue)|\(filters.key)")

        var body = "<h1>\(HTMLPage.escape(entity.name)) \(HTMLPage.kindTag(entity.kind))</h1>\n"
        var facts: [String] = []
        if let category = entity.category { facts.append("category " + HTMLPage.escape(category)) }
        if let date = entity.date { facts.append("date " + HTMLPage.escape(date)) }
        facts.append("\(entity.mentions.count) mention\(entity.mentions.count == 1 ? "" : "s") in \(entity.documents.count) report\(entity.documents.count == 1 ? "" : "s")")
        facts.append("id <code>\(HTMLPage.escape(entity.id.rawValue))</code>")
        body += "<p class=\"note\">" + facts.joined(separator: " · ") + "</p>\n"
        if !entity.aliases.isEmpty {
            body += "<p class=\"aliases\">Also called: " + entity.aliases.map(HTMLPage.escape).joined(separator: ", ") + "</p>\n"
        }
        body += filterForm(entity, filters)
        body += HTMLPage.figure(svg, caption: "Click a node to open that entity; click a line to open the report of its first sentence.")
        body += "<div class=\"columns\">\n<div>\n"
        body += relationSections(entity, filters)
        body += "</div>\n<div>\n"
        body += "<h2>Reports</h2>\n<ul>\n"
        for document in entity.documents {
            body += "<li>" + HTMLPage.reportLink(document, in: graph) + "</li>\n"
        }
        body += "</ul>\n"
        body += "<p><a href=\"\(HTMLPage.escape(Links.timeline(of: entity.id)))\">Events of \(HTMLPage.escape(entity.name)) on the timeline</a></p>\n"
        if filters.depth > 1, let near {
            body += fartherList(near, filters)
        }
        body += "</div>\n</div>\n"
        return HTMLPage(title: entity.name, body: body)
    }

    /// The ego network as the filters cut it: everything within the depth, or, when types
    /// are chosen, the neighbours found, the entities they were reached through, and the
    /// relations of the chosen types among them.
    private func egoDiagram(_ entity: Entity, _ filters: EntityFilters, _ near: Neighborhood?) -> Diagram? {
        guard filters.isFiltered else { return Diagram.ego(of: entity.id, in: index, depth: filters.depth, maxNodes: maxNodes) }
        guard let near else { return nil }
        var keep: Set<EntityID> = [entity.id]
        for neighbor in near.neighbors {
            keep.insert(neighbor.entity.id)
            keep.insert(neighbor.via)
        }
        var relations: Set<String> = []
        for neighbor in near.neighbors {
            for relation in neighbor.relations { relations.insert(relation.id) }
        }
        let cut = graph.subgraph(keeping: keep, relations: relations)
        let what = [filters.kind.map { "\($0.rawValue)s" }, filters.relationKinds.map { $0.map(\.rawValue).sorted().joined(separator: ", ") }]
            .compactMap { $0 }.joined(separator: "; ")
        return Diagram.subgraph(cut, name: "ego \(entity.id.rawValue)", title: "\(entity.name): \(what) within \(filters.depth) link\(filters.depth == 1 ? "" : "s")",
                                focus: entity.id, maxNodes: maxNodes)
    }

    private func filterForm(_ entity: Entity, _ filters: EntityFilters) -> String {
        var out = "<form class=\"filters\" method=\"get\" action=\"\(HTMLPage.escape(Links.entity(entity.id)))\">\n"
        out += "<label>Depth<select name=\"depth\">"
        for depth in 1...3 {
            out += "<option value=\"\(depth)\"\(depth == filters.depth ? " selected=\"selected\"" : "")>\(depth)</option>"
        }
        out += "</select></label>\n<label>Neighbour type<select name=\"type\"><option value=\"\">any</option>"
        for kind in EntityKind.allCases {
            out += "<option value=\"\(kind.rawValue)\"\(kind == filters.kind ? " selected=\"selected\"" : "")>\(kind.rawValue)</option>"
        }
        out += "</select></label>\n<label>Relation<select name=\"relation\"><option value=\"\">any</option>"
        for kind in QueryParameters.knownRelations {
            let selected = filters.relationKinds?.contains(kind) == true
            out += "<option value=\"\(kind.rawValue)\"\(selected ? " selected=\"selected\"" : "")>\(kind.rawValue)</option>"
        }
        out += "</select></label>\n<button type=\"submit\">Show</button>\n</form>\n"
        return out
    }

    /// The direct relations, grouped by type (typed before co-mentions), strongest first,
    /// each with up to three evidence sentences linked to their reports.
    private func relationSections(_ entity: Entity, _ filters: EntityFilters) -> String {
        let direct = index.neighbors(of: entity.id, NeighborQuery(depth: 1, kinds: filters.kind.map { [$0] }, relationKinds: filters.relationKinds))?.neighbors ?? []
        var byKind: [RelationKind: [(Entity, Relation)]] = [:]
        for neighbor in direct {
            for relation in neighbor.relations { byKind[relation.kind, default: []].append((neighbor.entity, relation)) }
        }
        guard !byKind.isEmpty else { return "<h2>Relations</h2>\n<p class=\"note\">No relation matches these filters.</p>\n" }
        let kinds = byKind.keys.sorted { ($0.isTyped ? 0 : 1, $0.rawValue) < ($1.isTyped ? 0 : 1, $1.rawValue) }
        var out = "<h2>Relations</h2>\n"
        let evidenceLimit = 3
        for kind in kinds {
            let items = (byKind[kind] ?? []).sorted { ($1.1.weight, $0.0.name) < ($0.1.weight, $1.0.name) }
            out += "<h3>\(HTMLPage.escape(kind.rawValue.replacingOccurrences(of: "_", with: " "))) <span class=\"weight\">(\(items.count))</span></h3>\n<ul>\n"
            for (other, relation) in items {
                let arrow = kind.isSymmetric ? "—" : (relation.source == entity.id ? "→" : "←")
                out += "<li>\(arrow) \(HTMLPage.entityLink(other)) <span class=\"weight\">\(relation.weight) sentence\(relation.weight == 1 ? "" : "s")</span>"
                out += " <a class=\"note\" href=\"\(HTMLPage.escape(Links.path(from: entity.id, to: other.id)))\">path</a>\n<ul class=\"evidence\">\n"
                for evidence in relation.evidence.prefix(evidenceLimit) {
                    out += "<li>" + HTMLPage.reportLink(evidence.document, in: graph, short: true) + ", sentence \(evidence.sentence): <q>\(HTMLPage.escape(evidence.text))</q></li>\n"
                }
                if relation.evidence.count > evidenceLimit {
                    out += "<li class=\"note\">and \(relation.evidence.count - evidenceLimit) more sentences</li>\n"
                }
                out += "</ul></li>\n"
            }
            out += "</ul>\n"
        }
        return out
    }

    /// The neighbours beyond the first ring, nearest and strongest first.
    private func fartherList(_ near: Neighborhood, _ filters: EntityFilters) -> String {
        let farther = near.neighbors.filter { $0.depth > 1 }
        var out = "<h2>Within \(filters.depth) links <span class=\"weight\">(\(farther.count))</span></h2>\n<table>\n<tr><th>entity</th><th>depth</th><th>via</th><th>relation</th></tr>\n"
        let limit = 200
        for neighbor in farther.prefix(limit) {
            let via = index.entity(neighbor.via).map { HTMLPage.entityLink($0, tag: false) } ?? ""
            out += "<tr><td>\(HTMLPage.entityLink(neighbor.entity))</td><td class=\"number\">\(neighbor.depth)</td><td>\(via)</td><td>\(HTMLPage.escape(neighbor.strongest.kind.rawValue))</td></tr>\n"
        }
        out += "</table>\n"
        if farther.count > limit { out += "<p class=\"note\">and \(farther.count - limit) more</p>\n" }
        return out
    }
}
