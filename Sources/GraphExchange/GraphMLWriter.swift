import GraphCore

/// Writes a graph as GraphML, the XML format that Gephi, yEd, Cytoscape and networkx read.
///
/// Every entity is a `<node>` and every relation an `<edge>`, identified by their linkchart
/// identifiers. Their properties are `<data>` values of typed `<key>`s (see
/// ``ExchangeAttribute``): for nodes `label`, `kind`, `category`, `trigger`, `date`,
/// `aliases`, `mentions` and `reports`; for edges `relation`, `weight`, `reports`,
/// `outlets`, `single_source`, `symmetric` and `evidence`. GraphML has no list type, so
/// aliases and evidence are JSON arrays in a string.
///
/// The graph is declared directed, since most relation types are; `symmetric` marks the
/// co-mentions and family links that read both ways. Per-edge `directed="false"` would be
/// truer to GraphML but makes a mixed graph, which networkx and Gephi's importer reject or
/// flatten. Output is deterministic: nodes and edges in identifier order.
public struct GraphMLWriter: Sendable {
    public init() {}

    /// The GraphML document for `graph`, ending with a newline.
    ///
    /// - Complexity: O(V + E) plus the size of the evidence.
    public func encode(_ graph: EntityGraph) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        out.reserveCapacity(400 * (graph.entities.count + graph.relations.count) + 4096)
        for attribute in ExchangeAttribute.node { key(attribute, for: "node", to: &out) }
        for attribute in ExchangeAttribute.edge { key(attribute, for: "edge", to: &out) }
        out += "  <graph id=\"linkchart\" edgedefault=\"directed\">\n"
        for entity in graph.sortedEntities {
            out += "    <node id=\""
            XMLEscaping.append(entity.id.rawValue, to: &out)
            out += "\">\n"
            data(ExchangeAttribute.values(of: entity), ExchangeAttribute.node, prefix: "n_", to: &out)
            out += "    </node>\n"
        }
        for relation in graph.sortedRelations {
            out += "    <edge id=\""
            XMLEscaping.append(relation.id, to: &out)
            out += "\" source=\""
            XMLEscaping.append(relation.source.rawValue, to: &out)
            out += "\" target=\""
            XMLEscaping.append(relation.target.rawValue, to: &out)
            out += "\">\n"
            data(ExchangeAttribute.values(of: relation, documents: graph.documents), ExchangeAttribute.edge, prefix: "e_", to: &out)
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    /// A `<key>` declaration; its id is the name with `n_` or `e_` in front, since nodes
    /// and edges both have a `reports` key.
    private func key(_ attribute: ExchangeAttribute, for domain: String, to out: inout String) {
        let type = switch attribute.type {
        case .string: "string"
        case .int: "int"
        case .double: "double"
        case .boolean: "boolean"
        }
        out += "  <key id=\"\(domain.prefix(1))_\(attribute.name)\" for=\"\(domain)\" attr.name=\"\(attribute.name)\" attr.type=\"\(type)\">\n"
        out += "    <desc>"
        XMLEscaping.append(attribute.summary, to: &out)
        out += "</desc>\n  </key>\n"
    }

    private func data(_ values: [String?], _ attributes: [ExchangeAttribute], prefix: String, to out: inout String) {
        for (attribute, value) in zip(attributes, values) {
            guard let value else { continue }
            out += "      <data key=\"\(prefix)\(attribute.name)\">"
            XMLEscaping.append(value, to: &out)
            out += "</data>\n"
        }
    }
}
