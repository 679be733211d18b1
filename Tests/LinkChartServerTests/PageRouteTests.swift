import Foundation
import GraphCore
import Hummingbird
import Testing

@testable import LinkChartServer

@Suite struct PageRouteTests {
    let seeds = ExplorerFixtures.seeds

    /// An entity of the seeds with typed relations: the ego page has something to show.
    var onsong: Entity {
        get throws {
            guard case .found(let entity) = seeds.index.lookup("Onsong County") else { throw ExpectationFailure("no Onsong County in the seeds") }
            return entity
        }
    }

    @Test func everyPageAnswersHTMLWithAStrictContentSecurityPolicy() async throws {
        let onsong = try onsong
        let report = try #require(seeds.graph.sortedDocuments.first)
        let uris = ["/", "/search?q=onsong", "/search", Links.entity(onsong.id), "/path", "/path?from=Onsong+County&to=Songchon+County",
                    Links.report(report.id), "/timeline", Links.timeline(of: onsong.id)]
        let answers = try await get(uris, from: seeds)
        for (uri, answer) in zip(uris, answers) {
            #expect(answer.status == .ok, "\(uri)")
            #expect(answer.contentType == "text/html; charset=utf-8", "\(uri)")
            let policy = answer.headers[.contentSecurityPolicy] ?? ""
            #expect(policy.contains("default-src 'none'") && !policy.contains("script-src") && !policy.contains("unsafe"), "\(uri)")
            #expect(answer.headers[.xContentTypeOptions] == "nosniff")
            #expect(answer.xml != nil, "\(uri) is not well-formed")
            #expect(!answer.text.contains("<script"), "\(uri)")
        }
    }

    @Test func entityPageShowsTheEgoDiagramAndRelationsGroupedByTypeWithEvidence() async throws {
        let onsong = try onsong
        let answer = try await get(Links.entity(onsong.id))
        let page = try #require(answer.xml)
        #expect(page.elements.contains { $0.name == "svg" })
        let headings = page.texts(of: "h3").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(headings.contains { $0.hasPrefix("located in") })
        #expect(headings.contains { $0.hasPrefix("co mentioned") })
        // Typed relations come before co-mentions.
        let typed = try #require(headings.firstIndex { $0.hasPrefix("located in") })
        let co = try #require(headings.firstIndex { $0.hasPrefix("co mentioned") })
        #expect(typed < co)
        // Every relation's first evidence sentence is quoted, linked to its report.
        let relation = try #require(seeds.graph.relations(of: onsong.id).first { $0.kind == .locatedIn })
        let evidence = try #require(relation.evidence.first)
        #expect(page.texts(of: "q").contains(evidence.text))
        #expect(serverLinks(in: answer).contains(Links.report(evidence.document)))
    }

    @Test func entityPageDepthAndTypeFiltersChangeWhatIsListed() async throws {
        let onsong = try onsong
        let answers = try await get([Links.entity(onsong.id) + "?depth=2", Links.entity(onsong.id) + "?type=place&relation=located_in"], from: seeds)
        #expect(answers.map(\.status) == [.ok, .ok])
        let deep = try #require(answers[0].xml)
        let farther = seeds.index.neighbors(of: onsong.id, .init(depth: 2))?.neighbors.filter { $0.depth == 2 } ?? []
        #expect(!farther.isEmpty)
        #expect(deep.texts(of: "h2").contains { $0.hasPrefix("Within 2 links") })
        for neighbor in farther.prefix(5) {
            #expect(serverLinks(in: answers[0]).contains(Links.entity(neighbor.entity.id)))
        }
        let filtered = try #require(answers[1].xml)
        let headings = filtered.texts(of: "h3").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(headings.allSatisfy { $0.hasPrefix("located in") }, "\(headings)")
        // Only places are linked from the relations list; the diagram shows no co-mention.
        #expect(!answers[1].text.contains("class=\"kind person\""))
        #expect(answers[1].text.contains("<svg"))
    }

