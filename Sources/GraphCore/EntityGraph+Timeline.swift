/// One column of a timeline: the events that share a date.
public struct TimelineSlot: Sendable, Hashable {
    /// When the events happened.
    public enum When: Sendable, Hashable, Comparable {
        /// A full ISO date, `2023-03-31`.
        case day(String)
        /// A month and day whose year no report gives: `--03-31` in the graph, with the path
        /// of the report that gives it. Dates of different reports cannot be compared
        /// without years, so they keep their reports' order (by path: corpora number their
        /// files in the order they came in), and go by month and day within a report.
        case dayWithoutYear(String, report: String = "")
        /// No date at all; always last.
        case undated
    }

    /// The date the slot stands for.
    public var when: When
    /// The events of that date, in identifier order.
    public var events: [EntityID]

    public init(when: When, events: [EntityID]) {
        self.when = when
        self.events = events
    }

    /// The months as dates are written for readers (`Mar. 31`), January first.
    public static let monthAbbreviations = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."]

    /// The date as a reader sees it: `2023-03-31`, `Mar. 31 (year unknown)`, `undated`.
    public var label: String {
        switch when {
        case .day(let iso): return iso
        case .dayWithoutYear(let monthDay, _):
            let parts = monthDay.split(separator: "-")
            let months = Self.monthAbbreviations
            guard parts.count == 2, let month = Int(parts[0]), let day = Int(parts[1]), (1...12).contains(month)
            else { return "\(monthDay) (year unknown)" }
            return "\(months[month - 1]) \(day) (year unknown)"
        case .undated: return "undated"
        }
    }
}

extension TimelineSlot.When {
    /// The slot an event's ``Entity/date`` falls in: `YYYY-MM-DD` is a day, `--MM-DD` a day
    /// without a year, anything else (or nothing) undated.
    public init(eventDate date: String?, report: String = "") {
        guard var date else {
            self = .undated
            return
        }
        // Read as UTF-8 in place: the timeline query keys every event of the graph this way.
        enum Shape { case day, dayWithoutYear, other }
        let shape = date.withUTF8 { bytes -> Shape in
            func digits(_ range: Range<Int>) -> Bool { range.allSatisfy { (0x30...0x39).contains(bytes[$0]) } }
            let dash = UInt8(ascii: "-")
            if bytes.count == 10, digits(0..<4), bytes[4] == dash, digits(5..<7), bytes[7] == dash, digits(8..<10) { return .day }
            if bytes.count == 7, bytes[0] == dash, bytes[1] == dash, digits(2..<4), bytes[4] == dash, digits(5..<7) { return .dayWithoutYear }
            return .other
        }
        switch shape {
        case .day: self = .day(date)
        case .dayWithoutYear: self = .dayWithoutYear(String(date.dropFirst(2)), report: report)
        case .other: self = .undated
        }
    }
}

extension EntityGraph {
    /// The graph's events grouped by date, earliest first: dated days in calendar order,
    /// then days whose year is unknown (by month and day), then the undated events.
    ///
    /// - Complexity: O(V log V).
    public func timeline() -> [TimelineSlot] {
        var slots: [TimelineSlot.When: [EntityID]] = [:]
        for entity in entities.values where entity.kind == .event {
            // An event belongs to one report, so its first mention names it.
            let report = entity.mentions.first.flatMap { documents[$0.document]?.path } ?? ""
            slots[TimelineSlot.When(eventDate: entity.date, report: report), default: []].append(entity.id)
        }
        return slots.keys.sorted().map { TimelineSlot(when: $0, events: slots[$0, default: []].sorted()) }
    }
}

extension TimelineSlot.When {
    /// Full dates by date, then dates without a year by report and then month and day, then
    /// undated.
    public static func < (a: Self, b: Self) -> Bool {
        switch (a, b) {
        case (.day(let x), .day(let y)): x < y
        case (.day, _): true
        case (.dayWithoutYear(let x, let r), .dayWithoutYear(let y, let s)): (r, x) < (s, y)
        case (.dayWithoutYear, .undated): true
        default: false
        }
    }
}
