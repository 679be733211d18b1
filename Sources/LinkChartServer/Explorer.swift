import Diagrams
import GraphCore
import GraphQuery
import HTMLIndex

/// Everything the server answers from: the graph and its index, loaded once at start, the
/// reports' texts, and the diagrams drawn so far.
///
/// The graph does not change while the server runs, so the explorer is shared by every
/// request without locks; only the diagram cache has one.
public struct Explorer: Sendable {
    /// The graph, indexed for the queries.
    public let index: GraphIndex
    /// Fuzzy name search over the same graph, built once.
    let nameSearch: NameSearch
    /// Each report's full text (header lines included, so mention offsets index it).
    /// Reports without one show their diagram and evidence only.
    public let texts: [DocumentID: String]
    /// Entities by importance, most important first: the home page and the suggestions.
    let ranked: [EntityID]
    /// What every search box suggests (a `<datalist>`): the names and aliases of the most
    /// important entities, each alias labelled with the name it stands for.
    let suggestions: [Suggestion]
    /// Diagrams drawn so far.
    let diagrams: DiagramCache
    /// The largest number of entities drawn in one diagram.
    public var maxNodes = Diagram.defaultMaxNodes

    /// Indexes `graph` for the server; `texts` are the reports' texts by identifier.
    ///
    /// - Parameters:
    ///   - suggestionLimit: how many entities (the most important) the search boxes suggest, by
    ///     name and alias.
    ///   - diagramCacheCapacity: how many rendered diagrams are kept; 0 draws every one anew.
    public init(graph: EntityGraph, texts: [DocumentID: String], suggestionLimit: Int = 500, diagramCacheCapacity: Int = 512) {
        index = GraphIndex(graph)
        nameSearch = NameSearch(index)
        self.texts = texts
        ranked = graph.entitiesByImportance()
        suggestions = Suggestion.list(for: ranked.prefix(suggestionLimit).compactMap { graph.entities[$0] })
        diagrams = DiagramCache(capacity: diagramCacheCapacity)
    }

    /// The graph served.
    public var graph: EntityGraph { index.graph }

    /// The entity a user means by `name` (an id, a name or an alias).
    ///
    /// - Throws: ``ServerError/noEntity(name:suggestions:)`` with the closest names, or
    ///   ``ServerError/ambiguous(name:candidates:)`` when several entities go by it.
    func resolve(_ name: String) throws(ServerError) -> Entity {
        switch index.lookup(name) {
        case .found(let entity): return entity
        case .ambiguous(let candidates): throw .ambiguous(name: name, candidates: candidates)
        case .notFound(let suggestions): throw .noEntity(name: name, suggestions: suggestions)
        }
    }

    /// `diagram` as an inline `<svg>` element whose nodes link to entity pages and whose
    /// lines link to report pages; drawn once per `key` and then kept. `nil` when there is
    /// no diagram to draw (kept too, as an empty text).
    func svg(_ diagram: @autoclosure () -> Diagram?, key: String) throws(ServerError) -> String? {
        let graph = self.graph
        let svg = try diagrams.svg(key) { () throws(ServerError) -> String in
            guard let diagram = diagram() else { return "" }
            let links = DiagramLinks(
                elementIDPrefix: "d",
                entity: { graph.entities[$0] == nil ? nil : Links.entity($0) },
                document: { graph.documents[$0] == nil ? nil : Links.report($0) })
            do {
                let rendered = try diagram.render(format: .svg, links: links)
                return InlineSVG.embed(String(decoding: rendered.bytes, as: UTF8.self), linkedPage: nil)
            } catch {
                throw .renderFailed(String(describing: error))
            }
        }
        return svg.isEmpty ? nil : svg
    }
}
