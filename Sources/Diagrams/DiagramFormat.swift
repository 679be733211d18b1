import GraphvizRendering

/// The formats a diagram can be written in.
public enum DiagramFormat: String, CaseIterable, Sendable {
    /// linkchart's own DOT text, before layout: for editing or other Graphviz tools.
    case dot
    /// Laid out and rendered in-process by libgvc: SVG by the core plugin, PNG and PDF by
    /// the cairo plugin.
    case svg, png, pdf

    /// The format a file name's extension asks for (`.gv` is DOT too), if any.
    public static func inferred(from path: String) -> DiagramFormat? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "dot", "gv": return .dot
        case "svg": return .svg
        case "png": return .png
        case "pdf": return .pdf
        default: return nil
        }
    }

    /// The libgvc renderer for the format; `nil` for ``dot``, which is written before layout.
    var renderFormat: RenderFormat? {
        switch self {
        case .dot: nil
        case .svg: .svg
        case .png: .png
        case .pdf: .pdf
        }
    }
}
