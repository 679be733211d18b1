/// What extraction found in one report, ready to be added to an ``EntityGraph``.
///
/// Extraction produces these and nothing else: the graph module decides how the facts of
/// many reports merge.
public struct ReportFacts: Sendable {
    /// The report the facts come from.
    public var document: Document
    /// The entities the report names, each carrying only this report's mentions, in an order
    /// that is deterministic but otherwise unspecified.
    public var entities: [Entity]
    /// The relations the report supports, each carrying only this report's evidence.
    public var relations: [Relation]

    public init(document: Document, entities: [Entity], relations: [Relation]) {
        self.document = document
        self.entities = entities
        self.relations = relations
    }
}
