import GraphCore

/// Writes a graph as GEXF 1.3, Gephi's own format, which networkx also reads.
///
/// GEXF rather than Cytoscape.js JSON: GEXF has a published XML schema and typed
/// attributes, Gephi (the tool analysts use for large link charts) opens it natively, and
/// Cytoscape desktop already reads the GraphML export; a Cytoscape.js page can read the
/// graph JSON contract with a few lines of code.
///
/// Each entity is a `<node>` whose `label` is its name; each relation an `<edge>` with the
/// relation type as `label` and `kind` (Gephi's edge type, so parallel relations between
/// two entities stay apart) and the number of supporting sentences as `weight`. The other
/// properties are `<attvalue>`s of the attributes declared in ``ExchangeAttribute`` (the
/// same names and types as in GraphML). The graph is directed; `symmetric` marks the
/// relations that read both ways, for the same reason as in ``GraphMLWriter``.
public struct GEXFWriter: Sendable {
    public init() {}

    /// The GEXF document for `graph`, ending with a newline.
    ///
    /// It carries no modification date, so the same graph always gives the same bytes.
    ///
    /// - Complexity: O(V + E) plus the size of the evidence.
    public func encode(_ graph: EntityGraph) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta>
                <creator>linkchart</creator>
                <description>
            """
        out.reserveCapacity(400 * (graph.entities.count + graph.relations.count) + 4096)
        out += "People, places, agencies and events named in \(graph.documents.count) reports, with their evidence"
        out += "</description>\n  </meta>\n"
        out += "  <graph defaultedgetype=\"directed\" mode=\"static\">\n"
        declare(ExchangeAttribute.node.filter { $0.name != "label" }, class: "node", to: &out)
        declare(ExchangeAttribute.edge.filter { $0.name != "weight" }, class: "edge", to: &out)
        out += "    <nodes>\n"
        for entity in graph.sortedEntities {
            var values = ExchangeAttribute.values(of: entity)
            values[Self.labelIndex] = nil  // the label is the node's own attribute
            out += "      <node id=\""
            XMLEscaping.append(entity.id.rawValue, to: &out)
            out += "\" label=\""
            XMLEscaping.append(entity.name, to: &out)
            out += "\">\n"
            attvalues(values, ExchangeAttribute.node, to: &out)
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for relation in graph.sortedRelations {
            var values = ExchangeAttribute.values(of: relation, documents: graph.documents)
            values[Self.weightIndex] = nil  // the weight is the edge's own attribute
            out += "      <edge id=\""
            XMLEscaping.append(relation.id, to: &out)
            out += "\" source=\""
            XMLEscaping.append(relation.source.rawValue, to: &out)
            out += "\" target=\""
            XMLEscaping.append(relation.target.rawValue, to: &out)
            out += "\" label=\""
            XMLEscaping.append(relation.kind.rawValue, to: &out)
            out += "\" kind=\""
            XMLEscaping.append(relation.kind.rawValue, to: &out)
            out += "\" weight=\"\(relation.weight)\">\n"
            attvalues(values, ExchangeAttribute.edge, to: &out)
            out += "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    private static let labelIndex = ExchangeAttribute.node.firstIndex { $0.name == "label" } ?? 0
    private static let weightIndex = ExchangeAttribute.edge.firstIndex { $0.name == "weight" } ?? 0

    private func declare(_ attributes: [ExchangeAttribute], class domain: String, to out: inout String) {
        out += "    <attributes class=\"\(domain)\" mode=\"static\">\n"
        for attribute in attributes {
            let type = switch attribute.type {
            case .string: "string"
            case .int: "integer"
            case .double: "double"
            case .boolean: "boolean"
            }
            out += "      <attribute id=\"\(attribute.name)\" title=\"\(attribute.name)\" type=\"\(type)\"/>\n"
        }
        out += "    </attributes>\n"
    }

    private func attvalues(_ values: [String?], _ attributes: [ExchangeAttribute], to out: inout String) {
        out += "        <attvalues>\n"
        for (attribute, value) in zip(attributes, values) {
            guard let value else { continue }
            out += "          <attvalue for=\"\(attribute.name)\" value=\""
            XMLEscaping.append(value, to: &out)
            out += "\"/>\n"
        }
        out += "        </attvalues>\n"
    }
}
