import ArgumentParser
import DOTEncoding
import Foundation
import GraphCore
import GraphExchange

extension LinkChart {
    /// Writes the graph for other tools.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Export the graph: json (the linkchart-graph contract), dot, graphml, gexf or neo4j.",
            discussion: """
                json is the graph contract; dot is Graphviz text; graphml is for Gephi, yEd, Cytoscape and \
                networkx; gexf (1.3) is Gephi's own format; neo4j writes a folder with CSV files for \
                `neo4j-admin database import full` and a LOAD CSV script for an existing database. \
                Without -o the export goes to standard output (neo4j needs -o, a folder). The graph comes \
                from the store when it holds the corpus, as for the query commands.
                """)

        enum Format: String, CaseIterable, ExpressibleByArgument {
            case json, dot, graphml, gexf, neo4j
        }

        @Option(help: "json, dot, graphml, gexf or neo4j.")
        var format: Format = .json

        @Option(name: [.customShort("o"), .long], help: ArgumentHelp("The file to write (for neo4j, the folder).", valueName: "path"))
        var output: String?

        @OptionGroup var corpus: CorpusOptions

        @Flag(help: "Print what was written as JSON (needs -o).")
        var json = false

        func validate() throws {
            if format == .neo4j && output == nil {
                throw ValidationError("--format neo4j writes several files: give a folder with -o, e.g. -o neo4j-import")
            }
            if json && output == nil {
                throw ValidationError("--json describes the files written: give -o too (without -o the export itself goes to stdout)")
            }
        }

        func run() throws {
            let graph = try CorpusLoader.graph(corpus)
            var written: [String] = []
            switch format {
            case .json:
                try FileWriter.emit(try graph.jsonData(), to: output)
            case .dot:
                try FileWriter.emit(DOTWriter().encode(graph, name: "linkchart", title: "linkchart: \(graph.documents.count) reports"), to: output)
            case .graphml:
                try FileWriter.emit(GraphMLWriter().encode(graph), to: output)
            case .gexf:
                try FileWriter.emit(GEXFWriter().encode(graph), to: output)
            case .neo4j:
                guard let output else { return }  // validate() requires it
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: output, isDirectory: &isFolder), !isFolder.boolValue {
                    throw CLIError.cannotWrite(path: output, reason: "is a file; --format neo4j needs a folder")
                }
                for file in Neo4jExport(graph).files {
                    let path = (output as NSString).appendingPathComponent(file.name)
                    try FileWriter.write(file.contents, to: path)
                    written.append(path)
                }
            }
            guard let output else { return }
            if written.isEmpty { written = [output] }
            if json {
                try JSONOutput.print(ExportAnswer(format: format.rawValue, files: written, entities: graph.entities.count,
                                                  relations: graph.relations.count, reports: graph.documents.count))
            } else {
                StandardError.write("wrote \(written.joined(separator: ", ")) (\(format.rawValue), \(graph.entities.count) entities, \(graph.relations.count) relations)")
            }
        }
    }
}

/// The JSON answer of `export -o PATH --json`.
struct ExportAnswer: Encodable {
    var format: String
    var files: [String]
    var entities: Int
    var relations: Int
    var reports: Int
}
