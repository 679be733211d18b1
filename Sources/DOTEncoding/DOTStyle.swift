import GraphCore

// `log2` for pen widths.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// How a link chart looks: one shape and colour per entity kind, one line style per kind
/// of relation, and the graph-wide font and layout hints.
///
/// The default uses the Okabe–Ito palette, which stays distinguishable with the common
/// forms of colour blindness, and draws black text on every fill so labels stay legible.
/// Shapes differ per kind too, so the chart still reads in greyscale print.
///
/// Colours are DOT colour strings (`"#E69F00"`, `"gray40"`); shapes and styles are DOT
/// names (`"hexagon"`, `"filled,rounded"`). They are written as given, without checking.
public struct DOTStyle: Sendable, Hashable {
    /// How the nodes of one entity kind are drawn.
    public struct NodeStyle: Sendable, Hashable {
        /// The DOT `shape`.
        public var shape: String
        /// The DOT `style`; should include `filled` for ``fillColor`` to show.
        public var style: String
        /// The DOT `fillcolor`.
        public var fillColor: String
        /// The DOT `fontcolor` of the label.
        public var fontColor: String

        /// A node look; the defaults give filled shapes with black text.
        public init(shape: String, style: String = "filled", fillColor: String, fontColor: String = "#000000") {
            self.shape = shape
            self.style = style
            self.fillColor = fillColor
            self.fontColor = fontColor
        }
    }

    /// How the edges of one kind of relation are drawn.
    public struct EdgeStyle: Sendable, Hashable {
        /// The DOT `style` (`solid`, `dashed`, `dotted`).
        public var style: String
        /// The DOT `color` of the line.
        public var color: String
        /// The DOT `fontcolor` of the label.
        public var fontColor: String
        /// Whether the edge carries the relation type as a label.
        public var isLabelled: Bool
        /// Whether the edge has an arrowhead at its target (`dir=none` otherwise).
        public var isDirected: Bool

        /// An edge look.
        public init(style: String, color: String, fontColor: String, isLabelled: Bool, isDirected: Bool) {
            self.style = style
            self.color = color
            self.fontColor = fontColor
            self.isLabelled = isLabelled
            self.isDirected = isDirected
        }
    }

    /// The font of every label. Graphviz resolves it through fontconfig, so text metrics
    /// (and SVG coordinates) depend on the fonts installed.
    public var fontName: String
    /// The size of node labels, in points.
    public var nodeFontSize: Double
    /// The size of edge labels, in points.
    public var edgeFontSize: Double
    /// The size of the graph title, in points.
    public var titleFontSize: Double
    /// The `rankdir` for the `dot` engine (`LR` reads left to right); other engines ignore it.
    public var rankDirection: String
    /// The `splines` value. Curved edges that avoid nodes (`true`) suit `dot`, which routes
    /// them quickly. The force-directed engines route them so slowly on large graphs (41 s
    /// for 266 nodes and 856 edges with `sfdp`, against 0.2 s for straight lines) that
    /// `line` is the choice there.
    public var edgeRouting = "true"
    /// Node styles by entity kind.
    public var nodes: [EntityKind: NodeStyle]
    /// The fallback for a kind missing from ``nodes``.
    public var defaultNode: NodeStyle
    /// Relations that say how their ends are related (`located_in`, `occurred_in`).
    public var typedRelation: EdgeStyle
    /// Co-mentions: only evidence that two entities appear in one sentence, so drawn
    /// faint, dashed, without arrow or label, to never read as a stated relation.
    public var coMention: EdgeStyle
    /// The thickest line drawn, however many sentences support a relation.
    public var maximumPenWidth: Double
    /// Evidence sentences in edge tooltips are cut to about this many characters.
    public var evidenceExcerptLength: Int
    /// Edge tooltips quote at most this many evidence sentences, then say how many more.
    public var evidenceSentenceLimit = 3
    /// Report-local people known only by a role ("the mother", "a smuggler": a person whose
    /// category is `role`): the person shape in a lighter fill with a dashed outline and
    /// grey text, so they read as less certain than named people.
    public var roleNode = NodeStyle(
        shape: "box", style: "filled,rounded,dashed", fillColor: "#F7DDA8", fontColor: "#555555")
    /// The outline of the entity an ego network is centred on.
    public var focusPenWidth = 3.0
    /// Fills of the boxes that nest places in their container, outermost first; deeper
    /// boxes reuse the last. Pale tints of the place blue, so the boxes read as areas.
    public var containerFills = ["#F1F8FD", "#E0F0FA", "#CFE7F7"]
    /// The outline and label colour of those boxes.
    public var containerColor = "#3C8DBC"
    /// The date boxes along a timeline's spine.
    public var timelineDate = NodeStyle(shape: "box", style: "filled,bold", fillColor: "#FFFFFF", fontColor: "#000000")
    /// The line joining the dates of a timeline.
    public var timelineSpineColor = "#000000"

