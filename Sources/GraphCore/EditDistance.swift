/// Levenshtein distance with an early exit, for suggesting names and spotting misspellings.
public enum EditDistance {
    /// The number of single-character edits turning `a` into `b`, or `limit + 1` as soon
    /// as it is certain to exceed `limit`.
    ///
    /// - Complexity: O(|a| · |b|) time, O(|b|) space.
    public static func between<T: Equatable>(_ a: [T], _ b: [T], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

extension EditDistance {
    /// Whether `a` and `b` are at most `limit` edits apart.
    ///
    /// A limit of one, the usual misspelling, is answered in one pass without the table of
    /// ``between(_:_:limit:)``. Inlinable, so that a caller in another module gets it
    /// specialised for its element type: unspecialised, each comparison went through the
    /// generic `Equatable` witness (about 11,700 instructions a call in extraction).
    @inlinable
    public static func within<T: Equatable>(_ a: [T], _ b: [T], limit: Int) -> Bool {
        if limit == 1 { return isAtMostOneEditApart(a, b) }
        return between(a, b, limit: limit) <= limit
    }

    /// Whether `a` and `b` differ by at most one element changed, added or dropped: past
    /// their common start, the rest of both must be equal once the differing element is
    /// skipped.
    @inlinable @usableFromInline
    static func isAtMostOneEditApart<T: Equatable>(_ a: [T], _ b: [T]) -> Bool {
        let (long, short) = a.count >= b.count ? (a, b) : (b, a)
        guard long.count - short.count <= 1 else { return false }
        var i = 0
        while i < short.count, long[i] == short[i] { i += 1 }
        guard i < short.count else { return true }
        // A change skips the element in both; an insertion only in the longer.
        let rest = long.count == short.count ? i + 1 : i
        return long[(i + 1)...].elementsEqual(short[rest...])
    }
}
