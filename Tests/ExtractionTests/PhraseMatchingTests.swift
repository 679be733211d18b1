import Testing
@testable import Extraction

@Suite struct PhraseMatchingTests {
    private func tokens(_ text: String) -> [Token] {
        Tokenizer.tokenize(Array(text.unicodeScalars))
    }

    @Test func theLongestPhraseWins() {
        var table = PhraseTable<String>()
        table.insert("Kim Il Sung", "person")
        table.insert("Kim Il Sung Square", "place")
        let text = tokens("crowds in Kim Il Sung Square cheered")
        let match = table.longestMatch(in: text, at: 2, limit: text.count)
        #expect(match?.end == 6)
        #expect(match?.values == ["place"])
        let shorter = tokens("Kim Il Sung spoke")
        #expect(table.longestMatch(in: shorter, at: 0, limit: shorter.count)?.values == ["person"])
    }

    @Test func possessivesAreTransparentButLineBreaksAreNot() {
        var table = PhraseTable<Int>()
        table.insert("Ministry of People's Security", 1)
        table.insert("Daily NK", 2)
        let possessive = tokens("the Ministry of People’s Security and Daily NK's reporters")
        #expect(table.longestMatch(in: possessive, at: 1, limit: possessive.count)?.values == [1])
        let outlet = possessive.firstIndex { $0.key == TextFolding.key("Daily".unicodeScalars) }!
        #expect(table.longestMatch(in: possessive, at: outlet, limit: possessive.count)?.end == outlet + 2)
        let broken = tokens("Daily\nNK")
        #expect(table.longestMatch(in: broken, at: 0, limit: broken.count) == nil)
    }

    @Test func eventTriggersPreferTheLongerPhrase() throws {
        let extractor = try Extractor()
        let text = tokens("The house caught fire. Two men were executed by firing squad.")
        let split = extractor.splitter.split(text, text: Array("The house caught fire. Two men were executed by firing squad.".unicodeScalars))
        let hits = EventDetector(lexicon: extractor.lexicon, tokens: text).hits(in: split, covered: Array(repeating: false, count: text.count))
        let categories = hits.map { extractor.lexicon.eventTypes[$0.type].category }
        #expect(categories.contains("fire"))
        #expect(categories.contains("execution"))
        // "firing squad" is one trigger of an execution, not a fire.
        #expect(categories.filter { $0 == "fire" }.count == 1)
    }

    @Test func triggersInsideNamesAreNotEvents() throws {
        let extractor = try Extractor()
        let text = tokens("Fire Department")
        let split = extractor.splitter.split(text, text: Array("Fire Department".unicodeScalars))
        let hits = EventDetector(lexicon: extractor.lexicon, tokens: text).hits(in: split, covered: [true, true])
        #expect(hits.isEmpty)
    }
}
