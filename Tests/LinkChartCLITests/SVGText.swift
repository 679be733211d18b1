import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses an SVG file as XML and collects the text of its `<text>` and `<title>` elements.
final class SVGText: NSObject, XMLParserDelegate {
    private(set) var texts: [String] = []
    private(set) var elements: [String] = []
    private var current: String?

    /// The texts, or nil when the document is not well-formed XML.
    static func parse(_ data: Data) -> SVGText? {
        let collector = SVGText()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        return parser.parse() ? collector : nil
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.append(name)
        if name == "text" || name == "title" { current = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        current? += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if (name == "text" || name == "title"), let text = current {
            texts.append(text)
            current = nil
        }
    }
}
