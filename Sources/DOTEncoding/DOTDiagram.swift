import GraphCore

/// One diagram to draw: the part of the graph it shows and how to arrange it.
///
/// Choosing *what* to show (one report, an ego network, the most important entities) is the
/// caller's job; this value only says how the chosen graph is drawn, so every kind of
/// diagram shares one visual language.
public struct DOTDiagram: Sendable {
    /// How nodes are placed relative to each other.
    public enum Arrangement: Sendable, Hashable {
        /// A plain link chart: nodes and edges only.
        case network
        /// A link chart where each entity that `located_in` puts inside another is drawn
        /// inside a box for that container (a province's box holds its counties). Only the
        /// `dot` and `fdp` engines draw such boxes (clusters).
        case nestedPlaces
        /// Events left to right by date along a spine of dates, with their places and
        /// participants beside them; undated events last. Meant for the `dot` engine.
        case timeline
    }

    /// Where the legend goes.
    public enum Legend: Sendable, Hashable {
        /// No legend.
        case none
        /// A boxed cluster of sample nodes and edges drawn in the real shapes and lines;
        /// for engines that draw clusters (`dot`, `fdp`).
        case cluster
        /// One node holding a table of colour swatches and line styles; for engines that
        /// ignore clusters (`sfdp`, `neato`), which would scatter the cluster's samples.
        case table
    }

    /// The entities and relations to draw.
    public var graph: EntityGraph
    /// The graph's name (never empty in the output): it becomes the SVG's `<title>`.
    public var name: String
    /// A heading drawn above the diagram.
    public var title: String?
    /// Lines drawn under the title, such as what was left out of a cut diagram.
    public var notes: [String]
    /// The entity an ego network is centred on, drawn with a double outline.
    public var focus: EntityID?
    /// How nodes are placed.
    public var arrangement: Arrangement
    /// Where the legend goes.
    public var legend: Legend
    /// When set, every node, edge and cluster gets an `id` starting with this prefix, so
    /// several SVGs can sit in one HTML page without clashing element ids. Letters, digits,
    /// `-` and `_` only.
    public var elementIDPrefix: String?
    /// The link each node carries (its SVG `<a xlink:href>`), or `nil` for none.
    public var entityLink: (@Sendable (EntityID) -> String?)?
    /// The link each edge carries: where to read the report of its first evidence sentence.
    public var documentLink: (@Sendable (DocumentID) -> String?)?

    /// A diagram of `graph`; by default a plain network without legend, notes or links.
    public init(
        graph: EntityGraph, name: String, title: String? = nil, notes: [String] = [],
        focus: EntityID? = nil, arrangement: Arrangement = .network, legend: Legend = .none,
        elementIDPrefix: String? = nil, entityLink: (@Sendable (EntityID) -> String?)? = nil,
        documentLink: (@Sendable (DocumentID) -> String?)? = nil
    ) {
        self.graph = graph
        self.name = name
        self.title = title
        self.notes = notes
        self.focus = focus
        self.arrangement = arrangement
        self.legend = legend
        self.elementIDPrefix = elementIDPrefix
        self.entityLink = entityLink
        self.documentLink = documentLink
    }
}
