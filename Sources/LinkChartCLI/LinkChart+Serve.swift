import ArgumentParser
import Dispatch
import Extraction
import Foundation
import GraphCore
import GraphStore
import LinkChartServer
import Synchronization

extension LinkChart {
    /// Serves an explorer of the graph in the browser.
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "Explore the graph in a browser: search, entity pages, paths, reports, timeline, and a JSON API.",
            discussion: """
                Loads the graph once at start, from the store when it holds the corpus (or --db \
                names one), else from the corpus folder, and serves it until stopped (Ctrl-C). \
                It listens on 127.0.0.1 unless --host says otherwise; the pages run no script. \
                Report texts are read from the reports' files at start; a report whose file is \
                gone is shown without its text.
                """)

        @Option(help: ArgumentHelp("The address to listen on; 127.0.0.1 keeps the explorer on this machine.", valueName: "address"))
        var host: String = "127.0.0.1"

        @Option(help: ArgumentHelp("The port to listen on; 0 picks a free one.", valueName: "n"))
        var port: Int = 8080

        @Option(name: .customLong("diagram-cache"), help: ArgumentHelp(
            "How many rendered diagrams to keep in memory; 0 lays out every diagram anew (for measuring).", valueName: "n"))
        var diagramCache: Int = 512

        @OptionGroup var corpus: CorpusOptions

        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
            guard diagramCache >= 0 else { throw ValidationError("--diagram-cache must be 0 or more") }
            guard !host.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--host must name an address, such as 127.0.0.1") }
        }

        func run() throws {
            let started = Date()
            let (graph, texts) = try Self.load(corpus)
            let explorer = Explorer(graph: graph, texts: texts, diagramCacheCapacity: diagramCache)
            let loadSeconds = Date().timeIntervalSince(started)
            if !["127.0.0.1", "localhost", "::1"].contains(host) {
                StandardError.write("warning: listening on \(host): anyone who can reach this machine can read the graph")
            }
            let json = output.json
            let host = self.host
            let app = ExplorerServer.application(explorer, host: host, port: port) { port in
                let url = "http://\(host.contains(":") ? "[\(host)]" : host):\(port)/"
                if json {
                    let answer = ServeAnswer(url: url, host: host, port: port, reports: graph.documents.count, entities: graph.entities.count,
                                             relations: graph.relations.count, texts: texts.count, loadSeconds: (loadSeconds * 1000).rounded() / 1000)
                    if let text = try? JSONOutput.string(answer) { Self.say(text) }
                } else {
                    Self.say("serving \(graph.documents.count) reports, \(graph.entities.count) entities at \(url) (Ctrl-C stops)")
                }
            }
            // The server is async; the command line is not. Wait for it on this thread.
            let failure = Mutex<String?>(nil)
            let done = DispatchSemaphore(value: 0)
            Task {
                do {
                    try await app.runService()
                } catch {
                    failure.withLock { $0 = String(describing: error) }
                }
                done.signal()
            }
            done.wait()
            if let message = failure.withLock({ $0 }) { throw CLIError.serveFailed(host: host, port: port, reason: message) }
        }

        /// Writes `line` to standard output at once, unbuffered, so that a script waiting for
        /// the address sees it while the server runs.
        static func say(_ line: String) {
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }

        /// The graph, from the store or the corpus, and every report text that can be read.
        static func load(_ options: CorpusOptions) throws -> (EntityGraph, [DocumentID: String]) {
            guard let store = try CorpusLoader.store(for: options.corpus, db: options.store.db) else {
                let loaded = try CorpusLoader.load(options.corpus)
                var texts: [DocumentID: String] = [:]
                for report in loaded.reports { texts[report.document.id] = report.text }
                return (loaded.graph, texts)
            }
            let graph = try CorpusLoader.graph(from: store, corpus: options.corpus)
            var texts: [DocumentID: String] = [:]
            var unreadable = 0
            for (id, file) in try store.storedReports() {
                // Only files the store recorded at ingest are read: nothing a request names.
                if let data = FileManager.default.contents(atPath: file.file), let text = String(validating: data, as: UTF8.self) {
                    texts[id] = text
                } else {
                    unreadable += 1
                }
            }
            if unreadable > 0 {
                StandardError.write("warning: \(unreadable) report file\(unreadable == 1 ? "" : "s") named in the store could not be read; their pages show no text")
            }
            return (graph, texts)
        }
    }
}

/// The JSON that `serve --json` prints once the server listens.
struct ServeAnswer: Encodable {
    var url: String
    var host: String
    var port: Int
    var reports: Int
    var entities: Int
    var relations: Int
    /// How many reports have their text on their page.
    var texts: Int
    var loadSeconds: Double

    enum CodingKeys: String, CodingKey {
        case url, host, port, reports, entities, relations, texts
        case loadSeconds = "load_seconds"
    }
}
