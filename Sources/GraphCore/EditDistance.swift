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
    public static func within<T: Equatable>(_ a: [T], _ b: [T], limit: Int) -> Bool {
        between(a, b, limit: limit) <= limit
    }
}
