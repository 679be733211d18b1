import Foundation
import GraphCore
import GraphFixtures
import Testing

@testable import GraphExchange

@Suite struct GEXFWriterTests {
    private func parse(_ graph: EntityGraph) throws -> XMLTree.Element {
        let tree = XMLTree(GEXFWriter().encode(graph))
        #expect(tree.problem == nil, "\(tree.problem ?? "")")
        return try #require(tree.root)
    }

    /// The `<attvalue>`s of a node or edge, by attribute id.
    private func values(_ element: XMLTree.Element) -> [String: String] {
        Dictionary((element.child("attvalues")?.children("attvalue") ?? []).map { ($0.attributes["for"] ?? "", $0.attributes["value"] ?? "") },
                   uniquingKeysWith: { a, _ in a })
    }

    @Test func isGEXF13WithTypedAttributes() throws {
        let root = try parse(try Fixtures.sample())
        #expect(root.name == "gexf" && root.attributes["version"] == "1.3")
        let graph = try #require(root.child("graph"))
        #expect(graph.attributes["defaultedgetype"] == "directed")
        let declared = graph.children("attributes").flatMap { block in
            block.children("attribute").map { "\(block.attributes["class"] ?? "")/\($0.attributes["title"] ?? ""):\($0.attributes["type"] ?? "")" }
        }
        for expected in ["node/kind:string", "node/aliases:string", "node/mentions:integer", "node/reports:integer",
                         "edge/relation:string", "edge/outlets:integer", "edge/single_source:boolean", "edge/evidence:string"] {
            #expect(declared.contains(expected), "missing attribute \(expected)")
        }
        // Every attvalue refers to a declared attribute of its class.
        let nodeIDs = Set(graph.children("attributes").first { $0.attributes["class"] == "node" }?.children("attribute").compactMap { $0.attributes["id"] } ?? [])
        for node in graph.descendants("node") { #expect(Set(values(node).keys).isSubset(of: nodeIDs)) }
    }

    @Test func nodesHaveLabelsAndEdgesWeightsAndKinds() throws {
        let sample = try Fixtures.sample()
        let root = try parse(sample)
        let nodes = root.descendants("node")
        let edges = root.descendants("edge")
        #expect(nodes.count == sample.entities.count && edges.count == sample.relations.count)
        let gilju = try #require(nodes.first { $0.attributes["id"] == "place:kilju-county" })
        #expect(gilju.attributes["label"] == "Kilju County")
        #expect(values(gilju)["kind"] == "place" && values(gilju)["category"] == "county")
        let located = try #require(edges.first { $0.attributes["id"] == "located_in:place:kilju-county->place:north-hamgyong-province" })
        #expect(located.attributes["weight"] == "1")
        #expect(located.attributes["kind"] == "located_in" && located.attributes["label"] == "located_in")
        #expect(values(located)["symmetric"] == "false")
        let evidence = try JSONSerialization.jsonObject(with: Data((values(located)["evidence"] ?? "").utf8)) as? [[String: Any]]
        #expect(evidence?.first?["text"] as? String == "Gilju, North Hamgyong Province.")
    }

    @Test func hostileNamesStayWellFormedAndComeBackAsWritten() throws {
        let graph = try hostileGraph()
        let root = try parse(graph)
        let nodes = Dictionary(uniqueKeysWithValues: root.descendants("node").map { ($0.attributes["id"] ?? "", $0) })
        #expect(nodes.count == graph.entities.count)
        for entity in graph.entities.values {
            let node = try #require(nodes[xmlVisible(entity.id.rawValue)])
            #expect(node.attributes["label"] == xmlVisible(entity.name))
            let aliases = try JSONSerialization.jsonObject(with: Data((values(node)["aliases"] ?? "").utf8)) as? [String]
            #expect(aliases == entity.aliases)
        }
        let kinds = Set(root.descendants("edge").compactMap { $0.attributes["kind"] })
        #expect(kinds.contains("works_for`]->() DETACH DELETE n //"))
    }
}
