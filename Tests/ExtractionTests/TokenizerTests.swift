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

    @Test func aSpaceAfterAWordIsPassedOverWithIt() {
        let tokens = Tokenizer.tokenize(Array("Kim  left \n Hyesan, then".unicodeScalars))
        #expect(tokens.map(\.start) == [0, 5, 12, 18, 20])
        #expect(tokens.map(\.end) == [3, 9, 18, 19, 24])
        #expect(tokens.map(\.newlinesBefore) == [0, 0, 1, 0, 0])
    }

    @Test func aSpaceAfterAMarkIsPassedOverWithIt() {
        let tokens = Tokenizer.tokenize(Array("Kim, Ri.  Then:\nHyesan ( a".unicodeScalars))
        #expect(tokens.map(\.start) == [0, 3, 5, 7, 10, 14, 16, 23, 25])
        #expect(tokens.map(\.newlinesBefore) == [0, 0, 0, 0, 0, 0, 1, 0, 0])
        #expect(tokens.map(\.kind) == [.word, .punctuation, .word, .punctuation, .word, .punctuation, .word, .punctuation, .word])
    }

    @Test func firstLettersAreHashedLikeTheRest() {
        let expected = TextFolding.key("seoul".unicodeScalars)
        for word in ["Seoul", "seoul", "SEOUL", "sEOUL"] {
            #expect(Tokenizer.tokenize(Array(word.unicodeScalars))[0].key == expected)
        }
        #expect(Tokenizer.tokenize(Array("Ŏnsong".unicodeScalars))[0].key == TextFolding.key("onsong".unicodeScalars))
        #expect(Tokenizer.tokenize(Array("K2".unicodeScalars))[0].key == TextFolding.key("k2".unicodeScalars))
    }

    @Test func capitalisedWordsAreInCapitalsOnlyWithoutLowerCaseLetters() {
        let text = "Seoul NK K2 KPA's A Mc MSS NKorea O'BRIEN ÉCOLE Éc kim"
        let tokens = Tokenizer.tokenize(Array(text.unicodeScalars)).filter { $0.kind == .word }
        #expect(tokens.map(\.isAllCaps) == [false, true, false, true, false, false, true, false, true, true, false, false])
        #expect(tokens.map(\.isCapitalized) == [true, true, true, true, true, true, true, true, true, true, true, false])
    }

    @Test func punctuationKeysFoldAsTextDoes() {
        for mark in [",", ".", "—", "’", "‘", "“", "«", "¿", "·"] {
            let token = Tokenizer.tokenize(Array(mark.unicodeScalars))[0]
            #expect(token.kind == .punctuation)
            #expect(token.key == TextFolding.key(mark.unicodeScalars))
        }
    }

    /// More tokens than the tokenizer gathers before adding them to the array, so that the
    /// word before a hyphen or an apostrophe is sometimes read back from the array.
    @Test func hyphensAndApostrophesJoinAcrossBatches() {
        for count in 18...52 {
            let filler = Array(repeating: "word", count: count).joined(separator: " ")
            let tokens = Tokenizer.tokenize(Array("\(filler) Jong-un Workers' NK's".unicodeScalars))
            #expect(tokens.count == count + 6)
            #expect(tokens[count + 1].isHyphenJoined)
            #expect(tokens[count + 3].kind == .possessive && tokens[count + 5].kind == .possessive)
        }
    }

    @Test func tokensAlreadyInTheArrayAreNotJoinedToNewOnes() {
        let scalars = Array("Kim-un NK's".unicodeScalars)
        var tokens = Tokenizer.tokenize(scalars, from: 0, to: 3)
        Tokenizer.tokenize(scalars, from: 3, to: 9, into: &tokens)
        Tokenizer.tokenize(scalars, from: 9, to: 11, into: &tokens)
        #expect(tokens.map(\.kind) == [.word, .punctuation, .word, .word, .punctuation, .word])
        #expect(!tokens[2].isHyphenJoined)
    }
}
