import Synchronization

/// Rendered diagrams, kept so that a page asked for again is not laid out again.
///
/// Laying out a diagram is the slow part of a page, and libgvc runs one layout at a time
/// (``GraphvizRenderer`` serialises it), so without a cache concurrent visitors would
/// queue behind each other. The graph never changes while the server runs, so a diagram,
/// once drawn, stays right. At most `capacity` diagrams are kept; the oldest go first.
final class DiagramCache: Sendable {
    private struct State {
        var svgs: [String: String] = [:]
        var order: [String] = []
        var hits = 0
        var misses = 0
    }

    private let state = Mutex(State())
    /// How many diagrams are kept at most.
    let capacity: Int

    init(capacity: Int = 512) {
        self.capacity = capacity
    }

    /// The diagram under `key`, drawn by `draw` when it is not kept yet.
    ///
    /// Two requests that miss at once both draw; the second result replaces the first,
    /// which is the same picture.
    func svg(_ key: String, draw: () throws(ServerError) -> String) throws(ServerError) -> String {
        let kept: String? = state.withLock { state in
            if let svg = state.svgs[key] {
                state.hits += 1
                return svg
            }
            state.misses += 1
            return nil
        }
        if let kept { return kept }
        guard capacity > 0 else { return try draw() }
        let svg = try draw()
        state.withLock { state in
            if state.svgs.updateValue(svg, forKey: key) == nil {
                state.order.append(key)
                if state.order.count > capacity {
                    state.svgs[state.order.removeFirst()] = nil
                }
            }
        }
        return svg
    }

    /// How many lookups found a kept diagram, and how many had to draw one.
    var counts: (hits: Int, misses: Int) {
        state.withLock { ($0.hits, $0.misses) }
    }
}
