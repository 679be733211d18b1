import Foundation
import GraphCore
import Hummingbird
import Testing

@testable import LinkChartServer

/// Names from reports are untrusted: on every page and in every diagram they must stay text.
@Suite struct HostileNameTests {
    let hostile = ExplorerFixtures.hostile

    var pages: [String] {
        let graph = hostile.graph
        var uris = ["/", "/timeline", "/search?q=" + Links.encode("<script>")]
        uris += graph.sortedEntities.map { Links.entity($0.id) }
        uris += graph.sortedEntities.map { Links.entity($0.id) + "?depth=3" }
        uris += graph.sortedDocuments.map { Links.report($0.id) }
        let ids = graph.sortedEntities.map(\.id)
        uris.append(Links.path(from: ids[0], to: ids[ids.count - 1]))
        return uris
    }

    @Test func hostileNamesStayTextOnEveryPage() async throws {
        let uris = pages
        let answers = try await get(uris, from: hostile)
        for (uri, answer) in zip(uris, answers) {
            #expect(answer.status == .ok, "\(uri)")
            let page = try #require(answer.xml, "\(uri) is not well-formed XML")
            // No element or attribute came from a name: no script, no img, no event handler.
            #expect(!page.elements.contains { ["script", "img", "i", "b", "br"].contains($0.name) }, "\(uri)")
            #expect(!page.elements.contains { $0.attributes.keys.contains { $0.lowercased().hasPrefix("on") } }, "\(uri)")
            #expect(!answer.text.contains("<script"), "\(uri)")
        }
        // Every hostile name is shown, as text, on its entity page: in the heading and in the diagram.
        for entity in hostile.graph.sortedEntities {
            let answer = try #require(zip(uris, answers).first { $0.0 == Links.entity(entity.id) }?.1)
            let page = try #require(answer.xml)
            #expect(page.texts(of: "h1").contains { $0.contains(entity.name) }, "\(entity.name)")
            #expect(page.elements.contains { $0.name == "title" && $0.text.contains(entity.name) } || page.texts(of: "text").contains { $0.contains(entity.name.prefix(8)) },
                    "\(entity.name) not in the diagram")
        }
    }

    @Test func hostileReportTextIsMarkedButNeverMarkup() async throws {
        let document = try #require(hostile.graph.sortedDocuments.first)
        let answer = try await get(Links.report(document.id), from: hostile)
        #expect(answer.status == .ok)
        let page = try #require(answer.xml)
        let marks = page.elements.filter { ($0.attributes["class"] ?? "").hasPrefix("mention") }
        #expect(marks.count == ExplorerFixtures.hostileNames.count)
        for (mark, entity) in zip(marks, hostile.graph.sortedEntities.sorted { $0.mentions[0].start < $1.mentions[0].start }) {
            #expect(mark.text == entity.name)
            #expect(mark.attributes["href"] == Links.entity(entity.id))
        }
        #expect(page.texts(of: "div").contains { $0.contains("met <i>someone</i> & left.") })
    }

    @Test func linksBuiltFromHostileIdsLeadBackToTheirEntity() async throws {
        for entity in hostile.graph.sortedEntities {
            let link = Links.entity(entity.id)
            #expect(link.dropFirst("/entity/".count).allSatisfy { $0.isLetter || $0.isNumber || "-._~%".contains($0) }, "\(link)")
        }
        let uris = hostile.graph.sortedEntities.map { "/api/entities/" + Links.encode($0.id.rawValue) }
        let answers = try await get(uris, from: hostile)
        for (entity, answer) in zip(hostile.graph.sortedEntities, answers) {
            let json = try #require(try answer.json() as? [String: Any])
            #expect(json["id"] as? String == entity.id.rawValue)
            #expect(json["name"] as? String == entity.name)
        }
    }

    @Test func everyLinkOnTheHostilePagesLeadsToAPageThatExists() async throws {
        let start = try await get(pages, from: hostile)
        let targets = Set(start.flatMap(serverLinks(in:))).sorted()
        #expect(targets.count > hostile.graph.entities.count)
        let answers = try await get(targets, from: hostile)
        for (link, answer) in zip(targets, answers) {
            #expect(answer.status == .ok, "\(link) answered \(answer.status.code)")
        }
    }
}
