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
    }
}