    /// A complete style; start from ``default`` and change fields to vary one aspect.
    public init(
        fontName: String, nodeFontSize: Double, edgeFontSize: Double, titleFontSize: Double,
        rankDirection: String, nodes: [EntityKind: NodeStyle], defaultNode: NodeStyle,
        typedRelation: EdgeStyle, coMention: EdgeStyle, maximumPenWidth: Double,
        evidenceExcerptLength: Int
    ) {
        self.fontName = fontName
        self.nodeFontSize = nodeFontSize
        self.edgeFontSize = edgeFontSize
        self.titleFontSize = titleFontSize
        self.rankDirection = rankDirection
        self.nodes = nodes
        self.defaultNode = defaultNode
        self.typedRelation = typedRelation
        self.coMention = coMention
        self.maximumPenWidth = maximumPenWidth
        self.evidenceExcerptLength = evidenceExcerptLength
    }

    /// linkchart's look: Okabe–Ito fills, black text, Helvetica.
    ///
    /// | kind   | shape            | fill      |
    /// |--------|------------------|-----------|
    /// | person | rounded box      | `#E69F00` |
    /// | place  | ellipse          | `#56B4E9` |
    /// | agency | hexagon          | `#009E73` |
    /// | event  | octagon          | `#CC79A7` |
    public static let `default` = DOTStyle(
        fontName: "Helvetica",
        nodeFontSize: 12,
        edgeFontSize: 10,
        titleFontSize: 16,
        rankDirection: "LR",
        nodes: [
            .person: NodeStyle(shape: "box", style: "filled,rounded", fillColor: "#E69F00"),
            .place: NodeStyle(shape: "ellipse", fillColor: "#56B4E9"),
            .agency: NodeStyle(shape: "hexagon", fillColor: "#009E73"),
            .event: NodeStyle(shape: "octagon", fillColor: "#CC79A7"),
        ],
        defaultNode: NodeStyle(shape: "box", fillColor: "#F0F0F0"),
        typedRelation: EdgeStyle(
            style: "solid", color: "#333333", fontColor: "#333333", isLabelled: true, isDirected: true),
        coMention: EdgeStyle(
            style: "dashed", color: "#999999", fontColor: "#666666", isLabelled: false, isDirected: false),
        maximumPenWidth: 5,
        evidenceExcerptLength: 200
    )

    /// The style of the nodes of `kind`.
    public func node(_ kind: EntityKind) -> NodeStyle {
        nodes[kind] ?? defaultNode
    }

    /// The style of `entity`'s node: its kind's, or ``roleNode`` for a role person.
    public func node(for entity: Entity) -> NodeStyle {
        entity.isRolePerson ? roleNode : node(entity.kind)
    }

    /// The fill of a container box nested `depth` boxes deep (0 for the outermost).
    public func containerFill(depth: Int) -> String {
        containerFills.isEmpty ? "#FFFFFF" : containerFills[min(max(depth, 0), containerFills.count - 1)]
    }

    /// The style of the edges of `kind`: ``typedRelation`` for every kind that says how its
    /// ends are related, ``coMention`` for co-mentions.
    public func edge(_ kind: RelationKind) -> EdgeStyle {
        kind.isTyped ? typedRelation : coMention
    }

    /// The line width for a relation supported by `weight` sentences: `1 + log2(weight)`,
    /// at most ``maximumPenWidth``, so one sentence draws a hairline and the strongest
    /// links stand out without swamping the chart.
    public func penWidth(weight: Int) -> Double {
        min(1 + log2(Double(max(weight, 1))), maximumPenWidth)
    }
}

extension Entity {
    /// Whether the entity is a person the report names only by a role (``Entity/isRole``,
    /// or category `role` in graphs written before the flag).
    public var isRolePerson: Bool { kind == .person && (isRole || category == "role") }
}
