import DOTEncoding
import GraphCore
import GraphvizRendering

/// One picture of the graph: the entities and relations it shows, its heading, and how it
/// is arranged. Build one with ``overview(of:maxNodes:)``, ``report(_:in:maxNodes:)``,
/// ``ego(of:in:depth:maxNodes:)``, ``timeline(of:maxNodes:)`` or, for any part of the graph
/// chosen elsewhere (a path, a query's answer), ``subgraph(_:name:title:focus:maxNodes:)``;
/// then ``render(format:layout:links:)`` it.
///
/// Every kind shares one visual language (``DOTStyle``) and carries a legend. A diagram
/// cut to its most important nodes says in a note under its title what was left out.
public struct Diagram: Sendable {
    /// What the diagram is a picture of.
    public enum Kind: Sendable, Hashable {
        case overview
        case report(DocumentID)
        case ego(EntityID, depth: Int)
        case timeline
        case subgraph
    }

    /// The nodes most diagrams are cut to: about as many as a page can hold with legible
    /// labels. An ego network or report larger than this is cut too.
    public static let defaultMaxNodes = 120

    /// What the diagram is a picture of.
    public var kind: Kind
    /// What is drawn, after any cut.
    public var graph: EntityGraph
    /// The graph's name: the SVG's `<title>`.
    public var name: String
    /// The heading drawn above the diagram.
    public var title: String
    /// Lines under the heading, such as what a cut left out.
    public var notes: [String]
    /// The entity an ego network is centred on.
    public var focus: EntityID?

    /// A diagram of exactly these parts; the static builders are the usual way in.
    public init(kind: Kind, graph: EntityGraph, name: String, title: String, notes: [String] = [], focus: EntityID? = nil) {
        self.kind = kind
        self.graph = graph
        self.name = name
        self.title = title
        self.notes = notes
        self.focus = focus
    }

    /// The engine chosen by size and density (see ``LayoutChoice``).
    public var automaticLayout: LayoutEngine {
        LayoutChoice.automatic(nodes: graph.entities.count, edges: graph.relations.count, timeline: kind == .timeline)
    }

    /// The DOT text of the diagram as `engine` will lay it out: nested place boxes and a
    /// legend cluster for engines that draw clusters, straight edges and a legend table for
    /// the others.
    public func dot(engine: LayoutEngine, links: DiagramLinks? = nil) -> String {
        var style = DOTStyle.default
        let clusters = LayoutChoice.drawsClusters(engine)
        if engine != .dot { style.edgeRouting = "line" }
        let arrangement: DOTDiagram.Arrangement = kind == .timeline ? .timeline : (clusters ? .nestedPlaces : .network)
        let diagram = DOTDiagram(
            graph: graph, name: name, title: title, notes: notes, focus: focus, arrangement: arrangement,
            legend: clusters ? .cluster : .table, elementIDPrefix: links?.elementIDPrefix,
            entityLink: links?.entity, documentLink: links?.document)
        return DOTWriter(style: style).encode(diagram)
    }

    /// The diagram laid out by `layout` (or the automatic choice) and written as `format`.
    ///
    /// - Throws: ``DiagramError/graphviz(_:)`` when libgvc lacks the engine or format, or fails.
    public func render(format: DiagramFormat, layout: LayoutEngine? = nil, links: DiagramLinks? = nil) throws(DiagramError) -> Rendered {
        let engine = layout ?? automaticLayout
        let text = dot(engine: engine, links: links)
        guard let renderFormat = format.renderFormat else { return Rendered(bytes: Array(text.utf8), engine: engine) }
        do {
            return Rendered(bytes: try GraphvizRenderer().render(dot: text, layout: engine, format: renderFormat), engine: engine)
        } catch {
            throw .graphviz(error)
        }
    }

    /// A rendered diagram and the engine that laid it out.
    public struct Rendered: Sendable {
        public var bytes: [UInt8]
        public var engine: LayoutEngine
    }
}

/// Where a diagram's nodes and edges link to, and the prefix of its SVG element ids, so
/// that diagrams inlined in one HTML page link into it without clashing ids.
public struct DiagramLinks: Sendable {
    /// Prefix of every element id; letters, digits, `-` and `_`.
    public var elementIDPrefix: String?
    /// The link of an entity's node.
    public var entity: @Sendable (EntityID) -> String?
    /// The link of an edge: the report of its first evidence sentence.
    public var document: @Sendable (DocumentID) -> String?

    public init(
        elementIDPrefix: String?, entity: @escaping @Sendable (EntityID) -> String?,
        document: @escaping @Sendable (DocumentID) -> String?
    ) {
        self.elementIDPrefix = elementIDPrefix
        self.entity = entity
        self.document = document
    }
}
