import Foundation
import GraphCore
import Testing
@testable import Extraction

@Suite struct ReportReaderTests {
    private func read(_ text: String) throws -> Report {
        try ReportReader.read(Data(text.utf8), path: "x/r.txt", id: "r")
    }

    /// `clean` written plainly: the whitespace collapsed one code point at a time.
    private func reference(_ text: String, straighten: Bool) -> String {
        let whitespace: Set<UInt32> = [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0xA0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
                                       0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000]
        var out = String.UnicodeScalarView()
        var pending = false
        for scalar in text.unicodeScalars {
            if whitespace.contains(scalar.value) {
                pending = !out.isEmpty
                continue
            }
            if pending { out.append(" ") }
            pending = false
            out.append(straighten && scalar == "\u{2019}" ? "'" : scalar)
        }
        return String(out)
    }

    /// `clean` reads several bytes at a time where it can: it must still agree, on texts of
    /// every mix of words, runs of whitespace and wider characters, with collapsing the
    /// whitespace one code point at a time.
    @Test func cleanCollapsesWhitespaceAsAScalarByScalarReading() {
        let pieces = ["Kim", "Jong", "Un", "Hyesan", "a", "of", ".", ",", "’", "é", "—", "\u{A9}", " ", " ", " ", "  ", "\n", "\n\n",
                      "\t", "\u{A0}", "\u{2009}", "\u{3000}", "\u{2028}", "\u{200B}", "1,000", "“", "”", "\u{85}", "\u{202F}",
                      "\u{205F}", "\u{2029}", "\u{2030}", "\u{3001}"]
        // A fixed sequence of texts (a linear congruential generator), so a failure repeats.
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        for _ in 0..<2000 {
            let text = (0..<next(41)).map { _ in pieces[next(pieces.count)] }.joined()
            #expect(ReportReader.clean(text) == reference(text, straighten: false), "\(Array(text.unicodeScalars))")
            #expect(ReportReader.clean(text, straightenApostrophes: true) == reference(text, straighten: true))
        }
    }

    /// Curly quotes, dashes and other characters beyond ASCII that are not whitespace leave
    /// a text clean: it comes back as it was, and so does a curly apostrophe unless
    /// apostrophes are straightened.
    @Test func cleanKeepsCurlyQuotesDashesAndApostrophesThatNeedNoChange() {
        let text = "“Kim’s visit” to Hyesan — © 2019, café"
        #expect(ReportReader.clean(text) == text)
        #expect(ReportReader.clean(text, straightenApostrophes: true) == "“Kim's visit” to Hyesan — © 2019, café")
        #expect(ReportReader.clean("Kim’s") == "Kim’s")
        #expect(ReportReader.clean("Kim’s", straightenApostrophes: true) == "Kim's")
    }

    /// Wide spaces are found after and between other characters beyond ASCII that start
    /// with the same bytes (`U+00A9` after `U+00A0`, `U+201C` before `U+2009`, `U+3001`
    /// beside `U+3000`), and at the end of a text.
    @Test func cleanFindsWideSpacesAmongCharactersThatShareTheirLeadBytes() {
        #expect(ReportReader.clean("“Kim”\u{A0}©\u{2009}“Hyesan”") == "“Kim” © “Hyesan”")
        #expect(ReportReader.clean("Kim\u{3001}\u{3000}Hyesan\u{3001}") == "Kim\u{3001} Hyesan\u{3001}")
        #expect(ReportReader.clean("“Kim Jong Un”\u{202F}") == "“Kim Jong Un”")
        #expect(ReportReader.clean("“Kim Jong Un”\u{85}said") == "“Kim Jong Un” said")
        #expect(ReportReader.clean("\u{205F}—Kim—") == "—Kim—")
    }

