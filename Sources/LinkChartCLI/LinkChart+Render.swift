import ArgumentParser
import Foundation
import GraphCore
import GraphQuery
import GraphvizRendering

extension LinkChart {
    /// Draws the whole graph or the network around one entity.
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw the relationship diagram of the corpus, or of the network around one entity.",
            discussion: """
                The format is taken from --format, else from the output file's extension \
                (.svg, .dot, .gv, .png, .pdf), else SVG. SVG, PNG and PDF are laid out and \
                rendered in-process by Graphviz's libgvc. Without -o the diagram goes to \
                standard output.
                """)

        @Option(help: ArgumentHelp("Draw only the entities within --depth relations of this one.", valueName: "name"))
        var focus: String?

        @Option(help: "With --focus: how many relations away to draw.")
        var depth: Int = 1

        @Option(help: ArgumentHelp("Output format: dot, svg, png or pdf.", valueName: "format"))
        var format: DiagramFormat?

        @Option(help: ArgumentHelp("Graphviz layout engine: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")); default: dot for small graphs, sfdp for large.", valueName: "engine"))
        var layout: LayoutEngine?

        @Option(name: [.customShort("o"), .long], help: ArgumentHelp("The file to write.", valueName: "file"))
        var output: String?

        @OptionGroup var corpus: CorpusOptions

        @Flag(help: "Print what was written as JSON.")
        var json = false

        func validate() throws {
            guard (1...10).contains(depth) else { throw ValidationError("--depth must be between 1 and 10") }
            if format == nil, let output, DiagramFormat.inferred(from: output) == nil {
                throw ValidationError("cannot tell the format from \"\(output)\"; use --format dot|svg|png|pdf or a .svg/.dot/.png/.pdf name")
            }
        }

        func run() throws {
            let graph = try CorpusLoader.graph(corpus.corpus)
            var drawn = graph
            var title = "linkchart: \(graph.documents.count) reports"
            var name = "linkchart"
            if let focus {
                let index = GraphIndex(graph)
                let entity = try index.resolve(focus)
                let ids = Set((index.neighbors(of: entity.id, NeighborQuery(depth: depth))?.neighbors ?? []).map(\.entity.id) + [entity.id])
                drawn = graph.subgraph(keeping: ids)
                title = "\(entity.name): depth \(depth)"
                name = "ego \(entity.id.rawValue)"
            }
            let chosenFormat = format ?? output.flatMap(DiagramFormat.inferred(from:)) ?? .svg
            if output == nil, chosenFormat == .png || chosenFormat == .pdf, isatty(STDOUT_FILENO) != 0 {
                throw ValidationError("\(chosenFormat.rawValue.uppercased()) is binary; write it to a file with -o FILE or redirect the output")
            }
            let engine = layout ?? Diagram.automaticLayout(for: drawn)
            let bytes = try Diagram.render(drawn, name: name, title: title, format: chosenFormat, layout: engine)
            try FileWriter.emit(bytes, to: output)
            guard let output else { return }
            if json {
                try JSONOutput.print(RenderAnswer(path: output, format: chosenFormat.rawValue, layout: engine.rawValue,
                                                  nodes: drawn.entities.count, edges: drawn.relations.count, bytes: bytes.count))
            } else {
                print("wrote \(output): \(drawn.entities.count) entities, \(drawn.relations.count) relations (\(chosenFormat.rawValue), layout \(engine.rawValue))")
            }
        }
    }
}

/// The JSON answer of `render`.
struct RenderAnswer: Encodable {
    var path: String
    var format: String
    var layout: String
    var nodes: Int
    var edges: Int
    var bytes: Int
}
