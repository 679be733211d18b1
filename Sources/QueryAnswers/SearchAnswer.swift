import GraphQuery

/// The JSON answer of `search` and `GET /api/search`.
public struct SearchAnswer: Encodable, Sendable {
    public struct Hit: Encodable, Sendable {
        public var entity: EntityReference
        /// From 0 to 1, rounded to three decimals.
        public var score: Double
        /// `exact`, `spacing`, `spelling`, `prefix`, `contains` or `typo`.
        public var match: String
        /// The name or alias that matched.
        public var form: String
    }
    public var query: String
    public var hits: [Hit]

    /// The answer listing `hits`, found for the text `query`.
    public init(query: String, hits: [SearchHit]) {
        self.query = query
        self.hits = hits.map {
            Hit(entity: EntityReference($0.entity), score: ($0.score * 1000).rounded() / 1000, match: $0.match.rawValue, form: $0.form)
        }
    }
}
