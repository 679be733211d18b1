import ArgumentParser
import Foundation
import GraphCore
import Diagrams
import GraphvizRendering

extension LinkChart {
    /// The main job: reads a corpus and writes the graph and its diagrams.
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "build",
            abstract: "Read every report in CORPUS and write the graph, its diagrams and index.html to --out.",
            discussion: """
                Writes graph.json (the linkchart-graph contract); graph.dot and graph.svg for the \
                whole corpus; timeline.dot and timeline.svg; reports/<report>.dot and .svg for \
                each report; entities/<entity>.svg, the network around each of the most \
                important entities; and index.html, one offline page holding the diagrams, an \
                index of entities with their evidence, and the reports with the names marked. \
                Diagrams of reports and entities no longer drawn are removed.
                """)

        @Argument(help: ArgumentHelp("Folder of reports (.txt, .md), read recursively.", valueName: "corpus"))
        var corpus: String = "seeds"

        @Option(help: ArgumentHelp("Folder to write into.", valueName: "folder"))
        var out: String = "Output"

        @Option(help: ArgumentHelp("Layout engine for the corpus diagram; default: chosen by size and density.", valueName: "engine"))
        var layout: LayoutEngine?

        @Option(help: ArgumentHelp("Keep at most this many entities in each diagram, the most important ones.", valueName: "n"))
        var maxNodes: Int = Diagram.defaultMaxNodes

        @Option(help: ArgumentHelp("Draw the network around this many entities, the most important first.", valueName: "n"))
        var egoDiagrams: Int = 60

        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard maxNodes >= 1 else { throw ValidationError("--max-nodes must be at least 1") }
            guard egoDiagrams >= 0 else { throw ValidationError("--ego-diagrams must be 0 or more") }
        }

        func run() throws {
            let loaded = try CorpusLoader.load(corpus)
            let graph = loaded.graph
            var written: [String] = []
            let jsonPath = (out as NSString).appendingPathComponent("graph.json")
            try FileWriter.write(Array(try graph.jsonData()), to: jsonPath)
            written.append(jsonPath)
            let site = SiteWriter(
                out: out, maxNodes: maxNodes, egoDiagramLimit: egoDiagrams,
                indexEntityLimit: 2_000, indexReportLimit: 300, overviewLayout: layout)
            var texts: [DocumentID: String] = [:]
            for report in loaded.reports { texts[report.document.id] = report.text }
            try site.write(graph, texts: texts, written: &written)

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
            let roles = graph.entities.values.filter(\.isRole).count
            print("entities: " + EntityKind.allCases.map { kind in
                let count = "\(summary.entities[kind.rawValue] ?? 0) \(kind.rawValue)"
                return kind == .person && roles > 0 ? count + " (\(roles) of them unnamed, known by their role)" : count
            }.joined(separator: ", "))
            print("relations: " + summary.relations.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", "))
            print("wrote \(written.count) files to \(out)")
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