    @Test func searchPageListsFuzzyHitsLinkedToTheirEntities() async throws {
        let answer = try await get("/search?q=Onsng+county")
        #expect(answer.status == .ok)
        #expect(serverLinks(in: answer).contains(Links.entity(try onsong.id)))
        #expect(answer.text.contains("value=\"Onsng county\""))
        // Every page suggests names, and aliases labelled with the name they stand for.
        let options = try #require(answer.xml).elements.filter { $0.name == "option" }
        let values = Dictionary(options.compactMap { option in option.attributes["value"].map { ($0, option.text) } }, uniquingKeysWith: { a, _ in a })
        #expect(values["Onsong County"] == "")
        #expect(values["Onsong-gun"] == "Onsong County")
    }

    @Test func pathPageShowsTheChainAsDiagramAndEvidence() async throws {
        let answer = try await get("/path?from=Onsong+County&to=Songchon+County")
        #expect(answer.status == .ok)
        let page = try #require(answer.xml)
        #expect(page.elements.contains { $0.name == "svg" })
        let start = try onsong
        guard case .found(let goal) = seeds.index.lookup("Songchon County") else { throw ExpectationFailure("no Songchon County") }
        let path = try #require(seeds.index.shortestPath(from: start.id, to: goal.id))
        #expect(answer.text.contains("\(path.steps.count) hop"))
        for step in path.steps {
            #expect(serverLinks(in: answer).contains(Links.entity(step.to)))
            #expect(page.texts(of: "q").contains(try #require(step.relation.evidence.first).text))
        }
    }

    @Test func reportPageMarksEveryMentionWithALinkToItsEntity() async throws {
        let report = try #require(seeds.graph.sortedDocuments.first)
        let answer = try await get(Links.report(report.id))
        #expect(answer.status == .ok)
        let page = try #require(answer.xml)
        let marks = page.elements.filter { ($0.attributes["class"] ?? "").hasPrefix("mention") }
        let mentioned = seeds.graph.entities.values.filter { $0.documents.contains(report.id) }
        #expect(marks.count >= mentioned.count)
        for entity in mentioned {
            #expect(marks.contains { $0.attributes["href"] == Links.entity(entity.id) }, "\(entity.name) is not marked")
        }
        #expect(page.elements.contains { $0.name == "svg" })
    }

    @Test func timelinePageListsTheEventsInDateOrder() async throws {
        let answer = try await get("/timeline")
        #expect(answer.status == .ok)
        let timeline = try #require(seeds.index.timeline())
        #expect(answer.text.contains("\(timeline.total) event"))
        // The table after the diagram: each event's row, in the timeline's order.
        let table = try #require(answer.text.split(separator: "<table>").last)
        let positions = timeline.entries.compactMap { entry in
            table.range(of: "href=\"\(Links.entity(entry.event.id))\"").map { table.distance(from: table.startIndex, to: $0.lowerBound) }
        }
        #expect(positions.count == timeline.entries.count)
        #expect(positions == positions.sorted())
    }

    @Test func everyLinkOnThePagesAndInTheirDiagramsLeadsToAPageThatExists() async throws {
        let onsong = try onsong
        let report = try #require(seeds.graph.sortedDocuments.first)
        let start = try await get(["/", Links.entity(onsong.id) + "?depth=2", Links.report(report.id), "/timeline"], from: seeds)
        var links = Set(start.flatMap(serverLinks(in:)))
        // Links inside the diagrams alone: every node of an ego diagram opens a page.
        let svgLinks = Set(start.compactMap(\.xml).flatMap { page in
            page.elements.filter { $0.name == "a" && $0.attributes["xlink:href"] != nil }.compactMap { $0.attributes["xlink:href"] }
        })
        #expect(svgLinks.contains { $0.hasPrefix("/entity/") })
        #expect(svgLinks.contains { $0.hasPrefix("/report/") })
        links.formUnion(svgLinks)
        let targets = links.sorted()
        let answers = try await get(targets, from: seeds)
        for (link, answer) in zip(targets, answers) {
            #expect(answer.status == .ok, "\(link) answered \(answer.status.code)")
        }
    }
}

struct ExpectationFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
