import Foundation
import GraphvizRendering
import Testing

@Suite("GraphvizRenderer memory")
struct GraphvizRendererMemoryTests {
    /// The resident set size of this process, from /proc (Linux only).
    private static func residentBytes() -> Int? {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = statm.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * 4096
    }

    /// Every render must free its graph, layout and output buffer. Long tooltips (which cost
    /// the layout nothing) make each output about 90 KB, so leaking only the buffer would
    /// grow memory by some 90 MB in 1000 renders: far above what other tests running in
    /// parallel in this process allocate meanwhile.
    ///
    /// Uses neato: libgvc 2.43's `dot` layout itself leaks about 3 KB per render of this
    /// graph (measured from plain C as well), which would hide the wrapper's own behaviour.
    @Test(.enabled(if: residentBytes() != nil, "needs /proc/self/statm"))
    func repeatedRendersDoNotLeakGraphsLayoutsOrOutput() throws {
        let padding = String(repeating: "evidence ", count: 220)
        let statements = (0..<40).map { "n\($0) [label=\"Node number \($0)\", tooltip=\"\(padding)\"]; n\($0) -> n\(($0 * 7) % 40);" }
        let dot = "digraph \"memory\" { \(statements.joined(separator: " ")) }"
        let renderer = GraphvizRenderer()
        for _ in 0..<50 { _ = try renderer.render(dot: dot, layout: .neato) }
        let before = try #require(Self.residentBytes())
        var produced = 0
        for _ in 0..<1000 { produced += try renderer.render(dot: dot, layout: .neato).count }
        let growth = try #require(Self.residentBytes()) - before
        #expect(produced > 80_000_000)
        #expect(growth < 40_000_000, "resident memory grew by \(growth / 1024) KiB over 1000 renders")
    }
}
