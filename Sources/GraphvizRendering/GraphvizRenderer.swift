import CGraphviz

/// Lays out and draws DOT text with the Graphviz C library, in-process.
///
/// Rendering never starts the `dot` program: the text is parsed with `agmemread`, laid out
/// with `gvLayout` and written with `gvRenderData`, so no temporary files or subprocesses
/// are involved and errors come back as ``GraphvizError`` values rather than exit codes.
///
/// The renderer is a stateless value and may be used from any thread or task. libgvc itself
/// is not thread-safe, so all renderers share one process-wide lock: renders run one at a
/// time, however many tasks call ``render(dot:layout:format:)`` at once.
public struct GraphvizRenderer: Sendable {
    /// A renderer using the shared libgvc context.
    public init() {}

    /// Lays out and renders DOT text in-process through libgvc.
    ///
    /// The graph should be named (`digraph "name" { … }`): libgvc gives anonymous graphs
    /// process-global names such as `%3`, which leak into the output and vary between runs.
    ///
    /// - Parameters:
    ///   - dot: the graph, in the DOT language.
    ///   - layout: the layout engine that computes positions.
    ///   - format: the output format.
    /// - Returns: the rendered file's bytes (UTF-8 text for `svg` and `dot`).
    /// - Throws: ``GraphvizError/pluginsMissing(kind:available:)`` when this install lacks the
    ///   layout or format; ``GraphvizError/invalidDOT(message:)`` with libgvc's diagnostic when
    ///   the text does not parse; ``GraphvizError/layoutFailed(engine:message:)`` or
    ///   ``GraphvizError/renderFailed(format:message:)`` when libgvc reports failure.
    public func render(
        dot: String, layout: LayoutEngine = .dot, format: RenderFormat = .svg
    ) throws(GraphvizError) -> [UInt8] {
        try _LibGVC.withSession { (session) throws(GraphvizError) -> [UInt8] in
            guard let gvc = session.gvc() else {
                throw GraphvizError.pluginsMissing(kind: "layout", available: [])
            }
            guard !session.layouts.isEmpty else {
                throw GraphvizError.pluginsMissing(kind: "layout", available: [])
            }
            guard session.layouts.contains(layout.rawValue) else {
                throw GraphvizError.pluginsMissing(kind: "layout \"\(layout.rawValue)\"", available: session.layouts)
            }
            guard session.formats.contains(format.rawValue) else {
                throw GraphvizError.pluginsMissing(
                    kind: session.formats.isEmpty ? "output format" : "output format \"\(format.rawValue)\"",
                    available: session.formats)
            }

            _LibGVC.resetErrors()
            guard let graph = agmemread(dot) else {
                throw GraphvizError.invalidDOT(message: _LibGVC.lastError(orElse: "the text holds no graph"))
            }
            defer { _ = agclose(graph) }

            _LibGVC.resetErrors()
            let laidOut = gvLayout(gvc, graph, layout.rawValue)
            // Safe after a failed or partial layout too; frees whatever the engine attached.
            defer { _ = gvFreeLayout(gvc, graph) }
            guard laidOut == 0 else {
                throw GraphvizError.layoutFailed(
                    engine: layout.rawValue, message: _LibGVC.lastError(orElse: "gvLayout returned \(laidOut)"))
            }

            _LibGVC.resetErrors()
            var data: UnsafeMutablePointer<CChar>? = nil
            var length: UInt32 = 0
            let rendered = gvRenderData(gvc, graph, format.rawValue, &data, &length)
            defer { if let data { gvFreeRenderData(data) } }
            guard rendered == 0, let data else {
                throw GraphvizError.renderFailed(
                    format: format.rawValue,
                    message: _LibGVC.lastError(orElse: "gvRenderData returned \(rendered)"))
            }
            return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { bytes in
                Array(UnsafeBufferPointer(start: bytes, count: Int(length)))
            }
        }
    }

    /// Layout engines and output formats this libgvc install actually provides (from gvPluginList).
    ///
    /// Names are sorted and include engines ``LayoutEngine`` does not model (`osage`,
    /// `patchwork`, `nop`). Empty when the plugin config is missing.
    public func availableLayouts() -> [String] {
        _LibGVC.withSession { session in
            _ = session.gvc()
            return session.layouts
        }
    }

    /// Output formats (`-T` device names) this libgvc install provides, sorted.
    ///
    /// Includes formats ``RenderFormat`` does not model (`xdot`, `json`, `ps`).
    public func availableFormats() -> [String] {
        _LibGVC.withSession { session in
            _ = session.gvc()
            return session.formats
        }
    }
}
