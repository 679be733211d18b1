import Foundation
import GraphCore
import GraphQuery
import Hummingbird
import QueryAnswers
import Testing

@testable import LinkChartServer

@Suite struct APIRouteTests {
    let seeds = ExplorerFixtures.seeds

    func entity(_ name: String) throws -> Entity {
        guard case .found(let entity) = seeds.index.lookup(name) else { throw ExpectationFailure("no \(name) in the seeds") }
        return entity
    }

    @Test func eachRouteAnswersTheQueryAnswerEncodedAsTheCLIEncodesIt() async throws {
        let onsong = try entity("Onsong County")
        let songchon = try entity("Songchon County")
        let neighborhood = try #require(seeds.index.neighbors(of: onsong.id, NeighborQuery(depth: 2, kinds: [.place], limit: 3)))
        let path = try #require(seeds.index.shortestPath(from: onsong.id, to: songchon.id))
        let paths = try #require(seeds.index.allPaths(from: onsong.id, to: songchon.id, maxLength: 3, limit: 2))
        let hits = NameSearch(seeds.index).search("onsng", limit: 10)
        let timeline = try #require(seeds.index.timeline(of: onsong.id))
        let province = try entity("North Hamgyong Province")
        let explanation = try #require(seeds.index.explain(onsong.id, province.id))
        let common = try #require(seeds.index.commonNeighbors(onsong.id, songchon.id))
        let mss = try entity("Ministry of State Security")
        let reports = try #require(seeds.index.reports(mentioning: [mss.id, songchon.id], limit: 1))
        let top = seeds.index.top(by: .pagerank, kinds: [.place], limit: 5)
        let expected: [(String, String)] = [
            ("/api/entities/" + Links.encode(onsong.id.rawValue), try AnswerJSON.string(EntitySummary(onsong))),
            ("/api/entities/Onsong%20County", try AnswerJSON.string(EntitySummary(onsong))),
            ("/api/neighbors?name=Onsong+County&depth=2&type=place&limit=3", try AnswerJSON.string(NeighborsAnswer(neighborhood, depth: 2, in: seeds.index))),
            ("/api/path?from=Onsong+County&to=Songchon+County", try AnswerJSON.string(PathAnswer(path, from: onsong, to: songchon, in: seeds.index))),
            ("/api/path?from=Onsong+County&to=Songchon+County&all=true&limit=2",
             try AnswerJSON.string(AllPathsAnswer(paths, from: onsong, to: songchon, maxLength: 3, in: seeds.index))),
            ("/api/search?q=onsng", try AnswerJSON.string(SearchAnswer(query: "onsng", hits: hits))),
            ("/api/timeline?entity=Onsong+County", try AnswerJSON.string(TimelineAnswer(timeline, entity: onsong))),
            ("/api/explain?from=Onsong+County&to=North+Hamgyong+Province",
             try AnswerJSON.string(ExplainAnswer(explanation, from: onsong, to: province, in: seeds.graph))),
            ("/api/common?first=Onsong+County&second=Songchon+County", try AnswerJSON.string(CommonAnswer(common, first: onsong, second: songchon, in: seeds.graph))),
            ("/api/reports?name=Ministry+of+State+Security&name=Songchon+County&limit=1", try AnswerJSON.string(ReportsAnswer(reports, entities: [mss, songchon]))),
            ("/api/top?by=pagerank&type=place&limit=5", try AnswerJSON.string(TopAnswer(top, by: .pagerank, kind: .place))),
        ]
        let answers = try await get(expected.map(\.0), from: seeds)
        for ((uri, json), answer) in zip(expected, answers) {
            #expect(answer.status == .ok, "\(uri)")
            #expect(answer.contentType == "application/json; charset=utf-8")
            #expect(answer.text == json + "\n", "\(uri)")
        }
    }

    @Test func apiIndexListsEveryRoute() async throws {
        let answer = try await get("/api")
        let routes = try #require(try answer.json() as? [String: Any])["routes"] as? [[String: Any]]
        let paths = (routes ?? []).compactMap { $0["path"] as? String }
        #expect(paths.contains("/api/neighbors") && paths.contains("/api/path") && paths.contains("/api/search"))
        for path in paths where !path.contains("{") {
            let probe = try await get(path)
            #expect(probe.status != .notFound, "\(path) is listed but not served")
        }
    }

    @Test func entitiesNotLinkedDirectlyAnswer404ForExplain() async throws {
        let answer = try await get("/api/explain?from=Onsong+County&to=Songchon+County")
        #expect(answer.status == .notFound)
        #expect(((try answer.json() as? [String: Any])?["error"] as? String)?.contains("directly") == true)
    }

    @Test func noChainAnswers404() async throws {
        // Two entities joined only by a relation the filter excludes.
        let answer = try await get("/api/path?from=Onsong+County&to=Songchon+County&relation=family")
        #expect(answer.status == .notFound)
        #expect((try answer.json() as? [String: Any])?["error"] as? String == "no chain of relations links \"Onsong County\" and \"Songchon County\"")
    }

    @Test func pagesAnswerManyRequestsAtOnceAndDrawEachDiagramOnce() async throws {
        let explorer = Explorer(graph: seeds.graph, texts: seeds.texts)
        let onsong = try entity("Onsong County")
        let uris = Array(repeating: Links.entity(onsong.id), count: 16) + Array(repeating: "/api/neighbors?name=Onsong+County", count: 16)
        let app = Application(router: ExplorerServer.router(explorer))
        let statuses = try await app.test(.router) { client in
            try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for uri in uris {
                    group.addTask { try await client.execute(uri: uri, method: .get) { $0.status } }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
        }
        #expect(statuses.count == uris.count && statuses.allSatisfy { $0 == .ok })
        let counts = explorer.diagrams.counts
        #expect(counts.hits + counts.misses == 16)
        #expect(counts.misses >= 1 && counts.hits >= 1)
    }
}
