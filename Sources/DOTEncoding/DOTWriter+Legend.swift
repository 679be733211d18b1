import GraphCore

extension DOTWriter {
    /// Writes the legend as a boxed cluster of sample nodes, one per entity kind (and one
    /// for role persons when the diagram has any), and sample edges for typed relations
    /// and co-mentions, drawn exactly as the diagram draws them.
    ///
    /// Sample identifiers start with `legend:`, which is no entity kind.
    func writeLegendCluster(_ diagram: DOTDiagram, ids: _ElementIDs, into out: inout String) {
        var cluster = _DOTAttributes([
            "class": DOTEscaping.quoted("legend"),
            "color": DOTEscaping.quoted("#BBBBBB"),
            "fontsize": _DOTNumber.quoted(style.edgeFontSize),
            "label": DOTEscaping.label("Legend"),
            "style": DOTEscaping.quoted("rounded"),
        ])
        if let id = ids.named("legend") { cluster["id"] = DOTEscaping.quoted(id) }
        out += "  subgraph \"cluster_legend\" {\n    graph \(cluster);\n"
        for sample in legendSamples(showingRoles: diagram.graph.entities.values.contains(where: \.isRolePerson)) {
            var attributes = _DOTAttributes([
                "class": DOTEscaping.quoted("legend"),
                "fillcolor": DOTEscaping.quoted(sample.look.fillColor),
                "fontcolor": DOTEscaping.quoted(sample.look.fontColor),
                "fontsize": _DOTNumber.quoted(style.edgeFontSize),
                "label": DOTEscaping.label(sample.name),
                "shape": DOTEscaping.quoted(sample.look.shape),
                "style": DOTEscaping.quoted(sample.look.style),
                "tooltip": DOTEscaping.tooltip(sample.meaning),
            ])
            if let id = ids.named("legend-\(sample.key)") { attributes["id"] = DOTEscaping.quoted(id) }
            out += "    \(DOTEscaping.quoted("legend:" + sample.key)) \(attributes);\n"
        }
        let edges: [(key: String, look: DOTStyle.EdgeStyle, label: String)] = [
            ("typed", style.typedRelation, "typed relation (its type)"),
            ("co", style.coMention, "co-mentioned"),
        ]
        for edge in edges {
            let ends = ["from", "to"].map { "legend:\(edge.key)-\($0)" }
            for end in ends {
                out += "    \(DOTEscaping.quoted(end)) [class=\"legend\", label=\"\", shape=\"point\", width=\"0.05\"];\n"
            }
            var attributes = _DOTAttributes([
                "class": DOTEscaping.quoted("legend"),
                "color": DOTEscaping.quoted(edge.look.color),
                "fontcolor": DOTEscaping.quoted(edge.look.fontColor),
                "label": DOTEscaping.label(edge.label),
                "style": DOTEscaping.quoted(edge.look.style),
                "tooltip": DOTEscaping.tooltip(
                    edge.look.isLabelled
                        ? "a stated relation, labelled with its type; thicker when more sentences support it"
                        : "named in the same sentence, nothing more; drawn without a label"),
            ])
            if !edge.look.isDirected { attributes["dir"] = DOTEscaping.quoted("none") }
            if let id = ids.named("legend-\(edge.key)") { attributes["id"] = DOTEscaping.quoted(id) }
            out += "    \(DOTEscaping.quoted(ends[0])) -> \(DOTEscaping.quoted(ends[1])) \(attributes);\n"
        }
        out += "  }\n"
    }

    /// Writes the legend as one node holding a table of colour swatches and line styles,
    /// for layouts that ignore clusters. Its text is fixed, so it needs no escaping beyond
    /// what the table's markup itself requires.
    func writeLegendTable(ids: _ElementIDs, into out: inout String) {
        var rows = "<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>"
        for sample in legendSamples(showingRoles: false) {
            rows += "<TR><TD BGCOLOR=\"\(sample.look.fillColor)\" WIDTH=\"24\"> </TD>"
                + "<TD ALIGN=\"LEFT\">\(sample.name): \(Self.shapeDescription(sample.look))</TD></TR>"
        }
        rows += "<TR><TD>———</TD><TD ALIGN=\"LEFT\">typed relation: solid, labelled with its type</TD></TR>"
        rows += "<TR><TD>- - -</TD><TD ALIGN=\"LEFT\">co-mentioned: dashed, unlabelled</TD></TR>"
        var attributes = _DOTAttributes([
            "class": DOTEscaping.quoted("legend"),
            "fontsize": _DOTNumber.quoted(style.edgeFontSize),
            "label": "<<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\" BGCOLOR=\"#FFFFFF\">\(rows)</TABLE>>",
            "shape": DOTEscaping.quoted("plain"),
        ])
        if let id = ids.named("legend") { attributes["id"] = DOTEscaping.quoted(id) }
        out += "  \"legend:table\" \(attributes);\n"
    }

    /// One sample node of the legend.
    struct LegendSample {
        var key: String
        var name: String
        var look: DOTStyle.NodeStyle
        var meaning: String
    }

    /// The entity kinds in their order, then the role person when asked for.
    func legendSamples(showingRoles: Bool) -> [LegendSample] {
        var samples = EntityKind.allCases.map { kind in
            LegendSample(key: kind.rawValue, name: kind.rawValue, look: style.node(kind),
                         meaning: "\(kind.rawValue): \(Self.shapeDescription(style.node(kind)))")
        }
        if showingRoles {
            samples.insert(
                LegendSample(key: "role", name: "person (role)", look: style.roleNode,
                             meaning: "a person the report names only by a role"),
                at: 1)
        }
        return samples
    }

    /// A shape in words: `box` with a `rounded` style is "rounded box".
    static func shapeDescription(_ look: DOTStyle.NodeStyle) -> String {
        look.style.split(separator: ",").contains("rounded") ? "rounded \(look.shape)" : look.shape
    }
}
