import ArgumentParser
import DOTEncoding
import GraphCore
import GraphvizRendering

/// The formats a diagram can be written in.
enum DiagramFormat: String, CaseIterable, ExpressibleByArgument {
    /// linkchart's own DOT text, before layout: for editing or other Graphviz tools.
    case dot
    /// Laid out and rendered in-process by libgvc.
    case svg, png, pdf

    /// The format a file name's extension asks for.
    static func inferred(from path: String) -> DiagramFormat? {
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        switch ext {
        case "dot", "gv": return .dot
        case "svg": return .svg
        case "png": return .png
        case "pdf": return .pdf
        default: return nil
        }
    }
}

extension LayoutEngine: ExpressibleByArgument {}

/// Draws graphs: the DOT text from `DOTEncoding`, laid out and rendered by
/// `GraphvizRendering`. The one place where the two meet.
enum Diagram {
    /// Graphs up to this size are laid out with `dot`, whose ranked layout reads best;
    /// larger ones with `sfdp`, which stays fast where `dot` takes seconds to minutes.
    static let dotLayoutNodeLimit = 80
    static let dotLayoutEdgeLimit = 200

    static func automaticLayout(for graph: EntityGraph) -> LayoutEngine {
        graph.entities.count <= dotLayoutNodeLimit && graph.relations.count <= dotLayoutEdgeLimit ? .dot : .sfdp
    }

    /// The diagram of `graph` as bytes of `format`.
    static func render(_ graph: EntityGraph, name: String, title: String?, format: DiagramFormat, layout: LayoutEngine? = nil) throws -> [UInt8] {
        let engine = layout ?? automaticLayout(for: graph)
        var style = DOTStyle.default
        if engine != .dot { style.edgeRouting = "line" }
        let dot = DOTWriter(style: style).encode(graph, name: name, title: title)
        guard format != .dot else { return Array(dot.utf8) }
        let renderFormat: RenderFormat
        switch format {
        case .svg: renderFormat = .svg
        case .png: renderFormat = .png
        case .pdf: renderFormat = .pdf
        case .dot: renderFormat = .dot
        }
        do {
            return try GraphvizRenderer().render(dot: dot, layout: engine, format: renderFormat)
        } catch {
            throw CLIError.renderFailed(error.description)
        }
    }
}
