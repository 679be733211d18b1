import Foundation
import GraphCore
import Hummingbird
import Testing

@testable import LinkChartServer

@Suite struct BadRequestTests {
    let seeds = ExplorerFixtures.seeds

    @Test func badParametersAnswer400WithAMessageNamingTheParameter() async throws {
        let cases: [(uri: String, parameter: String)] = [
            ("/entity/place%3Aonsong-county?depth=9", "depth"),
            ("/entity/place%3Aonsong-county?depth=two", "depth"),
            ("/entity/place%3Aonsong-county?type=dragon", "type"),
            ("/entity/place%3Aonsong-county?relation=knows", "relation"),
            ("/api/neighbors?name=Onsong+County&min_weight=0", "min_weight"),
            ("/api/neighbors", "name"),
            ("/api/search", "q"),
            ("/api/search?q=%ZZ", "q"),
            ("/api/path?from=Onsong+County", "to"),
            ("/api/path?from=Onsong+County&to=Songchon+County&all=maybe", "all"),
            ("/path?from=Onsong+County", "to"),
            ("/search?q=x&limit=-1", "limit"),
            ("/api/top?by=fame", "by"),
            ("/api/reports", "name"),
            ("/api/explain?from=Onsong+County", "to"),
        ]
        let answers = try await get(cases.map(\.uri), from: seeds)
        for (item, answer) in zip(cases, answers) {
            #expect(answer.status == .badRequest, "\(item.uri) answered \(answer.status.code)")
            #expect(answer.text.contains("bad parameter") && answer.text.contains(item.parameter), "\(item.uri): \(answer.text.prefix(300))")
        }
        let api = try #require(try answers[4].json() as? [String: Any])
        #expect(api["status"] as? Int == 400)
    }

    @Test func anUnknownEntityAnswers404WithSuggestionsThatAreLinks() async throws {
        let answers = try await get(["/entity/Onsong%20Countyy", "/api/entities/Onsong%20Countyy", "/api/neighbors?name=Songchon+Cnty"], from: seeds)
        #expect(answers.map(\.status) == [.notFound, .notFound, .notFound])
        guard case .found(let onsong) = seeds.index.lookup("Onsong County") else { throw ExpectationFailure("no Onsong County") }
        #expect(serverLinks(in: answers[0]).contains(Links.entity(onsong.id)))
        let api = try #require(try answers[1].json() as? [String: Any])
        let suggestions = try #require(api["suggestions"] as? [[String: Any]])
        #expect(suggestions.contains { $0["id"] as? String == onsong.id.rawValue })
        #expect((api["error"] as? String)?.contains("Onsong Countyy") == true)
    }

    @Test func anAmbiguousNameAnswers409ListingTheCandidates() async throws {
        let answers = try await get(["/entity/MSS", "/api/entities/MSS"], from: seeds)
        #expect(answers.map(\.status) == [.conflict, .conflict])
        let api = try #require(try answers[1].json() as? [String: Any])
        let candidates = try #require(api["candidates"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(candidates.contains("agency:ministry-of-state-security"))
        #expect(serverLinks(in: answers[0]).contains(Links.entity("agency:ministry-of-state-security")))
    }

    @Test func reportIdsNeverReachTheFileSystem() async throws {
        let uris = ["/report/..%2F..%2F..%2Fetc%2Fpasswd", "/report/%2Fetc%2Fpasswd", "/report/..%2Fseeds%2F000_d642fd3dd39ad37c", "/report/%00"]
        let answers = try await get(uris, from: seeds)
        for (uri, answer) in zip(uris, answers) {
            #expect(answer.status == .notFound, "\(uri)")
            #expect(!answer.text.contains("root:"), "\(uri)")
        }
        // Unencoded dots are resolved away by no one: the router sees no such route.
        let raw = try await get("/report/../../etc/passwd")
        #expect(raw.status == .notFound)
        #expect(!raw.text.contains("root:"))
    }

    @Test func unknownAddressesAnswer404InTheRightFormat() async throws {
        let answers = try await get(["/no/such/page", "/api/no-such-route", "/entity/"], from: seeds)
        #expect(answers.map(\.status) == [.notFound, .notFound, .notFound])
        #expect(answers[0].contentType.hasPrefix("text/html"))
        #expect(answers[1].contentType.hasPrefix("application/json"))
        #expect(answers[0].headers[.contentSecurityPolicy] != nil)
    }

    @Test func methodsOtherThanGetAreRefusedWithAMessage() async throws {
        let app = Application(router: ExplorerServer.router(seeds))
        let answers = try await app.test(.router) { client in
            [try await client.execute(uri: "/api/search?q=mss", method: .post) { ($0.status, String(buffer: $0.body)) },
             try await client.execute(uri: "/entity/place%3Aonsong-county", method: .delete) { ($0.status, String(buffer: $0.body)) }]
        }
        #expect(answers.map(\.0) == [.methodNotAllowed, .methodNotAllowed])
        #expect(answers[0].1.contains("answers GET requests only"))
        #expect(answers[1].1.contains("<h1>405"))
        let allow = try await app.test(.router) { client in try await client.execute(uri: "/", method: .put) { $0.headers[.allow] } }
        #expect(allow == "GET")
    }

    @Test func theServerKeepsServingAfterEveryKindOfBadRequest() async throws {
        let bad = ["/entity/%FF%FE", "/api/search?q=%", "/entity/x?depth=99999999999999999999999", "/report/%2e%2e", "/api/path?from=&to=",
                   "/search?q=" + String(repeating: "a", count: 5_000), "/api/neighbors?name=MSS"]
        let answers = try await get(bad + ["/api/search?q=onsong"], from: seeds)
        for (uri, answer) in zip(bad, answers) {
            #expect([.badRequest, .notFound, .conflict, .ok].contains(answer.status), "\(uri.prefix(60)) answered \(answer.status.code)")
        }
        #expect(answers.last?.status == .ok)
        let hits = try #require(try answers.last?.json() as? [String: Any])["hits"] as? [Any]
        #expect(hits?.isEmpty == false)
    }
}
