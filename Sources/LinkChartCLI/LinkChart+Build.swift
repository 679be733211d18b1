import ArgumentParser
import Foundation
import GraphCore
import GraphvizRendering

extension LinkChart {
    /// The main job: reads a corpus and writes the graph and its diagrams.
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read every report in CORPUS and write the graph and its diagrams to --out.",
            discussion: """
                Writes graph.json (the linkchart-graph contract), graph.dot and graph.svg for the \
                whole corpus, and reports/<report>.dot and .svg for each report. Diagrams of \
                reports that no longer exist are removed from reports/.
                """)

        @Argument(help: ArgumentHelp("Folder of reports (.txt, .md), read recursively.", valueName: "corpus"))
        var corpus: String = "seeds"

        @Option(help: ArgumentHelp("Folder to write into.", valueName: "folder"))
        var out: String = "Output"

        @Option(help: ArgumentHelp("Layout engine for the corpus diagram; default: chosen by size.", valueName: "engine"))
        var layout: LayoutEngine?

        @OptionGroup var output: OutputOptions

        func run() throws {
            let loaded = try CorpusLoader.load(corpus)
            let graph = loaded.graph
            var written: [String] = []
            func write(_ bytes: [UInt8], _ relative: String) throws {
                let path = (out as NSString).appendingPathComponent(relative)
                try FileWriter.write(bytes, to: path)
                written.append(path)
            }
            let title = "linkchart: \(graph.documents.count) report\(graph.documents.count == 1 ? "" : "s")"
            try write(Array(try graph.jsonData()), "graph.json")
            try write(try Diagram.render(graph, name: "linkchart", title: title, format: .dot), "graph.dot")
            try write(try Diagram.render(graph, name: "linkchart", title: title, format: .svg, layout: layout), "graph.svg")

            var reportFiles: Set<String> = []
            for document in graph.sortedDocuments {
                let local = graph.subgraph(document: document.id)
                let base = Self.diagramName(for: document.id)
                let title = "\(document.fileName): \(document.title)"
                for format in [DiagramFormat.dot, .svg] {
                    let relative = "reports/\(base).\(format.rawValue)"
                    try write(try Diagram.render(local, name: "report \(document.id.rawValue)", title: title, format: format), relative)
                    reportFiles.insert("\(base).\(format.rawValue)")
                }
            }
            removeStaleDiagrams(keeping: reportFiles)

            let summary = BuildAnswer(
                corpus: corpus, out: out, reports: graph.documents.count,
                problems: loaded.problems.map(\.description),
                entities: Dictionary(grouping: graph.entities.values, by: \.kind.rawValue).mapValues(\.count),
                relations: Dictionary(grouping: graph.relations.values, by: \.kind.rawValue).mapValues(\.count),
                files: written)
            if output.json {
                try JSONOutput.print(summary)
                return
            }
            print("read \(summary.reports) report\(summary.reports == 1 ? "" : "s") from \(corpus)"
                  + (summary.problems.isEmpty ? "" : " (\(summary.problems.count) skipped, see warnings)"))
            print("entities: " + EntityKind.allCases.map { "\(summary.entities[$0.rawValue] ?? 0) \($0.rawValue)" }.joined(separator: ", "))
            print("relations: " + summary.relations.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", "))
            print("wrote \(written.count) files to \(out)")
        }

        /// The file name (without extension) of a report's diagram: its identifier with
        /// subfolders joined by `__`.
        static func diagramName(for id: DocumentID) -> String {
            id.rawValue.replacingOccurrences(of: "/", with: "__")
        }

        private func removeStaleDiagrams(keeping current: Set<String>) {
            let folder = (out as NSString).appendingPathComponent("reports")
            let existing = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for file in existing where (file.hasSuffix(".dot") || file.hasSuffix(".svg")) && !current.contains(file) {
                try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(file))
            }
        }
    }
}

/// The JSON answer of `build`.
struct BuildAnswer: Encodable {
    var corpus: String
    var out: String
    var reports: Int
    var problems: [String]
    var entities: [String: Int]
    var relations: [String: Int]
    var files: [String]
}
