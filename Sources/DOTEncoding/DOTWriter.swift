import GraphCore

/// Writes an ``EntityGraph`` as DOT text, the input language of Graphviz.
///
/// The output is deterministic, so it can be committed, diffed and compared with golden
/// files byte for byte:
/// - nodes come in entity-identifier order and edges in relation-identifier order;
/// - the attributes of every statement are sorted by name;
/// - every identifier and value is a quoted string (see ``DOTEscaping``), numbers are
///   written with at most two decimals, and the graph is always named.
///
/// The graph is a `digraph` so that typed relations (`located_in`, `occurred_in`) point
/// from subject to object; co-mentions, which have no direction, are drawn with `dir=none`.
/// The writer knows nothing of layout or rendering: hand its text to a Graphviz renderer.
public struct DOTWriter: Sendable {
    /// The look of the chart.
    public var style: DOTStyle

    /// A writer drawing in `style`.
    public init(style: DOTStyle = .default) {
        self.style = style
    }

    /// DOT text for the graph drawn as a plain network; `name` names the graph (never
    /// anonymous); `title` becomes a graph label if non-nil.
    ///
    /// Graphviz gives anonymous graphs process-global names (`%3`), which leak into SVG
    /// output; an empty `name` is therefore replaced by `linkchart`.
    ///
    /// - Complexity: O((V + E) log(V + E)) for sorting, plus the size of the text.
    public func encode(_ graph: EntityGraph, name: String, title: String? = nil) -> String {
        encode(DOTDiagram(graph: graph, name: name, title: title))
    }

    /// DOT text for one diagram: its nodes (nested or along a timeline, as the diagram's
    /// arrangement says), its edges, and its legend.
    ///
    /// - Complexity: O((V + E) log(V + E)) for sorting, plus the size of the text.
    public func encode(_ diagram: DOTDiagram) -> String {
        let graph = diagram.graph
        let ids = _ElementIDs(prefix: diagram.elementIDPrefix, entities: graph.sortedEntities.map(\.id))
        var out = "digraph \(DOTEscaping.quoted(diagram.name.isEmpty ? "linkchart" : diagram.name)) {\n"
        out += "  graph \(graphAttributes(diagram, ids: ids));\n"
        out += "  node \(fontAttributes(size: style.nodeFontSize));\n"
        out += "  edge \(fontAttributes(size: style.edgeFontSize));\n"
        switch diagram.arrangement {
        case .network, .timeline:
            for entity in graph.sortedEntities {
                out += "  \(DOTEscaping.quoted(entity.id.rawValue)) \(nodeAttributes(entity, in: diagram, ids: ids));\n"
            }
        case .nestedPlaces:
            writeNestedNodes(diagram, ids: ids, into: &out)
        }
        for (index, relation) in graph.sortedRelations.enumerated() {
            let source = DOTEscaping.quoted(relation.source.rawValue)
            let target = DOTEscaping.quoted(relation.target.rawValue)
            var attributes = edgeAttributes(relation)
            if let id = ids.edge(index) { attributes["id"] = DOTEscaping.quoted(id) }
            if let first = relation.evidence.first, let link = diagram.documentLink?(first.document) {
                attributes["URL"] = DOTEscaping.quoted(link)
            }
            out += "  \(source) -> \(target) \(attributes);\n"
        }
        if diagram.arrangement == .timeline {
            writeTimeline(diagram, ids: ids, into: &out)
        }
        switch diagram.legend {
        case .none: break
        case .cluster: writeLegendCluster(diagram, ids: ids, into: &out)
        case .table: writeLegendTable(ids: ids, into: &out)
        }
        out += "}\n"
        return out
    }

    /// The default font of node or edge labels.
    func fontAttributes(size: Double) -> _DOTAttributes {
        _DOTAttributes(["fontname": DOTEscaping.quoted(style.fontName), "fontsize": _DOTNumber.quoted(size)])
    }

    /// Graph-wide attributes: font, title and notes, and hints that keep layouts readable
    /// (no overlapping nodes, curved edges that avoid nodes, edges drawn under nodes).
    func graphAttributes(_ diagram: DOTDiagram, ids: _ElementIDs) -> _DOTAttributes {
        var attributes = _DOTAttributes([
            "fontname": DOTEscaping.quoted(style.fontName),
            "outputorder": DOTEscaping.quoted("edgesfirst"),
            "overlap": DOTEscaping.quoted("false"),
            "rankdir": DOTEscaping.quoted(diagram.arrangement == .timeline ? "LR" : style.rankDirection),
            "splines": DOTEscaping.quoted(style.edgeRouting),
        ])
        let heading = (diagram.title.map { [$0] } ?? []) + diagram.notes
        if !heading.isEmpty {
            attributes["fontsize"] = _DOTNumber.quoted(style.titleFontSize)
            attributes["label"] = DOTEscaping.label(heading.joined(separator: "\n"))
            attributes["labelloc"] = DOTEscaping.quoted("t")
        }
        if diagram.arrangement != .network {
            // Ranks the whole graph at once, so the timeline's `rank=same` groups and spine
            // hold across it. It also avoids a crash of libgvc 2.43: with the old per-cluster
            // ranking, labelled edges into nested clusters end in a double free.
            attributes["newrank"] = DOTEscaping.quoted("true")
        }
        if let id = ids.graph { attributes["id"] = DOTEscaping.quoted(id) }
        return attributes
    }

