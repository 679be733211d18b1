extension Relation {
    /// Whether `a` should be listed before `b`: typed relations first, then heavier ones,
    /// then by identifier so the order is total and deterministic.
    ///
    /// Every query lists relations in this order, so a co-mention is never shown above a
    /// typed relation that says how the two entities are linked.
    public static func isStronger(_ a: Relation, than b: Relation) -> Bool {
        if a.kind.isTyped != b.kind.isTyped { return a.kind.isTyped }
        if a.weight != b.weight { return a.weight > b.weight }
        return idPrecedes(a, b)
    }
}
