import GraphCore

/// An entity linked to both of two others, with the relations on each side.
public struct CommonNeighbor: Sendable, Hashable {
    /// The entity linked to both.
    public var entity: Entity
    /// Its relations with the first entity, strongest first.
    public var withFirst: [Relation]
    /// Its relations with the second entity, strongest first.
    public var withSecond: [Relation]
}

/// The answer to a `common` question: the strongest shared neighbours and how many there are.
public struct CommonNeighbors: Sendable {
    /// The shared neighbours returned, strongest first.
    public var neighbors: [CommonNeighbor]
    /// How many entities are linked to both, counting those the limit left out.
    public var total: Int
}

extension GraphIndex {
    /// The entities linked directly to both `a` and `b`.
    ///
    /// Ranked by the weaker of the two sides, so a neighbour is only as strong as its
    /// thinnest link: typed on both sides first, then typed on one, then by the smaller
    /// weight, then the larger weight, then by name.
    ///
    /// - Complexity: O(d_a + d_b + n log k) for degrees d, n shared neighbours and limit k.
    public func commonNeighbors(_ a: EntityID, _ b: EntityID, limit: Int? = nil) -> CommonNeighbors? {
        guard let x = numbers[a], let y = numbers[b] else { return nil }
        // Links are strongest first, so the first link to each neighbour is its strongest.
        var strongestFromX: [Int: Link] = [:]
        for position in linkRange(x) where strongestFromX[links[position].other] == nil {
            strongestFromX[links[position].other] = links[position]
        }
        var shared: [(number: Int, first: Link, second: Link)] = []
        var seen: Set<Int> = []
        for position in linkRange(y) {
            let link = links[position]
            guard link.other != x, link.other != y, let first = strongestFromX[link.other], seen.insert(link.other).inserted else { continue }
            shared.append((link.other, first, link))
        }
        func rank(_ item: (number: Int, first: Link, second: Link)) -> (Int, Int, Int) {
            let typed = (item.first.typed ? 1 : 0) + (item.second.typed ? 1 : 0)
            return (-typed, -min(item.first.weight, item.second.weight), -max(item.first.weight, item.second.weight))
        }
        let ordered = shared.sortedPrefix(limit ?? shared.count) { p, q in
            let (rp, rq) = (rank(p), rank(q))
            if rp != rq { return rp < rq }
            let (np, nq) = (entities[p.number].name, entities[q.number].name)
            return np != nq ? np < nq : p.number < q.number
        }
        let neighbors = ordered.map { item in
            CommonNeighbor(entity: entities[item.number], withFirst: relations(from: x, to: item.number), withSecond: relations(from: y, to: item.number))
        }
        return CommonNeighbors(neighbors: neighbors, total: shared.count)
    }
}
