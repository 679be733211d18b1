/// A link between two entities, with the sentences that support it.
public struct Relation: Sendable, Hashable, Identifiable {
    /// `type:source->target`, so the same fact found twice lands on the same relation.
    ///
    /// Derived from the kind and ends each time it is asked for, not stored: extraction
    /// makes about sixty relations per kilobyte of report, and most are merged or written
    /// without their identifier ever being read. Code that keys many relations by it
    /// should read it once.
    public var id: String { Relation.id(source: source, target: target, kind: kind) }
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
        self.source = from
        self.target = to
        self.kind = kind
        if zip(evidence, evidence.dropFirst()).allSatisfy({ $0 < $1 }) {
            self.evidence = evidence  // already in order, without duplicates
        } else {
            self.evidence = []
            addEvidence(evidence)
        }
    }

    /// A relation whose ends and evidence are already as ``init(source:target:kind:evidence:)``
    /// would put them: a symmetric kind's smaller identifier first, the evidence in report
    /// and sentence order without duplicates.
    ///
    /// For extraction, which builds every relation of every report already ordered: it
    /// skips comparing the identifiers and the evidence again. Debug builds still check.
    package init(ordered source: EntityID, _ target: EntityID, kind: RelationKind, sortedEvidence evidence: [Evidence]) {
        assert(!kind.isSymmetric || source <= target, "the ends of a symmetric relation must be in identifier order")
        assert(zip(evidence, evidence.dropFirst()).allSatisfy { $0 < $1 }, "evidence must be sorted and distinct")
        self.source = source
        self.target = target
        self.kind = kind
        self.evidence = evidence
    }

    /// The identifier a relation with these ends and kind has.
    ///
    /// Written byte by byte into one allocation: every relation of every report gets one.
    public static func id(source: EntityID, target: EntityID, kind: RelationKind) -> String {
        var kind = kind.rawValue
        var source = source.rawValue
        var target = target.rawValue
        let count = kind.utf8.count + source.utf8.count + target.utf8.count + 3
        return kind.withUTF8 { kind in
            source.withUTF8 { source in
                target.withUTF8 { target in
                    String(unsafeUninitializedCapacity: count) { out in
                        var at = out.initialize(fromContentsOf: kind)
                        out[at] = UInt8(ascii: ":")
                        at += 1
                        at = out[at...].initialize(fromContentsOf: source)
                        out[at] = UInt8(ascii: "-")
                        out[at + 1] = UInt8(ascii: ">")
                        at += 2
                        return out[at...].initialize(fromContentsOf: target)
                    }
                }
            }
        }
    }

    /// Whether `a`'s identifier sorts before `b`'s, as `a.id < b.id` would say, usually
    /// without making either identifier.
    ///
    /// The identifier is `kind:source->target`; when each part of `a` either equals the
    /// same part of `b` or differs from it before either ends, the first differing part
    /// decides, as it would in the whole strings. Only when one part is a prefix of the
    /// other (`person:kim` and `person:kim-chol`) do the separators take part, and then the
    /// identifiers are compared whole.
    public static func idPrecedes(_ a: Relation, _ b: Relation) -> Bool {
        func decided(_ x: String, _ y: String) -> Bool? {
            if x == y { return nil }
            // Bytes, not characters: cheaper, and a byte prefix that is no character prefix
            // only sends the rare case to the whole comparison.
            if x.utf8.starts(with: y.utf8) || y.utf8.starts(with: x.utf8) { return a.id < b.id }
            return x < y
        }
        return decided(a.kind.rawValue, b.kind.rawValue) ?? decided(a.source.rawValue, b.source.rawValue)
            ?? decided(a.target.rawValue, b.target.rawValue) ?? false
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
        // One sentence counts once; when two rules found the link in it, the surer one stays.
        var seen: [EvidenceKey: Int] = [:]
        for (index, item) in evidence.enumerated() { seen[EvidenceKey(document: item.document, sentence: item.sentence)] = index }
        for item in items {
            let key = EvidenceKey(document: item.document, sentence: item.sentence)
            if let index = seen[key] {
                if (item.confidence ?? 0) > (evidence[index].confidence ?? 0) { evidence[index] = item }
            } else {
                seen[key] = evidence.count
                evidence.append(item)
            }
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
