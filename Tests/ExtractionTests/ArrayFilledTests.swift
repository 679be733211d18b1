import Testing
@testable import Extraction

/// `Array(filledWith:count:)` makes what `Array(repeating:count:)` makes.
@Suite struct ArrayFilledTests {
    @Test func aFilledArrayHoldsCountCopiesOfTheValue() {
        #expect([Int](filledWith: -1, count: 5) == [Int](repeating: -1, count: 5))
        #expect([Int32](filledWith: 7, count: 3) == [7, 7, 7])
        #expect([String?](filledWith: nil, count: 2) == [nil, nil])
        #expect([[Int]](filledWith: [], count: 3) == [[], [], []])
    }

    @Test func anArrayFilledNoTimesIsEmpty() {
        #expect([Bool](filledWith: true, count: 0).isEmpty)
    }

    @Test func aFilledArrayHasRoomForItsCount() {
        #expect([Int](filledWith: 0, count: 100).capacity >= 100)
    }
}
