import Foundation
import GraphCore
import GraphFixtures
import Testing

@testable import GraphExchange

@Suite struct GraphMLWriterTests {
    /// The `<data>` values of an element, by the `attr.name` of their key.
    private func values(of element: XMLTree.Element, keys: [String: String]) -> [String: String] {
        Dictionary(element.children("data").map { (keys[$0.attributes["key"] ?? ""] ?? "?", $0.text) }, uniquingKeysWith: { a, _ in a })
    }

    private func parse(_ graph: EntityGraph) throws -> (root: XMLTree.Element, keys: [String: String]) {
        let tree = XMLTree(GraphMLWriter().encode(graph))
        #expect(tree.problem == nil, "\(tree.problem ?? "")")
        let root = try #require(tree.root)
        let keys = Dictionary(uniqueKeysWithValues: root.children("key").map { ($0.attributes["id"] ?? "", $0.attributes["attr.name"] ?? "") })
        return (root, keys)
    }

    @Test func keysAreTypedAndDeclaredForNodesAndEdges() throws {
        let (root, _) = try parse(try Fixtures.sample())
        #expect(root.name == "graphml")
        let declared = root.children("key").map { "\($0.attributes["for"] ?? "")/\($0.attributes["attr.name"] ?? ""):\($0.attributes["attr.type"] ?? "")" }
        for expected in ["node/label:string", "node/kind:string", "node/category:string", "node/aliases:string",
                         "node/mentions:int", "node/reports:int", "edge/relation:string", "edge/weight:double",
                         "edge/reports:int", "edge/outlets:int", "edge/single_source:boolean", "edge/evidence:string"] {
            #expect(declared.contains(expected), "missing key \(expected)")
        }
        // Key ids are unique although nodes and edges both have `reports`.
        #expect(Set(root.children("key").compactMap { $0.attributes["id"] }).count == root.children("key").count)
    }

    @Test func everyEntityAndRelationCarriesItsValues() throws {
        let graph = try Fixtures.sample()
        let (root, keys) = try parse(graph)
        let xmlGraph = try #require(root.child("graph"))
        #expect(xmlGraph.attributes["edgedefault"] == "directed")
        let nodes = xmlGraph.children("node")
        let edges = xmlGraph.children("edge")
        #expect(nodes.count == graph.entities.count)
        #expect(edges.count == graph.relations.count)

        let hamgyong = try #require(nodes.first { $0.attributes["id"] == "place:north-hamgyong-province" })
        let values = values(of: hamgyong, keys: keys)
        #expect(values["label"] == "North Hamgyong Province")
        #expect(values["kind"] == "place")
        #expect(values["category"] == "province")
        #expect(values["mentions"] == "2")
        #expect(values["reports"] == "2")
        let aliases = try JSONSerialization.jsonObject(with: Data((values["aliases"] ?? "").utf8)) as? [String]
        #expect(aliases == ["North Hamgyong"])

        let co = try #require(edges.first { $0.attributes["id"] == "co_mentioned:agency:ministry-of-state-security->place:onsong-county" })
        #expect(co.attributes["source"] == "agency:ministry-of-state-security")
        #expect(co.attributes["target"] == "place:onsong-county")
        let edge = self.values(of: co, keys: keys)
        #expect(edge["relation"] == "co_mentioned")
        #expect(edge["weight"] == "2")
        #expect(edge["reports"] == "1")
        #expect(edge["single_source"] == "true")
        #expect(edge["symmetric"] == "true")
        let evidence = try JSONSerialization.jsonObject(with: Data((edge["evidence"] ?? "").utf8)) as? [[String: Any]]
        #expect(evidence?.count == 2)
        #expect(evidence?.first?["document"] as? String == "r1")
        #expect(evidence?.last?["sentence"] as? Int == 2)
    }

    @Test func nodesWithoutACategoryHaveNoCategoryData() throws {
        let (root, keys) = try parse(try Fixtures.sample())
        let loner = try #require(root.child("graph")?.children("node").first { $0.attributes["id"] == "person:gabriela-bernal" })
        #expect(values(of: loner, keys: keys)["category"] == nil)
    }

    @Test func hostileNamesStayWellFormedAndComeBackAsWritten() throws {
        let graph = try hostileGraph()
        let (root, keys) = try parse(graph)
        let xmlGraph = try #require(root.child("graph"))
        #expect(xmlGraph.children("node").count == graph.entities.count)
        #expect(xmlGraph.children("edge").count == graph.relations.count)
        let nodes = Dictionary(uniqueKeysWithValues: xmlGraph.children("node").map { ($0.attributes["id"] ?? "", $0) })
        for entity in graph.entities.values {
            let node = try #require(nodes[xmlVisible(entity.id.rawValue)], "no node for \(entity.id)")
            let values = values(of: node, keys: keys)
            #expect(values["label"] == xmlVisible(entity.name))
            // Aliases travel as JSON, whose escapes carry even the characters XML cannot.
            let aliases = try JSONSerialization.jsonObject(with: Data((values["aliases"] ?? "").utf8)) as? [String]
            #expect(aliases == entity.aliases)
        }
        for edge in xmlGraph.children("edge") {
            let evidence = try JSONSerialization.jsonObject(with: Data((values(of: edge, keys: keys)["evidence"] ?? "").utf8)) as? [[String: Any]]
            let relation = try #require(graph.relations.values.first { xmlVisible($0.id) == edge.attributes["id"] })
            #expect(evidence?.first?["text"] as? String == relation.evidence.first?.text)
        }
        // Nothing from the names became markup: only the elements the writer makes exist.
        let names = Set(allNames(root))
        #expect(names.isSubset(of: ["graphml", "key", "desc", "graph", "node", "edge", "data"]), "\(names)")
    }

    private func allNames(_ element: XMLTree.Element) -> [String] {
        [element.name] + element.children.flatMap(allNames)
    }

    @Test func theSameGraphGivesTheSameBytes() throws {
        let graph = try Fixtures.sample()
        #expect(GraphMLWriter().encode(graph) == GraphMLWriter().encode(try EntityGraph(jsonData: try graph.jsonData())))
    }
}

@Suite struct ExchangeAttributeTests {
    /// The writers pair values with declarations by position: the counts must agree.
    @Test func everyDeclaredAttributeHasAValueSlot() throws {
        let graph = try Fixtures.sample()
        for entity in graph.entities.values {
            #expect(ExchangeAttribute.values(of: entity).count == ExchangeAttribute.node.count)
        }
        for relation in graph.relations.values {
            #expect(ExchangeAttribute.values(of: relation, documents: graph.documents).count == ExchangeAttribute.edge.count)
        }
    }
}