    /// Whether a text is clean is read sixteen bytes at a time, the last block moved back to
    /// end one byte before the text: a second space, a line break, a wide space or a curly
    /// apostrophe is found wherever it is in a long text, at the edges of the blocks, in the
    /// part read twice and in the last byte.
    @Test func cleanFindsWhatItChangesAnywhereInALongText() {
        let base = "Kim Jong Un visited Hyesan and Onsong in May"
        let bytes = Array(base.utf8)
        for place in 0...bytes.count {
            for inserted in [" ", "\n", "\t", "\u{A0}", "\u{2009}", "\u{3000}", "’", "“", "é"] {
                let text = String(decoding: Array(bytes[..<place]) + Array(inserted.utf8) + Array(bytes[place...]), as: UTF8.self)
                #expect(ReportReader.clean(text) == reference(text, straighten: false), "\(Array(text.unicodeScalars))")
                #expect(ReportReader.clean(text, straightenApostrophes: true) == reference(text, straighten: true))
            }
        }
    }

    /// A sentence read from a report's bytes is cleaned as its text is: kept when clean,
    /// curly quotes and all, and collapsed when it is not.
    @Test func aSentenceOfAReportIsCleanedAsItsText() {
        let text = "“Kim’s visit” — to Hyesan.\nA  second\u{A0}line."
        let slice = TextSlice(utf8: Array(text.utf8))
        let sentenceEnd = Array(text.unicodeScalars).firstIndex(of: "\n")!
        #expect(slice.cleanString(0, sentenceEnd) == "“Kim’s visit” — to Hyesan.")
        #expect(slice.cleanString(0, sentenceEnd, straightenApostrophes: true) == "“Kim's visit” — to Hyesan.")
        #expect(slice.cleanString(sentenceEnd, text.unicodeScalars.count) == "A second line.")
    }

    @Test func headerLinesBecomeMetadataNotText() throws {
        let report = try read("Title: Fire in Hyesan\nDate: May 14, 2019\nSource: Daily NK\n\nA fire broke out.\n")
        #expect(report.document.title == "Fire in Hyesan")
        #expect(report.document.date == "2019-05-14")
        #expect(report.document.source == "Daily NK")
        #expect(report.body == "A fire broke out.\n")
    }

    @Test func withoutHeadersTheTitleIsTheFirstLine() throws {
        let report = try read("\n  Hyesan market closed  \nText follows.")
        #expect(report.document.title == "Hyesan market closed")
        #expect(report.document.date == nil)
        #expect(report.bodyStart == 0)
    }

    @Test func aHeaderLikeFirstLineWithoutBlankLineIsText() throws {
        let report = try read("Title: no blank line follows\nSo this is text.")
        #expect(report.bodyStart == 0)
        #expect(report.document.title == "Title: no blank line follows")
    }

    @Test func aLongFirstParagraphIsShortenedToItsFirstSentence() throws {
        let lead = "A mother who saved her children from a house fire in Onsong County, North Hamgyong Province, is currently under investigation by the Ministry of State Security (MSS) for failing to save portraits. Second sentence."
        let report = try read(lead)
        #expect(report.document.title.hasPrefix("A mother who saved"))
        #expect(report.document.title.count <= ReportReader.maximumTitleLength)
        #expect(report.document.title.hasSuffix("…"))
    }

    @Test func aLongTitleIsCutAtAWordTheSameWayInASCIIAndBeyond() {
        // 70 words of two to three letters: no sentence end, far over the limit.
        let words = (1...70).map { "w\($0)" }
        let plain = words.joined(separator: " ")
        let shortened = ReportReader.shorten(plain)
        // The first 159 characters without their last word (which may be cut), then an ellipsis.
        var prefix = plain.prefix(ReportReader.maximumTitleLength - 1)
        while prefix.hasSuffix(" ") { prefix = prefix.dropLast() }
        #expect(shortened == String(prefix[..<prefix.lastIndex(of: " ")!]) + "…")
        #expect(shortened.count <= ReportReader.maximumTitleLength)
        #expect(!shortened.dropLast().hasSuffix(" "))
        // The same title with an accented first word is cut at the same word.
        let accented = ReportReader.shorten("\u{E9}" + plain.dropFirst())
        #expect(accented == "\u{E9}" + shortened.dropFirst())
        // One long word is cut at the limit.
        let word = String(repeating: "a", count: 300)
        #expect(ReportReader.shorten(word) == String(repeating: "a", count: ReportReader.maximumTitleLength - 1) + "…")
    }