    /// A node: its name as the label, its look, a tooltip with the details, and the link
    /// and element id the diagram asks for.
    func nodeAttributes(_ entity: Entity, in diagram: DOTDiagram, ids: _ElementIDs) -> _DOTAttributes {
        var attributes = nodeAttributes(entity)
        if entity.id == diagram.focus {
            attributes["penwidth"] = _DOTNumber.quoted(style.focusPenWidth)
        }
        if let link = diagram.entityLink?(entity.id) {
            attributes["URL"] = DOTEscaping.quoted(link)
        }
        if let id = ids.node(entity.id) { attributes["id"] = DOTEscaping.quoted(id) }
        return attributes
    }

    /// A node's look and text: its name as the label, the kind's look (lighter for a role
    /// person), and a tooltip with the details.
    func nodeAttributes(_ entity: Entity) -> _DOTAttributes {
        let look = style.node(for: entity)
        return _DOTAttributes([
            "class": DOTEscaping.quoted(entity.isRolePerson ? "person role" : entity.kind.rawValue),
            "fillcolor": DOTEscaping.quoted(look.fillColor),
            "fontcolor": DOTEscaping.quoted(look.fontColor),
            "label": DOTEscaping.label(entity.name),
            "shape": DOTEscaping.quoted(look.shape),
            "style": DOTEscaping.quoted(look.style),
            "tooltip": DOTEscaping.tooltip(Self.tooltip(for: entity)),
        ])
    }

    /// An edge: typed relations solid and labelled, co-mentions dashed and bare; thicker
    /// the more sentences support it.
    func edgeAttributes(_ relation: Relation) -> _DOTAttributes {
        let look = style.edge(relation.kind)
        var attributes = _DOTAttributes([
            "class": DOTEscaping.quoted(relation.kind.rawValue),
            "color": DOTEscaping.quoted(look.color),
            "penwidth": _DOTNumber.quoted(style.penWidth(weight: relation.weight)),
            "style": DOTEscaping.quoted(look.style),
            "tooltip": DOTEscaping.tooltip(
                Self.tooltip(
                    for: relation, excerptLength: style.evidenceExcerptLength,
                    sentenceLimit: style.evidenceSentenceLimit)),
        ])
        // Family reads the same both ways: a line without an arrow, but labelled.
        if !look.isDirected || relation.kind.isSymmetric {
            attributes["dir"] = DOTEscaping.quoted("none")
        }
        if look.isLabelled {
            attributes["fontcolor"] = DOTEscaping.quoted(look.fontColor)
            attributes["label"] = DOTEscaping.label(Self.phrase(relation.kind))
        }
        return attributes
    }
}

/// The SVG element ids of one diagram's nodes, edges and boxes: `<prefix>-n<i>` for the
/// i-th entity in identifier order, `<prefix>-e<i>` for edges, `<prefix>-<name>` for the
/// rest. All `nil` when the diagram has no prefix, leaving Graphviz's own ids.
struct _ElementIDs {
    let prefix: String?
    private let nodeIndex: [EntityID: Int]

    init(prefix: String?, entities: [EntityID]) {
        self.prefix = prefix
        var index: [EntityID: Int] = [:]
        if prefix != nil {
            for (position, id) in entities.enumerated() { index[id] = position }
        }
        nodeIndex = index
    }

    var graph: String? { prefix }
    func node(_ id: EntityID) -> String? { nodeIndex[id].flatMap { named("n\($0)") } }
    func edge(_ index: Int) -> String? { named("e\(index)") }
    func named(_ suffix: String) -> String? { prefix.map { "\($0)-\(suffix)" } }
}

/// An attribute list whose values are already DOT-quoted, written sorted by name.
struct _DOTAttributes: CustomStringConvertible {
    private var values: [String: String]

    init(_ values: [String: String]) { self.values = values }

    subscript(name: String) -> String? {
        get { values[name] }
        set { values[name] = newValue }
    }

    /// `[a="1", b="2"]`.
    var description: String {
        "[" + values.keys.sorted().map { "\($0)=\(values[$0] ?? "\"\"")" }.joined(separator: ", ") + "]"
    }
}

/// Numbers as DOT attribute values: rounded to two decimals, without trailing zeros and
/// without locale, so `2.584962…` is always written `"2.58"` and `12.0` is `"12"`.
enum _DOTNumber {
    /// `value` as DOT writes it, unquoted.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let whole = magnitude / 100
        let fraction = magnitude % 100
        switch fraction {
        case 0: return "\(sign)\(whole)"
        case let f where f % 10 == 0: return "\(sign)\(whole).\(f / 10)"
        case let f where f < 10: return "\(sign)\(whole).0\(f)"
        default: return "\(sign)\(whole).\(fraction)"
        }
    }

    /// `value` as a quoted DOT attribute value.
    static func quoted(_ value: Double) -> String {
        DOTEscaping.quoted(format(value))
    }
}
