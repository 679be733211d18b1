// The graph JSON contract's entity object. Field names are stable: later versions may add
// fields, never rename these.
extension Entity: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, name, type, aliases, mentions, descriptions, category, trigger, date, role
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(EntityID.self, forKey: .id),
            name: try container.decode(String.self, forKey: .name),
            kind: try container.decode(EntityKind.self, forKey: .type),
            aliases: try container.decodeIfPresent([String].self, forKey: .aliases) ?? [],
            // A role node's mentions are written as `descriptions` (see `GraphJSONWriter`).
            mentions: (try container.decodeIfPresent([Mention].self, forKey: .mentions) ?? [])
                + (try container.decodeIfPresent([Mention].self, forKey: .descriptions) ?? []),
            category: try container.decodeIfPresent(String.self, forKey: .category),
            trigger: try container.decodeIfPresent(String.self, forKey: .trigger),
            date: try container.decodeIfPresent(String.self, forKey: .date),
            isRole: try container.decodeIfPresent(Bool.self, forKey: .role) ?? false
        )
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(kind, forKey: .type)
        try container.encode(aliases, forKey: .aliases)
        try container.encode(isRole ? [] : mentions, forKey: .mentions)
        if isRole {
            try container.encode(mentions, forKey: .descriptions)
            try container.encode(true, forKey: .role)
        }
        try container.encodeIfPresent(category, forKey: .category)
        try container.encodeIfPresent(trigger, forKey: .trigger)
        try container.encodeIfPresent(date, forKey: .date)
    }
}
