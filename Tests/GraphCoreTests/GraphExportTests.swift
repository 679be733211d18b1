import Foundation
import Testing
@testable import GraphCore

@Suite struct GraphExportTests {
    @Test func exportFollowsTheContract() throws {
        let graph = try Fixtures.sample()
        let object = try #require(try JSONSerialization.jsonObject(with: graph.jsonData()) as? [String: Any])
        #expect(object["format"] as? String == "linkchart-graph")
        #expect(object["version"] as? Int == 1)
        let documents = try #require(object["documents"] as? [[String: Any]])
        #expect(documents.first?["path"] as? String == "seeds/r1.txt")
        #expect(documents.first?.keys.contains("date") == true)
        let entities = try #require(object["entities"] as? [[String: Any]])
        let first = try #require(entities.first)
        #expect(Set(first.keys).isSuperset(of: ["id", "name", "type", "aliases", "mentions"]))
        let mention = try #require((first["mentions"] as? [[String: Any]])?.first)
        #expect(Set(mention.keys) == ["document", "sentence", "start", "end", "text"])
        let relation = try #require((object["relations"] as? [[String: Any]])?.first)
        #expect(Set(relation.keys) == ["id", "source", "target", "type", "weight", "evidence"])
        #expect(entities.map { $0["id"] as? String ?? "" } == entities.map { $0["id"] as? String ?? "" }.sorted())
    }

    @Test func exportIsIdenticalWhateverTheInsertionOrder() throws {
        let graph = try Fixtures.sample()
        var reversed = EntityGraph()
        for document in graph.sortedDocuments.reversed() { reversed.add(document) }
        for entity in graph.sortedEntities.reversed() { reversed.add(entity) }
        for relation in graph.sortedRelations.reversed() { try reversed.add(relation) }
        #expect(try graph.jsonData() == reversed.jsonData())
    }

    @Test func exportReadsBackToTheSameGraph() throws {
        let graph = try Fixtures.sample()
        let data = try graph.jsonData()
        let copy = try EntityGraph(jsonData: data)
        #expect(try copy.jsonData() == data)
        #expect(copy.entities == graph.entities)
    }

    @Test func otherFormatsAreRefused() {
        let data = Data(#"{"format": "something-else", "version": 1, "documents": [], "entities": [], "relations": []}"#.utf8)
        #expect(throws: GraphError.unsupportedFormat(format: "something-else", version: 1)) {
            try EntityGraph(jsonData: data)
        }
    }
}
