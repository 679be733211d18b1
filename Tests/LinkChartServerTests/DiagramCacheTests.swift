import Testing

@testable import LinkChartServer

@Suite struct DiagramCacheTests {
    @Test func aKeptDiagramIsNotDrawnAgainAndTheOldestGoesFirst() throws {
        let cache = DiagramCache(capacity: 2)
        var drawn: [String] = []
        func svg(_ key: String) throws -> String {
            try cache.svg(key) { () throws(ServerError) -> String in
                drawn.append(key)
                return "<svg>\(key)</svg>"
            }
        }
        #expect(try svg("a") == "<svg>a</svg>")
        #expect(try svg("a") == "<svg>a</svg>")
        #expect(drawn == ["a"])
        _ = try svg("b")
        _ = try svg("c")  // over capacity: "a" goes
        _ = try svg("b")
        _ = try svg("a")
        #expect(drawn == ["a", "b", "c", "a"])
        #expect(cache.counts.hits == 2 && cache.counts.misses == 4)
    }

    @Test func capacityZeroDrawsEveryTimeAndAFailureIsNotKept() throws {
        let none = DiagramCache(capacity: 0)
        var draws = 0
        for _ in 0..<3 {
            _ = try none.svg("a") { () throws(ServerError) -> String in
                draws += 1
                return "x"
            }
        }
        #expect(draws == 3)
        let cache = DiagramCache()
        #expect(throws: ServerError.self) {
            try cache.svg("bad") { () throws(ServerError) -> String in throw .renderFailed("no layout plugins") }
        }
        #expect(try cache.svg("bad") { () throws(ServerError) -> String in "fixed" } == "fixed")
    }
}
