/// How widely a relation is supported: by how many reports and how many outlets.
///
/// A link that one report states is a lead; one that several outlets state independently
/// is corroborated. The counts are derived from the evidence (and, for outlets, from the
/// reports' `Source:` headers), never stored, so merging graphs cannot put them out of date.
extension Relation {
    /// The number of distinct reports among the evidence.
    ///
    /// Evidence is kept in report order, so counting where the report changes is enough.
    ///
    /// - Complexity: O(n) in the evidence, without allocating.
    public var reportCount: Int {
        guard var previous = evidence.first?.document else { return 0 }
        var count = 1
        for item in evidence.dropFirst() where item.document != previous {
            count += 1
            previous = item.document
        }
        return count
    }

    /// Whether exactly one report supports the relation.
    public var isSingleSource: Bool { reportCount == 1 }

    /// The number of distinct outlets (the `source` of each supporting report) behind the
    /// relation.
    ///
    /// Reports without a `Source:` header (or not in `documents`) count together as one
    /// unknown outlet: two such reports may well come from the same outlet, so they are not
    /// taken as independent confirmation. A relation with evidence has at least one outlet.
    ///
    /// - Complexity: O(n) in the evidence; a relation from one report costs nothing.
    public func outletCount(in documents: [DocumentID: Document]) -> Int {
        guard let first = evidence.first?.document else { return 0 }
        if evidence.last?.document == first { return 1 }
        var outlets: Set<String?> = []
        var previous: DocumentID?
        for item in evidence where item.document != previous {
            previous = item.document
            outlets.insert(documents[item.document]?.source)
        }
        return outlets.count
    }
}
