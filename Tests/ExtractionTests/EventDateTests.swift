import Testing
@testable import Extraction

@Suite struct EventDateTests {
    static let extractor: Extractor = {
        do { return try Extractor() } catch { fatalError("extraction data: \(error)") }
    }()

    /// The dates of a report's sentences, and its tokens.
    private func sentenceDates(_ text: String) -> (dates: SentenceDates, tokens: [Token]) {
        let extractor = Self.extractor
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokenize(scalars)
        let sentences = extractor.splitter.split(tokens, text: scalars)
        let slice = TextSlice(utf8: Array(text.utf8))
        return (SentenceDates(tokens: tokens, slice: slice, sentences: sentences, months: extractor.lexicon.months,
                              reportingVerbs: extractor.lexicon.reportingVerbs), tokens)
    }

    @Test func aSentenceTextStartsAfterItsDateline() {
        let made = sentenceDates("SEOUL, May 13 (Yonhap) -- A fire broke out on Dec. 30 in Hyesan.")
        var dates = made.dates
        let tokens = made.tokens
        let text = dates.text(of: 0)
        #expect(tokens[text.lowerBound].key == TextFolding.key("A".unicodeScalars))
        // Asked again, the same answer, from what the first look found.
        #expect(dates.text(of: 0) == text)
        // The dateline's May 13 is when the story was filed, not when the fire was.
        let date = dates.date(in: [0])
        #expect(date?.month == 12 && date?.day == 30)
    }

    @Test func aSentenceWithoutAMonthOrLaterGivesNoDate() {
        var dates = sentenceDates("The house burned down. Nobody was hurt.").dates
        #expect(dates.date(in: [0, 1]) == nil)
    }

    @Test func laterCountsFromTheNearestDatedSentence() {
        var dates = sentenceDates("The broker was arrested on Dec. 29, 2020. He was sent to a labor camp a week later.").dates
        let date = dates.date(in: [1])
        #expect(date?.year == 2021 && date?.month == 1 && date?.day == 5)
    }

    @Test func aLowerCaseMonthWordStartsNoDate() {
        var dates = sentenceDates("Officials may arrest him on Dec. 2.").dates
        let date = dates.date(in: [0])
        #expect(date?.month == 12 && date?.day == 2)
    }

    @Test func aWrittenDateWinsOverLaterInTheSameSentence() {
        var dates = sentenceDates("The broker was arrested on Dec. 29, 2020. Three days later he was caught again on Jan. 9, 2021.").dates
        let date = dates.date(in: [1])
        #expect(date?.year == 2021 && date?.month == 1 && date?.day == 9)
    }
}
