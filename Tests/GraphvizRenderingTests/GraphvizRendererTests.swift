import Foundation
import SVGTestSupport
import Testing

import GraphvizRendering

/// A small named graph; every render of it must give the same bytes.
private let simpleDOT = """
    digraph "simple" {
      "hyesan" [label="Hyesan"];
      "ryanggang" [label="Ryanggang Province"];
      "hyesan" -> "ryanggang" [label="located in"];
    }
    """

@Suite("GraphvizRenderer")
struct GraphvizRendererTests {
    let renderer = GraphvizRenderer()

    @Test func rendersNamedDigraphToSVGWithNodeLabelsAsText() throws {
        let svg = try renderer.render(dot: simpleDOT)
        let document = try #require(SVGDocument(svg), "SVG is not well-formed XML")
        #expect(document.elements.first?.name == "svg")
        let texts = document.texts(of: "text")
        #expect(texts.contains("Hyesan"))
        #expect(texts.contains("Ryanggang Province"))
        #expect(texts.contains("located in"))
        // The graph's own <title> is its name, not a process-global "%3".
        #expect(document.texts(of: "title").first == "simple")
    }

    @Test(arguments: LayoutEngine.allCases)
    func everyAvailableLayoutEngineRenders(engine: LayoutEngine) throws {
        if renderer.availableLayouts().contains(engine.rawValue) {
            let svg = try renderer.render(dot: simpleDOT, layout: engine)
            let document = try #require(SVGDocument(svg))
            #expect(document.texts(of: "text").contains("Hyesan"))
        } else {
            #expect(throws: GraphvizError.pluginsMissing(kind: "layout \"\(engine.rawValue)\"", available: renderer.availableLayouts())) {
                try renderer.render(dot: simpleDOT, layout: engine)
            }
        }
    }

    @Test func thisInstallProvidesEveryModelledLayoutAndFormat() {
        // Not a property of the code but of the machine: if it fails, the libgvc install is
        // incomplete and the plugin tests above only checked the error path.
        #expect(Set(LayoutEngine.allCases.map(\.rawValue)).isSubset(of: renderer.availableLayouts()))
        #expect(Set(RenderFormat.allCases.map(\.rawValue)).isSubset(of: renderer.availableFormats()))
    }

    @Test func pluginListsAreSortedAndWithoutDuplicates() {
        for list in [renderer.availableLayouts(), renderer.availableFormats()] {
            #expect(list == Array(Set(list)).sorted())
        }
    }

    @Test func pngOutputStartsWithPNGSignature() throws {
        try expectOutput(.png, startsWith: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    }

    @Test func pdfOutputStartsWithPDFMagic() throws {
        try expectOutput(.pdf, startsWith: Array("%PDF".utf8))
    }

    /// Renders `format` and checks its first bytes, or, where this libgvc lacks the plugin,
    /// that the failure is reported as a missing plugin rather than as anything else.
    private func expectOutput(_ format: RenderFormat, startsWith magic: [UInt8]) throws {
        if renderer.availableFormats().contains(format.rawValue) {
            let bytes = try renderer.render(dot: simpleDOT, format: format)
            #expect(Array(bytes.prefix(magic.count)) == magic)
            #expect(bytes.count > 100)
        } else {
            do {
                _ = try renderer.render(dot: simpleDOT, format: format)
                Issue.record("\(format) is not in availableFormats() but rendered")
            } catch {
                switch error {
                case .pluginsMissing, .renderFailed: break
                default: Issue.record("unexpected error for missing \(format): \(error)")
                }
            }
        }
    }

    @Test func dotOutputIsLaidOutDOTWithPositions() throws {
        let text = String(decoding: try renderer.render(dot: simpleDOT, format: .dot), as: UTF8.self)
        #expect(text.hasPrefix("digraph simple {"))
        #expect(text.contains("pos="))
        #expect(text.contains("bb="))
    }

    @Test func invalidDOTThrowsInvalidDOTWithSyntaxMessage() {
        do {
            _ = try renderer.render(dot: "digraph { a -> }")
            Issue.record("invalid DOT rendered")
        } catch {
            guard case .invalidDOT(let message) = error else {
                Issue.record("expected invalidDOT, got \(error)")
                return
            }
            #expect(!message.isEmpty)
            #expect(message.contains("syntax error"))
            // libcgraph's lexer does not always reset its line count after another graph's
            // syntax error (tests render concurrently), so only the word is checked.
            #expect(message.contains("line"))
            #expect(error.description.hasPrefix("invalid DOT: syntax error"))
        }
    }

    @Test func parserRecoversAfterASyntaxError() throws {
        #expect(throws: GraphvizError.self) { try renderer.render(dot: "digraph \"broken\" { a -> ; }") }
        let svg = try renderer.render(dot: simpleDOT)
        #expect(SVGDocument(svg)?.texts(of: "text").contains("Hyesan") == true)
    }

    @Test func emptyTextIsReportedWithoutAStaleMessage() {
        // aglasterr() still holds the previous syntax error; it must not be reported again.
        _ = try? renderer.render(dot: "digraph { a -> }")
        #expect(throws: GraphvizError.invalidDOT(message: "the text holds no graph")) {
            try renderer.render(dot: "")
        }
    }

    @Test func concurrentRendersAllSucceedAndAgree() async throws {
        let renderer = self.renderer
        let results = await withTaskGroup(of: Result<[UInt8], GraphvizError>.self) { group in
            for index in 0..<64 {
                let layout: LayoutEngine = index.isMultiple(of: 2) ? .dot : .neato
                group.addTask {
                    // Half the tasks use neato so two engines interleave, then re-render with dot.
                    _ = try? renderer.render(dot: simpleDOT, layout: layout)
                    return Result { () throws(GraphvizError) -> [UInt8] in try renderer.render(dot: simpleDOT) }
                }
            }
            var all: [Result<[UInt8], GraphvizError>] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 64)
        let outputs = try results.map { try $0.get() }
        #expect(Set(outputs).count == 1)
        #expect(outputs.first.map { SVGDocument($0) != nil } == true)
    }

    @Test func repeatedRendersGiveIdenticalBytes() throws {
        let first = try renderer.render(dot: simpleDOT)
        for _ in 0..<200 {
            #expect(try renderer.render(dot: simpleDOT) == first)
        }
    }
}

@Suite("GraphvizError")
struct GraphvizErrorTests {
    @Test func missingPluginConfigNamesTheFix() {
        let text = GraphvizError.pluginsMissing(kind: "layout", available: []).description
        #expect(text.contains("no layout plugins"))
        #expect(text.contains("dot -c"))
    }

    @Test func missingSinglePluginListsWhatIsAvailable() {
        let text = GraphvizError.pluginsMissing(kind: "output format \"pdf\"", available: ["png", "svg"]).description
        #expect(text == "Graphviz has no output format \"pdf\" plugin; this install provides: png, svg")
    }

    @Test func layoutAndRenderFailuresNameTheEngineAndFormat() {
        #expect(GraphvizError.layoutFailed(engine: "sfdp", message: "boom").description.contains("\"sfdp\""))
        #expect(GraphvizError.renderFailed(format: "pdf", message: "boom").description.contains("pdf"))
    }
}
