import GraphCore
import GraphFixtures
import Testing
@testable import GraphQuery

@Suite struct SearchTests {
    static let search: NameSearch = {
        var graph = EntityGraph()
        for entity in [
            Fixtures.entity(.place, "Onsong County", aliases: ["Onsong"]),
            Fixtures.entity(.place, "Kilju County", aliases: ["Gilju"]),
            Fixtures.entity(.place, "Sinuiju"),
            Fixtures.entity(.place, "Hoeryong"),
            Fixtures.entity(.place, "Chongjin"),
            Fixtures.entity(.person, "Kim Jong Un", aliases: ["Kim Jong-un"]),
            Fixtures.entity(.person, "Shin Dong-hyuk"),
            Fixtures.entity(.agency, "Ministry of State Security", aliases: ["MSS"]),
            Fixtures.entity(.agency, "Ministry of Social Security"),
        ] { graph.add(entity) }
        return NameSearch(GraphIndex(graph))
    }()

    func best(_ text: String) -> SearchHit? { Self.search.search(text).first }

    @Test func findsTyposWithAScoreBelowAnExactMatch() throws {
        let hit = try #require(best("Onsogn County"))
        #expect(hit.entity.name == "Onsong County")
        #expect(hit.match == .typo)
        #expect(hit.score < 0.9 && hit.score > 0.5)
        #expect(best("onsong county")?.score == 1)
    }

    @Test func ignoresCaseHyphensAndSpacing() {
        #expect(best("KIM JONG UN")?.match == .exact)
        #expect(best("kimjong-un")?.match == .spacing)
        #expect(best("kimjong-un")?.entity.name == "Kim Jong Un")
    }

    @Test func matchesRomanisationVariants() {
        let cases = [("Shinuiju", "Sinuiju"), ("Hoiryong", "Hoeryong"), ("Cheongjin", "Chongjin"), ("Kilchu", "Kilju County"),
                     ("Sin Dong-hyuk", "Shin Dong-hyuk"), ("Gim Jeong-eun", "Kim Jong Un"), ("Ch'ongjin", "Chongjin")]
        for (typed, expected) in cases {
            let hit = best(typed)
            #expect(hit?.entity.name == expected, "\(typed)")
            #expect(hit?.match == .spelling || hit?.match == .exact, "\(typed): \(String(describing: hit?.match))")
        }
    }

    @Test func aPrefixFindsEveryNameThatStartsWithIt() {
        let hits = Self.search.search("ministry of s")
        #expect(Set(hits.map(\.entity.name)) == ["Ministry of State Security", "Ministry of Social Security"])
        #expect(hits.allSatisfy { $0.match == .prefix })
        #expect(Self.search.search("Ki").map(\.entity.name) == ["Kilju County", "Kim Jong Un"])
    }

    @Test func ranksExactBeforeVariantBeforePartial() {
        let hits = Self.search.search("Onsong")
        #expect(hits.first?.entity.name == "Onsong County")
        #expect(hits.first?.form == "Onsong")
        #expect(zip(hits, hits.dropFirst()).allSatisfy { $0.score >= $1.score })
    }

    @Test func unrelatedTextFindsNothingAndKindsFilter() {
        #expect(Self.search.search("Zzyzx Qwerty Plorp").isEmpty)
        #expect(Self.search.search("Ministry", kinds: [.place]).isEmpty)
        #expect(Self.search.search("", limit: 5).isEmpty)
    }
}
