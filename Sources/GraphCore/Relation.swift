/// A link between two entities, with the sentences that support it.
public struct Relation: Sendable, Hashable, Identifiable {
    /// `type:source->target`, so the same fact found twice lands on the same relation.
    public var id: String
    /// For directed relations the subject (`Onsong County` in "Onsong County located_in
    /// North Hamgyong Province"); for co-mentions the smaller identifier.
    public var source: EntityID
    /// The object of the relation; for co-mentions the larger identifier.
    public var target: EntityID
    /// What the relation says.
    public var kind: RelationKind
    /// How many distinct sentences support the relation.
    public var weight: Int { evidence.count }
    /// The supporting sentences, in report and sentence order, without duplicates.
    public private(set) var evidence: [Evidence]

    /// Creates a relation; symmetric kinds get their ends put in identifier order.
    public init(source: EntityID, target: EntityID, kind: RelationKind, evidence: [Evidence] = []) {
        let (from, to) = kind.isSymmetric && target < source ? (target, source) : (source, target)
        self.id = Relation.id(source: from, target: to, kind: kind)
        self.source = from
        self.target = to
        self.kind = kind
        if evidence.count <= 1 {
            self.evidence = evidence  // nothing to sort or merge
        } else {
            self.evidence = []
            addEvidence(evidence)
        }
    }

    /// The identifier a relation with these ends and kind has.
    public static func id(source: EntityID, target: EntityID, kind: RelationKind) -> String {
        var id = kind.rawValue
        id.reserveCapacity(kind.rawValue.utf8.count + source.rawValue.utf8.count + target.rawValue.utf8.count + 3)
        id.append(":")
        id.append(source.rawValue)
        id.append("->")
        id.append(target.rawValue)
        return id
    }

    /// Adds supporting sentences; a sentence already present is not counted twice.
    public mutating func addEvidence<S: Sequence>(_ items: S) where S.Element == Evidence {
        let items = Array(items)
        // Fast path: reports are usually added in order, so new evidence comes after the old.
        var appended = true
        for item in items {
            if let last = evidence.last, !(last < item) {
                appended = false
                break
            }
            evidence.append(item)
        }
        if appended { return }
        var seen = Set(evidence.map { EvidenceKey(document: $0.document, sentence: $0.sentence) })
        for item in items where seen.insert(EvidenceKey(document: item.document, sentence: item.sentence)).inserted {
            evidence.append(item)
        }
        evidence.sort()
    }

    /// The end of the relation that is not `entity`.
    public func otherEnd(from entity: EntityID) -> EntityID {
        entity == source ? target : source
    }

    /// The reports that support the relation, sorted.
    public var documents: [DocumentID] {
        Array(Set(evidence.map(\.document))).sorted()
    }

    private struct EvidenceKey: Hashable {
        var document: DocumentID
        var sentence: Int
    }
}
