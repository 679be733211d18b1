/// How sure the graph is of a relation.
///
/// Each evidence sentence carries the confidence of the rule that read the relation from it
/// (an apposition is surer than two names in one sentence). A relation stated by several
/// sentences is surer than by one, so the relation's confidence is the chance that at least
/// one sentence states it, taking sentences as independent: `1 − Π(1 − cᵢ)`, capped at 0.99
/// because no text-reading rule is certain. It is derived, never stored, like the support
/// counts in `Relation+Support.swift`.
extension Relation {
    /// The confidence of the relation, from 0 to 0.99, rounded to two decimals.
    ///
    /// Evidence without a recorded confidence (from graphs written before rules were kept)
    /// counts as ``defaultConfidence(of:)``.
    ///
    /// - Complexity: O(n) in the evidence.
    public var confidence: Double {
        var doubt = 1.0
        for item in evidence {
            doubt *= 1 - min(max(item.confidence ?? Relation.defaultConfidence(of: kind), 0), 1)
        }
        let value = min(1 - doubt, 0.99)
        return (value * 100).rounded() / 100
    }

    /// The confidence assumed for a sentence whose rule is not recorded: low for a
    /// co-mention, which only says two names share a sentence, middling for a typed link.
    public static func defaultConfidence(of kind: RelationKind) -> Double {
        kind == .coMentioned ? 0.2 : 0.5
    }
}
