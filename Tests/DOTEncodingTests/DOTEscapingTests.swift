import Testing

import DOTEncoding

@Suite("DOTEscaping")
struct DOTEscapingTests {
    @Test func quotedEscapesBackslashQuoteAndLineBreaks() {
        #expect(DOTEscaping.quoted("plain") == #""plain""#)
        #expect(DOTEscaping.quoted(#"say "hi""#) == #""say \"hi\"""#)
        #expect(DOTEscaping.quoted(#"C:\dir\"#) == #""C:\\dir\\""#)
        #expect(DOTEscaping.quoted("a\nb\r\nc\rd") == #""a\nb\nc\nd""#)
        #expect(DOTEscaping.quoted("a & b <c>") == #""a & b <c>""#)
    }

    @Test func labelAlsoEscapesAmpersandSoEntitiesShowAsWritten() {
        #expect(DOTEscaping.label("A & B") == #""A &amp; B""#)
        #expect(DOTEscaping.label("&amp; &lt;") == #""&amp;amp; &amp;lt;""#)
        #expect(DOTEscaping.label(#"\N"#) == #""\\N""#)
        #expect(DOTEscaping.label("<b>'x'</b>") == #""<b>'x'</b>""#)
    }

    @Test func tooltipWritesEachBackslashAsFour() {
        #expect(DOTEscaping.tooltip(#"a\N "q""#) == #""a\\\\N \"q\"""#)
        #expect(DOTEscaping.tooltip("line\nbreak") == #""line\nbreak""#)
    }

    @Test func controlCharactersXMLCannotHoldBecomeReplacementCharacters() {
        #expect(DOTEscaping.label("a\u{0}b\u{7}c\td") == "\"a\u{FFFD}b\u{FFFD}c\td\"")
        #expect(DOTEscaping.quoted("\u{FFFF}") == "\"\u{FFFD}\"")
    }

    @Test func escapedStringNeverEndsEarly() {
        // Whatever the input, the only unescaped quotes are the first and last character.
        for input in [#"\"#, #"\\""#, #"""#, "\\\n\"", #"a\"b"#] {
            for quoted in [DOTEscaping.quoted(input), DOTEscaping.label(input), DOTEscaping.tooltip(input)] {
                var pendingEscape = false
                var strayQuote = false
                for character in quoted.dropFirst().dropLast() {
                    if pendingEscape {
                        pendingEscape = false
                    } else if character == "\\" {
                        pendingEscape = true
                    } else if character == "\"" {
                        strayQuote = true
                    }
                }
                #expect(quoted.first == "\"" && quoted.last == "\"" && !pendingEscape && !strayQuote, "\(quoted)")
            }
        }
    }
}
