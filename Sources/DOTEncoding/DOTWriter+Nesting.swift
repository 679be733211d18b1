import GraphCore

extension DOTWriter {
    /// Writes the nodes with each entity inside a box (a cluster) for the entity
    /// `located_in` puts it in, boxes nested as deep as the containment goes: a province's
    /// box holds its counties' boxes, which hold their towns.
    ///
    /// Only containers and contents that are both in the diagram count; see
    /// ``EntityGraph/containers()`` for how an entity in two places gets one box.
    ///
    /// - Complexity: O(V log V + E log E).
    func writeNestedNodes(_ diagram: DOTDiagram, ids: _ElementIDs, into out: inout String) {
        let graph = diagram.graph
        var children: [EntityID: [Entity]] = [:]
        var contained: Set<EntityID> = []
        for (child, parent) in graph.containers() {
            guard let entity = graph.entities[child] else { continue }
            children[parent, default: []].append(entity)
            contained.insert(child)
        }
        var clusterCount = 0
        func write(_ entity: Entity, depth: Int) {
            let indent = String(repeating: "  ", count: depth + 1)
            let node = "\(DOTEscaping.quoted(entity.id.rawValue)) \(nodeAttributes(entity, in: diagram, ids: ids));\n"
            guard let inside = children[entity.id] else {
                out += indent + node
                return
            }
            out += indent + "subgraph \(DOTEscaping.quoted("cluster_" + entity.id.rawValue)) {\n"
            out += indent + "  graph \(containerAttributes(entity, depth: depth, count: inside.count, in: diagram, id: ids.named("c\(clusterCount)")));\n"
            clusterCount += 1
            out += indent + "  " + node
            for child in inside.sorted(by: { $0.id < $1.id }) {
                write(child, depth: depth + 1)
            }
            out += indent + "}\n"
        }
        for entity in graph.sortedEntities where !contained.contains(entity.id) {
            write(entity, depth: 0)
        }
    }

    /// The box of a container: a pale tint that deepens with nesting, the container's name
    /// in small text at its top, and a tooltip saying what it holds.
    func containerAttributes(_ entity: Entity, depth: Int, count: Int, in diagram: DOTDiagram, id: String?) -> _DOTAttributes {
        var attributes = _DOTAttributes([
            "class": DOTEscaping.quoted("container"),
            "color": DOTEscaping.quoted(style.containerColor),
            "fillcolor": DOTEscaping.quoted(style.containerFill(depth: depth)),
            "fontcolor": DOTEscaping.quoted(style.containerColor),
            "fontsize": _DOTNumber.quoted(style.edgeFontSize),
            "label": DOTEscaping.label(entity.name),
            "labeljust": DOTEscaping.quoted("l"),
            "style": DOTEscaping.quoted("filled,rounded"),
            "tooltip": DOTEscaping.tooltip("in \(entity.name): \(count == 1 ? "1 entity" : "\(count) entities")"),
        ])
        if let link = diagram.entityLink?(entity.id) { attributes["URL"] = DOTEscaping.quoted(link) }
        if let id { attributes["id"] = DOTEscaping.quoted(id) }
        return attributes
    }
}
