import Testing
@testable import Extraction

@Suite struct SentenceSplitterTests {
    private func sentences(_ text: String, abbreviations: [String] = ["dec", "mr", "no"]) -> [String] {
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokenize(scalars)
        let splitter = SentenceSplitter(abbreviations: Set(abbreviations.map { TextFolding.key($0.unicodeScalars) }))
        return splitter.split(tokens, text: scalars).map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
    }

    @Test func splitsAtTerminalPunctuationBeforeACapital() {
        #expect(sentences("The fire spread. Two died! Why? Nobody knows.") == ["The fire spread.", "Two died!", "Why?", "Nobody knows."])
    }

    @Test func abbreviationsAndInitialsDoNotEndSentences() {
        #expect(sentences("Sources told Daily NK on Dec. 30 that Mr. Ri left the U.S. Army base. Then he left.")
            == ["Sources told Daily NK on Dec. 30 that Mr. Ri left the U.S. Army base.", "Then he left."])
    }

    @Test func closingQuotesStayWithTheirSentence() {
        #expect(sentences("He said, “They were executed.” The source added more.")
            == ["He said, “They were executed.”", "The source added more."])
    }

    @Test func captionsAndBylinesOnTheirOwnLineAreSentences() {
        #expect(sentences("Sunchon, South Pyongan Province\nSunchon. Image: Daily NK\n\n*Translated by S & J")
            == ["Sunchon, South Pyongan Province", "Sunchon.", "Image: Daily NK", "*Translated by S & J"])
    }

    @Test func hardWrappedLinesAreJoined() {
        let text = "The Ministry of State Security arrested three traders in Hyesan last\nweek for smuggling copper across the Yalu River into China.\n"
        #expect(sentences(text).count == 1)
    }

    @Test func sentencesAreNumberedFromZero() {
        let scalars = Array("One. Two. Three.".unicodeScalars)
        let split = SentenceSplitter(abbreviations: []).split(Tokenizer.tokenize(scalars), text: scalars)
        #expect(split.map(\.index) == [0, 1, 2])
    }
}
