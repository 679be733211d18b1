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
        /// The index in ``SVGDocument/elements`` of the element this one is inside.
        public var parent: Int?
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
        elements.append(Element(name: elementName, attributes: attributeDict, text: "", parent: open.last))
        open.append(elements.count - 1)
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

extension SVGDocument {
    /// Every `id` attribute in the document, so tests can check that links land somewhere.
    public var ids: [String] {
        elements.compactMap { $0.attributes["id"] }
    }

    /// The targets of the links inside the document: `href` and `xlink:href` values that
    /// start with `#`, without the `#`.
    public var internalLinks: [String] {
        elements.flatMap { element in
            ["href", "xlink:href"].compactMap { element.attributes[$0] }
        }.filter { $0.hasPrefix("#") }.map { String($0.dropFirst()) }
    }

    /// Whether the element at `index` lies (at any depth) inside the element at `ancestor`.
    public func isElement(_ index: Int, inside ancestor: Int) -> Bool {
        var current = elements[index].parent
        while let at = current {
            if at == ancestor { return true }
            current = elements[at].parent
        }
        return false
    }

    /// The index of the first element whose `class` holds `name` and whose `<title>` child is `title`.
    public func index(ofClass name: String, titled title: String) -> Int? {
        elements.indices.first { index in
            elements[index].attributes["class"]?.split(separator: " ").contains(Substring(name)) == true
                && elements.indices.contains { elements[$0].parent == index && elements[$0].name == "title" && elements[$0].text == title }
        }
    }

    /// The elements whose `class` attribute holds `name` among its words.
    public func elements(ofClass name: String) -> [Element] {
        elements.filter { $0.attributes["class"]?.split(separator: " ").contains(Substring(name)) == true }
    }
}
