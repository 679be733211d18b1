import GraphCore

/// Cuts a graph down to the entities and relations a legible picture can hold, and says
/// in words what was left out.
///
/// Entities are kept in the order of a priority list (the most important first); then, if
/// the kept entities have more relations among them than ``maxEdges``, typed relations and
/// heavier ones are kept first (``Relation/isStronger(_:than:)``).
public struct GraphCut: Sendable {
    /// The most entities kept.
    public var maxNodes: Int
    /// The most relations kept.
    public var maxEdges: Int

    /// A cut to `maxNodes` entities and, by default, three relations per entity.
    public init(maxNodes: Int, maxEdges: Int? = nil) {
        self.maxNodes = max(maxNodes, 1)
        self.maxEdges = max(maxEdges ?? 3 * maxNodes, 0)
    }

    /// What a cut produced.
    public struct Result: Sendable {
        /// The graph that is drawn.
        public var graph: EntityGraph
        /// A line saying what was left out, or `nil` when nothing was.
        public var note: String?
    }

    /// Cuts `graph`, keeping the entities of `priority` first (entities not in it follow
    /// in order of ``EntityGraph/entitiesByImportance()``).
    ///
    /// - Complexity: O(V log V + E log E).
    public func apply(to graph: EntityGraph, priority: [EntityID]? = nil) -> Result {
        let overNodes = graph.entities.count > maxNodes
        guard overNodes || graph.relations.count > maxEdges else { return Result(graph: graph, note: nil) }
        var order = priority ?? graph.entitiesByImportance()
        if priority != nil {
            let listed = Set(order)
            order += graph.entitiesByImportance().filter { !listed.contains($0) }
        }
        let kept = Set(order.prefix(maxNodes))
        var relations = graph.relations.values.filter { kept.contains($0.source) && kept.contains($0.target) }
        if relations.count > maxEdges {
            relations = Array(relations.sorted(by: Relation.isStronger).prefix(maxEdges))
        }
        var result = EntityGraph()
        for id in kept.sorted() {
            guard let entity = graph.entities[id] else { continue }
            result.add(entity)
            for document in entity.documents {
                if let doc = graph.documents[document] { result.add(doc) }
            }
        }
        for relation in relations {
            try? result.add(relation)  // both ends are kept
        }
        return Result(graph: result, note: Self.note(original: graph, drawn: result))
    }

    /// "Showing 150 of 2,345 entities and 450 of 8,012 relations; left out: 1,200 events,
    /// 995 places; the rest are the most mentioned and connected."
    static func note(original: EntityGraph, drawn: EntityGraph) -> String {
        var missing: [EntityKind: Int] = [:]
        for (id, entity) in original.entities where drawn.entities[id] == nil {
            missing[entity.kind, default: 0] += 1
        }
        let leftOut = EntityKind.allCases.compactMap { kind -> String? in
            guard let count = missing[kind], count > 0 else { return nil }
            return count == 1 ? "1 \(kind.rawValue)" : "\(grouped(count)) \(kind.plural)"
        }
        var text = "Showing \(grouped(drawn.entities.count)) of \(grouped(original.entities.count)) entities"
            + " and \(grouped(drawn.relations.count)) of \(grouped(original.relations.count)) relations"
        text += leftOut.isEmpty
            ? " (the strongest relations)"
            : "; left out: " + leftOut.joined(separator: ", ") + " (the least mentioned and connected)"
        return text
    }

    /// `12345` as `12,345`.
    static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return value < 0 ? "-" + out : out
    }
}

extension EntityKind {
    /// The kind's name in the plural: "people", "places", "agencies", "events".
    var plural: String {
        switch self {
        case .person: "people"
        case .place: "places"
        case .agency: "agencies"
        case .event: "events"
        }
    }
}
