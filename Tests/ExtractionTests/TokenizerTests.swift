import Testing
@testable import Extraction

@Suite struct TokenizerTests {
    private func words(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return Tokenizer.tokenize(scalars).map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
    }

    @Test func possessivesAreTheirOwnTokens() {
        #expect(words("Daily NK’s sources") == ["Daily", "NK", "’s", "sources"])
        #expect(words("Workers' Party") == ["Workers", "'", "Party"])
        #expect(words("O'Brien and Ji'an") == ["O'Brien", "and", "Ji'an"])
    }

    @Test func hyphenatedWordsSplitButStayJoined() {
        let scalars = Array("Kim Jong-un visited Onsong-gun - a county".unicodeScalars)
        let tokens = Tokenizer.tokenize(scalars)
        #expect(tokens.map(\.isHyphenJoined) == [false, false, true, false, false, true, false, false, false])
        // `Jong-un` and `Jong Un` give the same keys.
        let spaced = Tokenizer.tokenize(Array("Kim Jong Un".unicodeScalars))
        #expect(tokens.prefix(3).map(\.key) == spaced.map(\.key))
    }

    @Test func keysIgnoreCaseAndDiacritics() {
        let a = Tokenizer.tokenize(Array("Hamgyŏng".unicodeScalars))
        let b = Tokenizer.tokenize(Array("HAMGYONG".unicodeScalars))
        #expect(a[0].key == b[0].key)
        #expect(b[0].isAllCaps && b[0].isCapitalized)
    }

    @Test func urlsAndEmailsAreOpaque() {
        #expect(words("write to dailynkenglish@uni-media.net.") == ["write", "to", "dailynkenglish@uni-media.net", "."])
        #expect(words("see https://www.dailynk.com/english/ now") == ["see", "https://www.dailynk.com/english/", "now"])
    }

    @Test func aWordEndingASentenceIsNotAnAddress() {
        #expect(words("He said. Then www. left") == ["He", "said", ".", "Then", "www", ".", "left"])
        #expect(words("the end_") == ["the", "end", "_"])
        // An `@` with nothing after it still makes the word an address, as it always did.
        #expect(words("mail kim@ now") == ["mail", "kim@", "now"])
    }

    @Test func aWordWithAnApostropheNeverStartsAnAddress() {
        #expect(words("O'Brien.com and Ri's@home") == ["O'Brien", ".", "com", "and", "Ri", "'s", "@", "home"])
        #expect(words("visit www.dailynk.com today") == ["visit", "www.dailynk.com", "today"])
        #expect(words("ask kim.ri@dailynk.com, then") == ["ask", "kim.ri@dailynk.com", ",", "then"])
    }

    @Test func offsetsCountCodePoints() {
        let text = "“Kim” said 한국 Hyesan"
        let scalars = Array(text.unicodeScalars)
        let hyesan = Tokenizer.tokenize(scalars).last!
        #expect(hyesan.start == 14 && hyesan.end == 20)
        #expect(Tokenizer.tokenize(scalars).contains { $0.kind == .word && $0.end - $0.start == 2 && !$0.isCapitalized })
    }

    @Test func lineBreaksAreCounted() {
        let tokens = Tokenizer.tokenize(Array("one\ntwo\n\nthree".unicodeScalars))
        #expect(tokens.map(\.newlinesBefore) == [0, 1, 2])
    }
}