    /// The rule on characters, written plainly: the first sentence if it fits, else the
    /// words of the first 159 characters but the last, and an ellipsis.
    private func shortenedByCharacters(_ title: String) -> String {
        let limit = ReportReader.maximumTitleLength
        guard title.count > limit else { return title }
        let end = [". ", "? ", "! "].lazy.compactMap { title.range(of: $0)?.lowerBound }.first.map { title.index(after: $0) }
        let sentence = end.map { String(title[..<$0]) } ?? title
        guard sentence.count > limit else { return sentence }
        let cut = sentence.prefix(limit - 1)
        var trimmed = cut[...]
        while trimmed.hasSuffix(" ") { trimmed = trimmed.dropLast() }
        guard let space = trimmed.lastIndex(of: " ") else { return String(cut) + "…" }
        return String(cut[..<space]) + "…"
    }

    @Test func titlesBeyondASCIIAreCutWhereCountingCharactersCutsThem() {
        let words = (1...60).map { "w\($0)" }.joined(separator: " ")
        let titles = [
            "North Korea\u{2019}s \u{201C}rice war\u{201D} \u{2014} " + words,  // curly quotes and a dash: cut on bytes
            String(repeating: "\u{D55C}\u{AD6D} ", count: 90),  // Hangul syllables
            "Caf\u{E9} " + words + ". And more after the first sentence.",
            "Short first sentence\u{2019}s end. " + words,
            "Cafe\u{301} " + words,  // a combining accent: characters are counted
            "Line\r\n" + words,  // a carriage return and line feed: one character
            String(repeating: "\u{E9}", count: 170),  // no space at all
            String(repeating: "\u{E9}", count: 150),  // within the limit in characters, not in bytes
        ]
        for title in titles {
            #expect(ReportReader.shorten(title) == shortenedByCharacters(title), "\(title.prefix(30))")
        }
    }

    @Test func writtenDatesBecomeISODates() {
        #expect(ReportReader.normalizeDate("May 4, 2019") == "2019-05-04")
        #expect(ReportReader.normalizeDate("14 Dec 2019") == "2019-12-14")
        #expect(ReportReader.normalizeDate("Dec. 30, 2019") == "2019-12-30")
        #expect(ReportReader.normalizeDate("2019/5/4") == "2019-05-04")
        #expect(ReportReader.normalizeDate("2019.12.31") == "2019-12-31")
        #expect(ReportReader.normalizeDate("2019-11-23") == "2019-11-23")
        #expect(ReportReader.normalizeDate("2019-13-01") == "2019-13-01")
        #expect(ReportReader.normalizeDate("0999-01-01") == "0999-01-01")
    }

    @Test func unparseableDatesAreKeptAsWritten() throws {
        #expect(try read("Date: spring 2019\n\nText.").document.date == "spring 2019")
    }

    @Test func invalidUTF8IsRefusedWithTheOffset() {
        var bytes = Array("Hyesan ".utf8)
        bytes += [0xC3, 0x28]
        #expect(throws: ExtractionError.invalidUTF8(file: "x/r.txt", byteOffset: 7)) {
            try ReportReader.read(Data(bytes), path: "x/r.txt", id: "r")
        }
    }

    @Test func binaryAndEmptyFilesAreRefused() {
        #expect(throws: ExtractionError.binaryFile(file: "x/r.txt")) {
            try ReportReader.read(Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]), path: "x/r.txt", id: "r")
        }
        #expect(throws: ExtractionError.emptyReport(file: "x/r.txt")) {
            try ReportReader.read(Data(" \n\t\n".utf8), path: "x/r.txt", id: "r")
        }
        // A NUL in text that is otherwise valid UTF-8, at its end, makes it binary too.
        #expect(throws: ExtractionError.binaryFile(file: "x/r.txt")) {
            try ReportReader.read(Data(Array("Hyesan traders were fined.".utf8) + [0]), path: "x/r.txt", id: "r")
        }
        // More than one control character in ten does; tabs, form feeds and line ends do not.
        #expect(throws: ExtractionError.binaryFile(file: "x/r.txt")) {
            try ReportReader.read(Data(Array("Hyesan".utf8) + [0x01, 0x02, 0x1B]), path: "x/r.txt", id: "r")
        }
        #expect((try? ReportReader.read(Data("Hyesan\ttraders\u{0C}\r\nwere fined.\u{1B}".utf8), path: "x/r.txt", id: "r")) != nil)
    }
}
