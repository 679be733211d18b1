import ArgumentParser
import GraphCore
import GraphQuery

extension LinkChart {
    /// Lists events in date order.
    struct Timeline: ParsableCommand {
        static let configuration = CommandConfiguration(
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
                try JSONOutput.print(TimelineAnswer(entity: entity.map(EntityReference.init), total: timeline.total, events: timeline.entries.map { entry in
                    .init(event: EntityReference(entry.event), date: entry.date, category: entry.event.category,
                          document: entry.document?.id.rawValue, path: entry.document?.path, reportDate: entry.document?.date,
                          places: entry.places.map(EntityReference.init), participants: entry.participants.map(EntityReference.init))
                }))
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

/// The JSON answer of `timeline`.
struct TimelineAnswer: Encodable {
    struct Event: Encodable {
        var event: EntityReference
        var date: String?
        var category: String?
        var document: String?
        var path: String?
        var reportDate: String?
        var places: [EntityReference]
        var participants: [EntityReference]

        enum CodingKeys: String, CodingKey {
            case event, date, category, document, path, places, participants
            case reportDate = "report_date"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(event, forKey: .event)
            try container.encode(date, forKey: .date)  // null when undated, so readers need not guess
            try container.encodeIfPresent(category, forKey: .category)
            try container.encodeIfPresent(document, forKey: .document)
            try container.encodeIfPresent(path, forKey: .path)
            try container.encode(reportDate, forKey: .reportDate)
            try container.encode(places, forKey: .places)
            try container.encode(participants, forKey: .participants)
        }
    }
    var entity: EntityReference?
    var total: Int
    var events: [Event]
}
