import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG file read with XMLParser, flattened to its elements: enough to check structure
/// (which elements exist, what text they hold) without depending on coordinates, which vary
/// with the fonts installed.
final class SVGDocument: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text: String
    }

    /// Every element in document order, with the character data directly inside it.
    private(set) var elements: [Element] = []
    private var open: [Int] = []

    /// Parses `bytes`; `nil` if they are not well-formed XML.
    init?(_ bytes: [UInt8]) {
        super.init()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = self
        guard parser.parse() else { return nil }
    }

    /// The text of every element called `name`, in document order.
    func texts(of name: String) -> [String] {
        elements.filter { $0.name == name }.map(\.text)
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        open.append(elements.count)
        elements.append(Element(name: elementName, attributes: attributeDict, text: ""))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let index = open.last { elements[index].text += string }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        open.removeLast()
    }
}
