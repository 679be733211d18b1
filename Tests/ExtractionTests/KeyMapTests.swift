import Testing
@testable import Extraction

@Suite struct KeyMapTests {
    @Test func aKeyFilterKeepsEveryKeyItWasGiven() {
        var filter = KeyFilter()
        let words = ["director", "kidnappers", "son", "smuggler"]
        for word in words { filter.insert(TextFolding.key(word)) }
        for word in words { #expect(filter.mayContain(TextFolding.key(word))) }
    }

    @Test func anEmptyKeyFilterRejectsEveryKey() {
        let filter = KeyFilter()
        #expect(!filter.mayContain(TextFolding.key("director")))
        #expect(!filter.mayContain(0))
    }

    @Test func aKeyFilterRejectsMostWordsItWasNotGiven() {
        var filter = KeyFilter()
        filter.insert(TextFolding.key("director"))
        let others = ["the", "farmers", "crossed", "river", "at", "night", "with", "goods", "from", "China"]
        // One key sets one bit of 65,536: at most a chance collision among the others.
        #expect(others.filter { filter.mayContain(TextFolding.key($0)) }.count <= 1)
    }

    @Test func aFilteredKeyMapFindsWhatAPlainOneFinds() {
        var filtered = FilteredKeyMap<Int>()
        var plain = KeyMap<Int>()
        for (value, word) in ["director", "kidnapper", "son"].enumerated() {
            filtered[TextFolding.key(word)] = value
            plain[TextFolding.key(word)] = value
        }
        for word in ["director", "kidnapper", "son", "daughter", "the", "broker"] {
            #expect(filtered[TextFolding.key(word)] == plain[TextFolding.key(word)])
        }
        // Its filter never turns away a key it holds, and an empty map's turns every key away.
        #expect(["director", "kidnapper", "son"].allSatisfy { filtered.mayContain(TextFolding.key($0)) })
        #expect(!["director", "the", "river"].contains { FilteredKeyMap<Int>().mayContain(TextFolding.key($0)) })
    }

    @Test func aKeyMapKeepsEveryValueAsItGrows() {
        var map = KeyMap<Int>()
        // Packed small integers, as some callers key by, and well-mixed word keys.
        for n in 0..<1000 { map[UInt64(n) << 32 | 7] = n }
        for (n, word) in ["onsong", "hyesan", "musan"].enumerated() { map[TextFolding.key(word)] = 2000 + n }
        #expect(map.count == 1003)
        #expect((0..<1000).allSatisfy { map[UInt64($0) << 32 | 7] == $0 })
        #expect(map[TextFolding.key("hyesan")] == 2001)
        #expect(map[UInt64(1000) << 32 | 7] == nil)
        #expect(!map.contains(TextFolding.key("kilju")))
    }

    @Test func aKeyMapReplacesTheValueOfAKeyItHolds() {
        var map: KeyMap<String> = [1: "one", 2: "two"]
        map[1] = "uno"
        #expect(map[1] == "uno")
        #expect(map[2] == "two")
        #expect(map.count == 2)
    }

    @Test func anEmptyKeyMapFindsNothingAndReservedRoomKeepsWhatItHolds() {
        var map = KeyMap<Int>(minimumCapacity: 4)
        #expect(map[42] == nil)
        #expect(!map.contains(0))
        map[42] = 1
        map.reserveCapacity(500)
        #expect(map[42] == 1)
        #expect(map.count == 1)
    }

    @Test func aKeySetHoldsTheWordsItWasGiven() {
        let set = KeySet(words: ["the", "a", "an"])
        #expect(set.contains(TextFolding.key("the")))
        #expect(!set.contains(TextFolding.key("director")))
        #expect(!KeySet().contains(TextFolding.key("the")))
        #expect(KeySet().isEmpty)
    }

    @Test func insertIfAbsentStoresANewKeyAndReportsIt() {
        var map = KeyMap<Int>()
        let result = map.insertIfAbsent(TextFolding.key("kidnapping"), 7)
        #expect(result.value == 7 && result.inserted)
        #expect(map[TextFolding.key("kidnapping")] == 7)
        #expect(map.count == 1)
    }

    @Test func insertIfAbsentKeepsTheValueAKeyAlreadyHas() {
        var map = KeyMap<Int>()
        map[TextFolding.key("arrest")] = 3
        let result = map.insertIfAbsent(TextFolding.key("arrest"), 9)
        #expect(result.value == 3 && !result.inserted)
        #expect(map[TextFolding.key("arrest")] == 3)
        #expect(map.count == 1)
    }

    @Test func insertIfAbsentKeepsEveryValueAsTheMapGrows() {
        var map = KeyMap<Int>()
        // Packed small integers, as relation keys are: far more than the first table holds.
        for n in 0..<200 { #expect(map.insertIfAbsent(UInt64(n) << 28 | UInt64(n + 1), n).inserted) }
        for n in 0..<200 {
            let again = map.insertIfAbsent(UInt64(n) << 28 | UInt64(n + 1), -1)
            #expect(again.value == n && !again.inserted)
        }
        #expect(map.count == 200)
    }
}
