import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML document read with Foundation's XMLParser (FoundationXML on Linux), kept as a
/// tree: enough to check the structure and values of the GraphML and GEXF exports.
final class XMLTree: NSObject, XMLParserDelegate {
    final class Element {
        let name: String
        let attributes: [String: String]
        var text = ""
        var children: [Element] = []

        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }

        /// The children called `name`.
        func children(_ name: String) -> [Element] { children.filter { $0.name == name } }

        /// The first child called `name`.
        func child(_ name: String) -> Element? { children.first { $0.name == name } }

        /// Every element called `name` at any depth below this one, in document order.
        func descendants(_ name: String) -> [Element] {
            children.flatMap { ($0.name == name ? [$0] : []) + $0.descendants(name) }
        }
    }

    private(set) var root: Element?
    private var open: [Element] = []
    /// What the parser said when it rejected the document.
    private(set) var problem: String?

    /// Parses `text`, with namespaces reported so element names are local names.
    init(_ text: String) {
        super.init()
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldProcessNamespaces = true
        parser.delegate = self
        if !parser.parse() { problem = parser.parserError.map { "\($0)" } ?? "not well-formed" }
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        let element = Element(name: elementName, attributes: attributeDict)
        if let parent = open.last { parent.children.append(element) } else { root = element }
        open.append(element)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        open.last?.text += string
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        open.removeLast()
    }
}
