import ArgumentParser
import GraphCore
import GraphQuery
import QueryAnswers

extension LinkChart {
    /// Lists events in date order.
    struct Timeline: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "timeline",
            abstract: "List the events in date order, with their places and participants; with NAME, only its events.",
            discussion: """
                Events with a full date first, then those with only a month and day (--MM-DD), \
                then undated ones; ties by the report's date. Places come from occurred_in, \
                participants from participant.
                """)

        @Argument(help: "Only events linked to this entity (name, alias or id).")
        var name: String?

        @OptionGroup var limit: LimitOptions
        @OptionGroup var corpus: CorpusOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let index = try CorpusLoader.index(corpus)
            let entity = try name.map(index.resolve)
            guard let timeline = index.timeline(of: entity?.id, limit: limit.limit) else { return }
            if output.json {
                try JSONOutput.print(TimelineAnswer(timeline, entity: entity))
                return
            }
            print("\(entity.map { "\($0.name): " } ?? "")\(timeline.total) event\(timeline.total == 1 ? "" : "s")")
            guard !timeline.entries.isEmpty else { return }
            var table = TextTable("DATE", "EVENT", "PLACE", "PARTICIPANTS", "REPORT")
            for entry in timeline.entries {
                table.add(entry.date ?? "undated", entry.event.name, entry.places.map(\.name).joined(separator: ", "),
                          entry.participants.map(\.name).abbreviatedList(), entry.document?.id.rawValue ?? "")
            }
            print(table.render())
            if let more = LimitOptions.moreLine(timeline.total - timeline.entries.count) { print(more) }
        }
    }
}
