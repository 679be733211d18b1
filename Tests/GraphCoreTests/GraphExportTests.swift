import Foundation
import GraphFixtures
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
        #expect(Set(relation.keys) == ["id", "source", "target", "type", "weight", "evidence", "reports", "outlets", "single_source", "confidence"])
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

@Suite struct GraphJSONWriterTests {
    @Test func hostileTextSurvivesTheRoundTrip() throws {
        let name = "Quote \" slash / backslash \\ tab\t new\nline \u{01} bell 한국 😀 </script>"
        var graph = EntityGraph()
        graph.add(Document(id: "r\"1", path: "c/r\"1.txt", title: name, date: nil, source: name))
        graph.add(Entity(id: EntityID(kind: .person, name: name), name: name, kind: .person, aliases: [name + "!"],
                         mentions: [Mention(document: "r\"1", sentence: 0, start: 0, end: 4, text: name)], trigger: name, date: "--01-02"))
        graph.add(Entity(id: "place:x", name: "X", kind: .place))
        try graph.add(Relation(source: EntityID(kind: .person, name: name), target: "place:x", kind: .coMentioned,
                               evidence: [Evidence(document: "r\"1", sentence: 0, text: name)]))
        let data = try graph.jsonData()
        #expect(try JSONSerialization.jsonObject(with: data) is [String: Any])
        let copy = try EntityGraph(jsonData: data)
        #expect(copy.entities == graph.entities)
        #expect(copy.documents == graph.documents)
        #expect(copy.sortedRelations.map(\.evidence) == graph.sortedRelations.map(\.evidence))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\\u0001"))
        #expect(text.contains("slash / backslash"))
        #expect(text.hasSuffix("}\n"))
    }

    @Test func emptyListsAreWrittenCompactly() throws {
        var graph = EntityGraph()
        graph.add(Entity(id: "place:x", name: "X", kind: .place))
        let text = String(decoding: try graph.jsonData(), as: UTF8.self)
        #expect(text.contains("\"aliases\" : []"))
        #expect(text.contains("\"documents\" : []"))
    }
}
