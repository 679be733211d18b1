import GraphCore

/// One event on a timeline, with where it happened and who took part.
public struct TimelineEntry: Sendable, Hashable {
    /// The event.
    public var event: Entity
    /// Its date as the graph has it: `YYYY-MM-DD`, `--MM-DD` without a year, or `nil`.
    public var date: String?
    /// The report that describes it (events belong to one report), when the graph has it.
    public var document: Document?
    /// The places it `occurred_in`, strongest first.
    public var places: [Entity]
    /// The people and agencies that are its `participant`s, strongest first.
    public var participants: [Entity]
}

/// The answer to a `timeline` question.
public struct Timeline: Sendable {
    /// The events returned, in date order, undated last.
    public var entries: [TimelineEntry]
    /// How many events matched, counting those the limit left out.
    public var total: Int
}

extension GraphIndex {
    /// The events (entities of kind event) in date order, with their places and participants;
    /// with `entity`, only the events linked to it by any relation (and the entity itself,
    /// when it is an event).
    ///
    /// Events with a full date come first, by date; then those with only a month and day,
    /// by report (path order: dates of different reports cannot be compared without a year)
    /// and by month and day within a report; then undated ones. Ties go by the report's
    /// `Date:` header, then by identifier (which starts with the report's).
    ///
    /// - Complexity: O(V) to find the events (O(d) with `entity`), O(n log k) to order n
    ///   events for a limit k, and O(d) per event returned for its places and participants.
    public func timeline(of entity: EntityID? = nil, limit: Int? = nil) -> Timeline? {
        var events: [Int]
        if let entity {
            guard let number = numbers[entity] else { return nil }
            var seen: Set<Int> = []
            events = linkRange(number).map { links[$0].other }.filter { entities[$0].kind == .event && seen.insert($0).inserted }
            if entities[number].kind == .event { events.append(number) }
        } else {
            events = entities.indices.filter { entities[$0].kind == .event }
        }
        let keyed = events.map { (number: $0, key: sortKey(of: $0)) }
        let ordered = keyed.sortedPrefix(limit ?? keyed.count) { a, b in
            a.key != b.key ? a.key < b.key : a.number < b.number
        }
        let entries = ordered.map { (number, _) in
            let event = entities[number]
            var places: [Entity] = []
            var participants: [Entity] = []
            for position in linkRange(number) {
                let link = links[position]
                switch kinds[link.kind] {
                case .occurredIn where link.outgoing: places.append(entities[link.other])
                case .participant where !link.outgoing: participants.append(entities[link.other])
                default: break
                }
            }
            return TimelineEntry(event: event, date: event.date, document: event.mentions.first.flatMap { graph.documents[$0.document] },
                                 places: places, participants: participants)
        }
        return Timeline(entries: entries, total: events.count)
    }

    /// Orders events as the timeline diagram does (``TimelineSlot/When``: full dates, then
    /// dates without a year by report and then month and day, then none); then the report
    /// date.
    private func sortKey(of number: Int) -> TimelineKey {
        let event = entities[number]
        // An event belongs to one report, so its first mention names it.
        let document = event.mentions.first.flatMap { graph.documents[$0.document] }
        return TimelineKey(when: TimelineSlot.When(eventDate: event.date, report: document?.path ?? ""), reportDate: document?.date ?? "~")
    }

    private struct TimelineKey: Comparable {
        var when: TimelineSlot.When
        var reportDate: String

        static func < (a: TimelineKey, b: TimelineKey) -> Bool {
            a.when != b.when ? a.when < b.when : a.reportDate < b.reportDate
        }
    }
}
