import ArgumentParser
import Foundation
import GraphCore
import GraphStore

extension LinkChart {
    /// Counts what the store holds.
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what the store holds: reports, entities and relations by type, size, last ingest.")

        @Option(name: .customLong("corpus"), help: ArgumentHelp("The corpus folder whose default store to read.", valueName: "folder"))
        var corpus: String = "seeds"

        @OptionGroup var store: StoreOptions

        @OptionGroup var output: OutputOptions

        func run() throws {
            let path = store.db ?? GraphStore.defaultPath(forCorpus: corpus)
            guard FileManager.default.fileExists(atPath: path) else { throw CLIError.noStore(path) }
            let stats = try GraphStore(path: path).statistics()
            if output.json {
                try JSONOutput.print(StatsAnswer(stats))
                return
            }
            print("store: \(stats.path) (\(ByteCountFormatter.string(fromByteCount: stats.bytes, countStyle: .file)))")
            print("reports: \(stats.reports)")
            print("entities: " + EntityKind.allCases.map { "\(stats.entities[$0.rawValue] ?? 0) \($0.rawValue)" }.joined(separator: ", "))
            print("relations: " + stats.relations.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", "))
            print("last ingest: \(StatsAnswer(stats).lastIngest ?? "never")")
        }
    }
}

/// The JSON answer of `stats`.
struct StatsAnswer: Encodable {
    var store: String
    var bytes: Int64
    var reports: Int
    var entities: [String: Int]
    var relations: [String: Int]
    var lastIngest: String?

    init(_ stats: StoreStatistics) {
        store = stats.path
        bytes = stats.bytes
        reports = stats.reports
        entities = stats.entities
        relations = stats.relations
        let format = ISO8601DateFormatter()
        lastIngest = stats.lastIngest.map(format.string(from:))
    }
}
