import ArgumentParser
import Foundation
import GraphStore

extension LinkChart {
    /// Lists the ingests that changed the store, by number, for `diff --since N`.
    struct Ingests: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ingests",
            abstract: "List the ingests that changed the store, numbered for `diff --since N`.")

        @OptionGroup var location: ExistingStoreOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let records = try location.open().ingestRecords()
            let format = ISO8601DateFormatter()
            let items = records.map {
                IngestsAnswer.Item(number: $0.number, finished: format.string(from: $0.finished), added: $0.added, changed: $0.changed, pruned: $0.pruned)
            }
            if output.json {
                try JSONOutput.print(IngestsAnswer(store: location.path, ingests: items))
                return
            }
            var table = TextTable("#", "FINISHED", "ADDED", "CHANGED", "PRUNED")
            for item in items { table.add(String(item.number), item.finished, String(item.added), String(item.changed), String(item.pruned)) }
            print(table.render())
            print("\(items.count) ingest\(items.count == 1 ? "" : "s") in \(location.path)")
        }
    }
}

/// The JSON answer of `ingests`.
struct IngestsAnswer: Encodable {
    struct Item: Encodable {
        var number: Int
        var finished: String
        var added: Int
        var changed: Int
        var pruned: Int
    }
    var store: String
    var ingests: [Item]
}
