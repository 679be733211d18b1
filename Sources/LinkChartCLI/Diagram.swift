import ArgumentParser
import Diagrams
import GraphCore
import GraphvizRendering

extension DiagramFormat: ExpressibleByArgument {}

extension LayoutEngine: ExpressibleByArgument {}

extension Diagram {
    /// Renders for a command: a libgvc failure becomes ``CLIError/renderFailed(_:)`` (exit 1).
    func renderForCommand(format: DiagramFormat, layout: LayoutEngine? = nil, links: DiagramLinks? = nil) throws -> Rendered {
        do {
            return try render(format: format, layout: layout, links: links)
        } catch {
            throw CLIError.renderFailed(error.description)
        }
    }
}

extension EntityGraph {
    /// The report a user means by `name`: its identifier, or its file name with or without
    /// the extension; otherwise an error listing some of the reports there are.
    func resolveReport(_ name: String) throws -> Document {
        if let document = documents[DocumentID(rawValue: name)] { return document }
        let matches = sortedDocuments.filter { document in
            document.fileName == name || document.path == name
                || document.fileName.split(separator: ".").dropLast().joined(separator: ".") == name
        }
        if matches.count == 1 { return matches[0] }
        throw CLIError.noReport(name: name, known: sortedDocuments.map(\.id.rawValue))
    }
}
