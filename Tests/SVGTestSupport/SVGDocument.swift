import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Shared by the test targets that check rendered diagrams.
///
/// An SVG file read with XMLParser, flattened to its elements: enough to check structure
/// (which elements exist, what text they hold) without depending on coordinates, which vary
/// with the fonts installed.
public final class SVGDocument: NSObject, XMLParserDelegate {
    public struct Element: Sendable {
        public var name: String
        public var attributes: [String: String]
        public var text: String
    }

    /// Every element in document order, with the character data directly inside it.
    public private(set) var elements: [Element] = []
    private var open: [Int] = []

    /// Parses `bytes`; `nil` if they are not well-formed XML.
    public init?(_ bytes: [UInt8]) {
        super.init()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = self
        guard parser.parse() else { return nil }
    }

    /// The text of every element called `name`, in document order.
    public func texts(of name: String) -> [String] {
        elements.filter { $0.name == name }.map(\.text)
    }

    public func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        open.append(elements.count)
        elements.append(Element(name: elementName, attributes: attributeDict, text: ""))
    }

    public func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let index = open.last { elements[index].text += string }
    }

    public func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        open.removeLast()
    }
}
