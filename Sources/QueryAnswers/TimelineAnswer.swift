import GraphCore
import GraphQuery

/// The JSON answer of `timeline` and `GET /api/timeline`.
public struct TimelineAnswer: Encodable, Sendable {
    public struct Event: Encodable, Sendable {
        public var event: EntityReference
        public var date: String?
        public var category: String?
        public var document: String?
        public var path: String?
        public var reportDate: String?
        public var places: [EntityReference]
        public var participants: [EntityReference]

        enum CodingKeys: String, CodingKey {
            case event, date, category, document, path, places, participants
            case reportDate = "report_date"
        }

        public func encode(to encoder: any Encoder) throws {
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
    public var entity: EntityReference?
    public var total: Int
    public var events: [Event]

    /// The answer for `timeline`, of every event or only those linked to `entity`.
    public init(_ timeline: Timeline, entity: Entity?) {
        self.entity = entity.map(EntityReference.init)
        total = timeline.total
        events = timeline.entries.map { entry in
            Event(event: EntityReference(entry.event), date: entry.date, category: entry.event.category,
                  document: entry.document?.id.rawValue, path: entry.document?.path, reportDate: entry.document?.date,
                  places: entry.places.map(EntityReference.init), participants: entry.participants.map(EntityReference.init))
        }
    }
}
