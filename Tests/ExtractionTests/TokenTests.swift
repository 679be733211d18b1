import Testing
@testable import Extraction

@Suite struct TokenTests {
    /// The tokens of `words` words: `word0 word1 …`, in the order written.
    private func tokens(_ count: Int) -> [Token] {
        let text = (0..<count).map { "word\($0)" }.joined(separator: " ")
        return Tokenizer.tokenize(Array(text.unicodeScalars))
    }

    /// Every range of up to eleven tokens, with the token looked for at every place in it,
    /// before it and after it: the scan reads four tokens a round and then those left.
    @Test func firstIndexFindsTheFirstMatchInEveryRange() {
        let all = tokens(12)
        for lower in 0...all.count {
            for upper in lower...all.count {
                for wanted in 0..<all.count {
                    let found = all.firstIndex(in: lower..<upper) { $0.start == all[wanted].start }
                    #expect(found == ((lower..<upper).contains(wanted) ? wanted : nil))
                }
            }
        }
    }

    @Test func firstIndexAnswersTheEarliestOfSeveralMatches() {
        let all = tokens(10)
        for lower in 0..<all.count {
            #expect(all.firstIndex(in: lower..<all.count) { $0.start >= all[lower].start } == lower)
            #expect(all.firstIndex(in: lower..<all.count) { $0.start >= all[7].start } == max(lower, 7))
        }
        #expect(all.firstIndex(in: 3..<3) { _ in true } == nil)
    }
}
