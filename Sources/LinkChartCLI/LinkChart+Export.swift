import ArgumentParser
import DOTEncoding
import GraphCore

extension LinkChart {
    /// Writes the graph for other tools.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export the graph: json (the linkchart-graph contract) or dot (Graphviz).",
            discussion: "Without -o the export goes to standard output.")

        enum Format: String, CaseIterable, ExpressibleByArgument {
            case json, dot
        }

        @Option(help: "json or dot.")
        var format: Format = .json

        @Option(name: [.customShort("o"), .long], help: ArgumentHelp("The file to write.", valueName: "file"))
        var output: String?

        @OptionGroup var corpus: CorpusOptions

        func run() throws {
            let graph = try CorpusLoader.graph(corpus)
            let bytes: [UInt8]
            switch format {
            case .json: bytes = Array(try graph.jsonData())
            case .dot: bytes = Array(DOTWriter().encode(graph, name: "linkchart", title: "linkchart: \(graph.documents.count) reports").utf8)
            }
            try FileWriter.emit(bytes, to: output)
            if let output {
                StandardError.write("wrote \(output) (\(format.rawValue), \(graph.entities.count) entities, \(graph.relations.count) relations)")
            }
        }
    }
}
