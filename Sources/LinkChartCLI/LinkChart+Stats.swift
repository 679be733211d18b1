import ArgumentParser
import Foundation
import GraphCore
import GraphStore

extension LinkChart {
    /// Counts what the store holds.
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stats",
            abstract: "Show what the store holds: reports, entities and relations by type, size, last ingest.")

        @OptionGroup var location: ExistingStoreOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let stats = try location.open().statistics()
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
