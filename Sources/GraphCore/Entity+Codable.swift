// The graph JSON contract's entity object. Field names are stable: later versions may add
// fields, never rename these.
extension Entity: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, name, type, aliases, mentions, category, trigger, date
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(EntityID.self, forKey: .id),
            name: try container.decode(String.self, forKey: .name),
            kind: try container.decode(EntityKind.self, forKey: .type),
            aliases: try container.decodeIfPresent([String].self, forKey: .aliases) ?? [],
            mentions: try container.decodeIfPresent([Mention].self, forKey: .mentions) ?? [],
            category: try container.decodeIfPresent(String.self, forKey: .category),
            trigger: try container.decodeIfPresent(String.self, forKey: .trigger),
            date: try container.decodeIfPresent(String.self, forKey: .date)
        )
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(kind, forKey: .type)
        try container.encode(aliases, forKey: .aliases)
        try container.encode(mentions, forKey: .mentions)
        try container.encodeIfPresent(category, forKey: .category)
        try container.encodeIfPresent(trigger, forKey: .trigger)
        try container.encodeIfPresent(date, forKey: .date)
    }
}
