import ArgumentParser
import Diagrams
import Foundation
import GraphCore
import GraphQuery
import GraphvizRendering

extension LinkChart {
    /// Draws one diagram: the corpus, one report, the network around an entity, or the
    /// timeline of events.
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "render",
            abstract: "Draw the corpus, one report, the network around one entity, or the timeline of events.",
            discussion: """
                Without --report, --focus or --timeline, draws the whole corpus. Diagrams \
                larger than --max-nodes keep the most mentioned and connected entities and say \
                under their title what was left out. The format is taken from --format, else \
                from the output file's extension (.svg, .dot, .gv, .png, .pdf), else SVG. SVG, \
                PNG and PDF are laid out and rendered in-process by Graphviz's libgvc. Without \
                -o the diagram goes to standard output.
                """)

        @Option(help: ArgumentHelp("Draw one report, by identifier or file name.", valueName: "id"))
        var report: String?

        @Option(help: ArgumentHelp("Draw only the entities within --depth relations of this one.", valueName: "name"))
        var focus: String?

        @Option(help: "With --focus: how many relations away to draw.")
        var depth: Int = 1

        @Flag(help: "Draw the events left to right by date, with their places and participants.")
        var timeline = false

        @Option(help: ArgumentHelp("Keep at most this many entities, the most important ones.", valueName: "n"))
        var maxNodes: Int = Diagram.defaultMaxNodes

        @Option(help: ArgumentHelp("Output format: dot, svg, png or pdf.", valueName: "format"))
        var format: DiagramFormat?

        @Option(help: ArgumentHelp("Graphviz layout engine: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")); default: chosen by size and density.", valueName: "engine"))
        var layout: LayoutEngine?

        @Option(name: [.customShort("o"), .long], help: ArgumentHelp("The file to write.", valueName: "file"))
        var output: String?

        @OptionGroup var corpus: CorpusOptions

        @Flag(help: "Print what was written as JSON.")
        var json = false

        func validate() throws {
            guard (1...10).contains(depth) else { throw ValidationError("--depth must be between 1 and 10") }
            guard maxNodes >= 1 else { throw ValidationError("--max-nodes must be at least 1") }
            let kinds = [report != nil, focus != nil, timeline].filter { $0 }.count
            guard kinds <= 1 else { throw ValidationError("choose one of --report, --focus and --timeline") }
            if format == nil, let output, DiagramFormat.inferred(from: output) == nil {
                throw ValidationError("cannot tell the format from \"\(output)\"; use --format dot|svg|png|pdf or a .svg/.dot/.png/.pdf name")
            }
        }

        func run() throws {
            let graph = try CorpusLoader.graph(corpus)
            let diagram = try chosenDiagram(of: graph)
            let chosenFormat = format ?? output.flatMap(DiagramFormat.inferred(from:)) ?? .svg
            if output == nil, chosenFormat == .png || chosenFormat == .pdf, isatty(STDOUT_FILENO) != 0 {
                throw ValidationError("\(chosenFormat.rawValue.uppercased()) is binary; write it to a file with -o FILE or redirect the output")
            }
            let rendered = try diagram.renderForCommand(format: chosenFormat, layout: layout)
            try FileWriter.emit(rendered.bytes, to: output)
            guard let output else { return }
            let nodes = diagram.graph.entities.count
            let edges = diagram.graph.relations.count
            if json {
                try JSONOutput.print(RenderAnswer(path: output, format: chosenFormat.rawValue, layout: rendered.engine.rawValue,
                                                  nodes: nodes, edges: edges, bytes: rendered.bytes.count, notes: diagram.notes))
            } else {
                print("wrote \(output): \(nodes) entities, \(edges) relations (\(chosenFormat.rawValue), layout \(rendered.engine.rawValue))")
                for note in diagram.notes { print(note) }
            }
        }

        /// The diagram the options ask for.
        func chosenDiagram(of graph: EntityGraph) throws -> Diagram {
            if let report {
                let document = try graph.resolveReport(report)
                if let diagram = Diagram.report(document.id, in: graph, maxNodes: maxNodes) { return diagram }
                throw CLIError.noReport(name: report, known: graph.sortedDocuments.map(\.id.rawValue))
            }
            if let focus {
                let index = GraphIndex(graph)
                let entity = try index.resolve(focus)
                if let diagram = Diagram.ego(of: entity.id, in: index, depth: depth, maxNodes: maxNodes) { return diagram }
                throw CLIError.noEntity(name: focus, suggestions: [])
            }
            if timeline { return Diagram.timeline(of: graph, maxNodes: maxNodes) }
            return Diagram.overview(of: graph, maxNodes: maxNodes)
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
    /// What a cut left out, as drawn under the title.
    var notes: [String]
}
