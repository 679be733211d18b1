import Testing
@testable import Extraction

/// Keys numbered in the order they are first given, found by their bytes' hash.
@Suite struct ByteHashedNumbersTests {
    @Test func keysAreNumberedInTheOrderTheyAreFirstGiven() {
        var numbers = ByteHashedNumbers<String>()
        let keys = ["the director's son", "two kidnappers", "the director's son", "a mother"]
        let given = keys.map { numbers.number(of: $0, hash: ReportExtraction.byteHash($0)) }
        #expect(given == [0, 1, 0, 2])
        #expect(numbers.number(ofKnown: "two kidnappers", hash: ReportExtraction.byteHash("two kidnappers")) == 1)
    }

    @Test func aKeyNeverGivenHasNoNumber() {
        var numbers = ByteHashedNumbers<String>()
        _ = numbers.number(of: "the kidnappers", hash: ReportExtraction.byteHash("the kidnappers"))
        #expect(numbers.number(ofKnown: "the smugglers", hash: ReportExtraction.byteHash("the smugglers")) == nil)
    }

    @Test func keysWithTheSameHashKeepTheirOwnNumbers() {
        // One hash for every key, as if their bytes clashed: the keys themselves tell them apart.
        var numbers = ByteHashedNumbers<String>()
        #expect(numbers.number(of: "the guard", hash: 7) == 0)
        #expect(numbers.number(of: "the officer", hash: 7) == 1)
        #expect(numbers.number(of: "the driver", hash: 7) == 2)
        #expect(numbers.number(of: "the officer", hash: 7) == 1)
        #expect(numbers.number(ofKnown: "the guard", hash: 7) == 0)
        #expect(numbers.number(ofKnown: "the driver", hash: 7) == 2)
        #expect(numbers.number(ofKnown: "the cook", hash: 7) == nil)
    }
}
