import GraphCore

extension DOTWriter {
    /// Writes a timeline's spine: one box per date, left to right in date order (undated
    /// last), joined by a bold line, with each date's events held in the same column.
    ///
    /// The spine's edges are two ranks long, so the column between two dates is free for
    /// the places and participants attached to the events on either side.
    func writeTimeline(_ diagram: DOTDiagram, ids: _ElementIDs, into out: inout String) {
        let slots = diagram.graph.timeline()
        let look = style.timelineDate
        for (index, slot) in slots.enumerated() {
            let date = DOTEscaping.quoted(Self.timelineNodeID(index))
            var attributes = _DOTAttributes([
                "class": DOTEscaping.quoted("timeline-date"),
                "fillcolor": DOTEscaping.quoted(look.fillColor),
                "fontcolor": DOTEscaping.quoted(look.fontColor),
                "label": DOTEscaping.label(slot.label),
                "shape": DOTEscaping.quoted(look.shape),
                "style": DOTEscaping.quoted(look.style),
                "tooltip": DOTEscaping.tooltip(
                    "\(slot.label): \(slot.events.count == 1 ? "1 event" : "\(slot.events.count) events")"),
            ])
            if let id = ids.named("t\(index)") { attributes["id"] = DOTEscaping.quoted(id) }
            out += "  \(date) \(attributes);\n"
            let column = ([Self.timelineNodeID(index)] + slot.events.map(\.rawValue)).map(DOTEscaping.quoted)
            out += "  { rank=\"same\"; \(column.joined(separator: "; ")); }\n"
        }
        for index in slots.indices.dropLast() {
            var attributes = _DOTAttributes([
                "class": DOTEscaping.quoted("timeline-spine"),
                "color": DOTEscaping.quoted(style.timelineSpineColor),
                "minlen": DOTEscaping.quoted("2"),
                "penwidth": _DOTNumber.quoted(style.maximumPenWidth),
                "weight": DOTEscaping.quoted("100"),
            ])
            if let id = ids.named("s\(index)") { attributes["id"] = DOTEscaping.quoted(id) }
            out += "  \(DOTEscaping.quoted(Self.timelineNodeID(index))) -> \(DOTEscaping.quoted(Self.timelineNodeID(index + 1))) \(attributes);\n"
        }
    }

    /// The node of the `index`-th date; the `timeline:` prefix is no entity kind, so it
    /// never clashes with an entity identifier.
    static func timelineNodeID(_ index: Int) -> String {
        "timeline:\(index)"
    }
}
