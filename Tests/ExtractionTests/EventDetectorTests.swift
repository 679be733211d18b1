import Testing
@testable import Extraction

@Suite struct EventDetectorTests {
    static let extractor: Extractor = {
        do { return try Extractor() } catch { fatalError("extraction data: \(error)") }
    }()

    /// The categories of the triggers found in `text`, with `covered` tokens (those of names)
    /// skipped, and the sentence of each.
    private func hits(_ text: String, covered coveredWords: Set<String> = []) -> [(category: String, sentence: Int)] {
        let extractor = Self.extractor
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokenize(scalars)
        let covered = tokens.map { coveredWords.contains(String(String.UnicodeScalarView(scalars[$0.start..<$0.end]))) }
        let sentences = extractor.splitter.split(tokens, text: scalars)
        return EventDetector(lexicon: extractor.lexicon, tokens: tokens).hits(in: sentences, covered: covered)
            .map { (extractor.lexicon.eventTypes[$0.type].category, $0.sentence) }
    }

    @Test func eachTriggerIsFoundInItsSentence() {
        let found = hits("The man was arrested. A fire broke out in the market.")
        #expect(found.map(\.category) == ["arrest", "fire"])
        #expect(found.map(\.sentence) == [0, 1])
    }

    @Test func aTriggerInsideANameIsNoEvent() {
        #expect(hits("The Fire Department spoke.", covered: ["Fire", "Department"]).isEmpty)
        // A phrase that runs into a name is no trigger either.
        #expect(!hits("They were caught fire wardens.", covered: ["fire", "wardens"]).contains { $0.category == "fire" })
    }

    @Test func aTriggerJoinedByAHyphenIsNoEvent() {
        #expect(hits("The anti-kidnapping law passed.").isEmpty)
        #expect(hits("The fire-fighters came.").isEmpty)
    }

    @Test func aTriggerRightAfterANameIsFound() {
        let found = hits("Kim Chol was arrested.", covered: ["Kim", "Chol"])
        #expect(found.map(\.category) == ["arrest"])
    }

    @Test func hitsAreGroupedByTypeInTheOrderOfEachTypesFirstHit() {
        let hits = [2, 1, 2, 3, 1].enumerated().map { EventDetector.Hit(type: $1, tokens: $0..<($0 + 1), sentence: $0) }
        let (grouped, runs) = EventDetector.grouped(hits)
        #expect(grouped.map(\.type) == [2, 2, 1, 1, 3])
        #expect(grouped.map(\.sentence) == [0, 2, 1, 4, 3])
        #expect(runs == [0..<2, 2..<4, 4..<5])
        #expect(EventDetector.grouped([]).runs.isEmpty)
    }
}
