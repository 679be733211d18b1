import GraphCore

/// Every piece of evidence that links two entities directly.
public struct Explanation: Sendable {
    /// One supporting sentence, with the relation it supports and the report it is in.
    public struct Item: Sendable, Hashable {
        /// The relation the sentence supports: its kind says how the link was found
        /// (`co_mentioned` when the two are only named in the same sentence).
        public var relation: Relation
        /// The sentence.
        public var evidence: Evidence
        /// The report the sentence is in, with its path and date, when the graph has it.
        public var document: Document?
    }

    /// The first entity asked about.
    public var from: Entity
    /// The second entity asked about.
    public var to: Entity
    /// The evidence: typed relations first, then heavier ones, each relation's sentences in
    /// report and sentence order.
    public var items: [Item]
}

extension GraphIndex {
    /// Every sentence that links `a` and `b`: the evidence of each relation between them.
    ///
    /// - Complexity: O(min(d_a, d_b) + k) for degrees d and k pieces of evidence.
    public func explain(_ a: EntityID, _ b: EntityID) -> Explanation? {
        guard let from = entity(a), let to = entity(b) else { return nil }
        let items = relations(between: a, and: b).flatMap { relation in
            relation.evidence.map { Explanation.Item(relation: relation, evidence: $0, document: graph.documents[$0.document]) }
        }
        return Explanation(from: from, to: to, items: items)
    }
}
