import GraphCore
import GraphQuery

extension Diagram {
    /// The whole corpus, cut to its `maxNodes` most important entities
    /// (``EntityGraph/entitiesByImportance()``).
    public static func overview(of graph: EntityGraph, maxNodes: Int = defaultMaxNodes) -> Diagram {
        let reports = graph.documents.count
        let cut = GraphCut(maxNodes: maxNodes).apply(to: graph)
        return Diagram(
            kind: .overview, graph: cut.graph, name: "linkchart",
            title: "linkchart: \(reports) report\(reports == 1 ? "" : "s")", notes: cut.note.map { [$0] } ?? [])
    }

    /// What one report says: its entities (with that report's mentions only) and the
    /// relations it supports (with its evidence only). `nil` when the graph has no such report.
    public static func report(_ id: DocumentID, in graph: EntityGraph, maxNodes: Int = defaultMaxNodes) -> Diagram? {
        guard let document = graph.documents[id] else { return nil }
        let cut = GraphCut(maxNodes: maxNodes).apply(to: graph.subgraph(document: id))
        return Diagram(
            kind: .report(id), graph: cut.graph, name: "report \(id.rawValue)",
            title: "\(document.fileName): \(document.title)", notes: cut.note.map { [$0] } ?? [])
    }

    /// The network within `depth` relations of `center`, nearest and strongest first when it
    /// has to be cut; the centre is drawn with a thick outline. `nil` for an unknown entity.
    ///
    /// Pass a ``GraphIndex`` built once when drawing many ego networks of one graph.
    public static func ego(of center: EntityID, in index: GraphIndex, depth: Int, maxNodes: Int = defaultMaxNodes) -> Diagram? {
        let graph = index.graph
        guard let entity = graph.entities[center], let neighborhood = index.neighbors(of: center, NeighborQuery(depth: depth)) else { return nil }
        let order = [center] + neighborhood.neighbors.map(\.entity.id)
        let cut = GraphCut(maxNodes: maxNodes).apply(to: graph.subgraph(keeping: Set(order)), priority: order)
        return Diagram(
            kind: .ego(center, depth: depth), graph: cut.graph, name: "ego \(center.rawValue)",
            title: "\(entity.name): \(depth == 1 ? "direct links" : "within \(depth) links")",
            notes: cut.note.map { [$0] } ?? [], focus: center)
    }

    /// The ego network of `center` in `graph`, indexing the graph first.
    public static func ego(of center: EntityID, in graph: EntityGraph, depth: Int, maxNodes: Int = defaultMaxNodes) -> Diagram? {
        ego(of: center, in: GraphIndex(graph), depth: depth, maxNodes: maxNodes)
    }

    /// The events left to right by date (undated last), each with the places and
    /// participants its typed relations name. Co-mentions are left out: they would tie
    /// the columns together without saying anything about the events.
    ///
    /// When there are more than `maxNodes` entities, the most important events are kept
    /// (at most half the budget) and their attachments fill the rest.
    public static func timeline(of graph: EntityGraph, maxNodes: Int = defaultMaxNodes) -> Diagram {
        let ranked = graph.entitiesByImportance()
        let events = ranked.filter { graph.entities[$0]?.kind == .event }
        var attached: Set<EntityID> = []
        for event in events {
            for relation in graph.relations(of: event) where relation.kind.isTyped {
                attached.insert(relation.otherEnd(from: event))
            }
        }
        let eventSet = Set(events)
        var timeline = EntityGraph()
        let kept = eventSet.union(attached)
        for id in kept.sorted() {
            if let entity = graph.entities[id] { timeline.add(entity) }
        }
        for document in graph.sortedDocuments { timeline.add(document) }
        for relation in graph.sortedRelations
        where relation.kind.isTyped && kept.contains(relation.source) && kept.contains(relation.target)
            && (eventSet.contains(relation.source) || eventSet.contains(relation.target) || relation.kind == .locatedIn)
        {
            try? timeline.add(relation)  // both ends are in `kept`
        }
        var notes: [String] = []
        var drawn = timeline
        if timeline.entities.count > maxNodes {
            let keptEvents = Array(events.prefix(max(maxNodes / 2, 1)))
            let keptEventSet = Set(keptEvents)
            let attachments = ranked.filter { id in
                attached.contains(id) && !eventSet.contains(id)
                    && timeline.relations(of: id).contains { keptEventSet.contains($0.otherEnd(from: id)) }
            }
            let cut = GraphCut(maxNodes: maxNodes).apply(to: timeline, priority: keptEvents + attachments)
            drawn = cut.graph
            // Events beyond the budget must not slip back in through the importance fill-up.
            let extra = Set(drawn.entities.keys).filter { eventSet.contains($0) && !keptEventSet.contains($0) }
            if !extra.isEmpty { drawn = drawn.subgraph(keeping: Set(drawn.entities.keys).subtracting(extra)) }
            notes.append(GraphCut.note(original: timeline, drawn: drawn))
        }
        let count = drawn.entities.values.filter { $0.kind == .event }.count
        return Diagram(
            kind: .timeline, graph: drawn, name: "timeline",
            title: "Timeline: \(count) event\(count == 1 ? "" : "s") by date", notes: notes)
    }

    /// Any part of the graph chosen elsewhere (a path between two entities, the answer to
    /// a query), drawn in the same visual language; cut like the overview if too large.
    public static func subgraph(
        _ graph: EntityGraph, name: String, title: String, focus: EntityID? = nil, maxNodes: Int = defaultMaxNodes
    ) -> Diagram {
        let cut = GraphCut(maxNodes: maxNodes).apply(to: graph, priority: focus.map { [$0] })
        return Diagram(kind: .subgraph, graph: cut.graph, name: name, title: title, notes: cut.note.map { [$0] } ?? [], focus: focus)
    }
}
