import Testing

@testable import GraphExchange

@Suite struct XMLEscapingTests {
    @Test func markupAndQuotesBecomeReferences() {
        #expect(XMLEscaping.escape(#"<a href="x">&amp;</a>"#) == "&lt;a href=&quot;x&quot;&gt;&amp;amp;&lt;/a&gt;")
    }

    @Test func lineBreaksAndTabsSurviveAttributeNormalisation() {
        #expect(XMLEscaping.escape("a\nb\r\nc\td") == "a&#10;b&#13;&#10;c&#9;d")
    }

    @Test func charactersXML10ForbidsBecomeTheReplacementCharacter() {
        #expect(XMLEscaping.escape("a\u{00}b\u{07}c\u{1B}d\u{1F}e\u{FFFE}f\u{FFFF}") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}f\u{FFFD}")
    }

    @Test func ordinaryTextIsCopiedWhole() {
        let text = "Ministry of State Security — 국가보위성, café 🇰🇵"
        #expect(XMLEscaping.escape(text) == text)
    }

    @Test func everyHostileNameParsesBackAsWrittenInContentAndAttributes() throws {
        for name in hostileNames {
            let escaped = XMLEscaping.escape(name)
            let tree = XMLTree("<r a=\"\(escaped)\">\(escaped)</r>")
            #expect(tree.problem == nil, "\(name.debugDescription): \(tree.problem ?? "")")
            #expect(tree.root?.attributes["a"] == xmlVisible(name), "attribute of \(name.debugDescription)")
            #expect(tree.root?.text == xmlVisible(name), "content of \(name.debugDescription)")
        }
    }
}
