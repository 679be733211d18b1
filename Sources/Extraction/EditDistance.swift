/// Whether two short strings are within a few single-character edits of each other.
enum EditDistance {
    /// - Complexity: O(|a| · |b|).
    static func within<T: Equatable>(_ a: [T], _ b: [T], limit: Int) -> Bool {
        if abs(a.count - b.count) > limit { return false }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return (a.isEmpty ? b.count : previous[b.count]) <= limit
    }
}
