// The graph JSON contract's relation object. Field names are stable: later versions may add
// fields, never rename these.
//
// The export also writes `reports`, `outlets` and `single_source` (see
// `GraphJSONWriter`). They are derived from the evidence and the reports' sources, so
// decoding reads past them and a decoded relation recomputes them: a file whose evidence
// was edited by hand can never carry stale counts into the graph.
extension Relation: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, source, target, type, weight, evidence
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            source: try container.decode(EntityID.self, forKey: .source),
            target: try container.decode(EntityID.self, forKey: .target),
            kind: try container.decode(RelationKind.self, forKey: .type),
            evidence: try container.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
        )
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(source, forKey: .source)
        try container.encode(target, forKey: .target)
        try container.encode(kind, forKey: .type)
        try container.encode(weight, forKey: .weight)
        try container.encode(evidence, forKey: .evidence)
    }
}
