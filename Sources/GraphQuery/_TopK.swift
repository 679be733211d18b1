extension Array {
    /// The first `k` elements in the order `areInIncreasingOrder` defines, sorted.
    ///
    /// A ranked answer with a limit needs only its first few items in order; for large
    /// inputs a bounded heap finds them without sorting the rest.
    ///
    /// - Complexity: O(n log k) comparisons; a full sort when `k` is not much smaller than n.
    func sortedPrefix(_ k: Int, by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element] {
        guard k > 0 else { return [] }
        if k * 4 >= count { return Array(sorted(by: areInIncreasingOrder).prefix(k)) }
        // A max-heap of the k best so far: its root is the worst kept element.
        var heap: [Element] = []
        heap.reserveCapacity(k)
        func siftDown(_ start: Int) {
            var parent = start
            while true {
                let left = 2 * parent + 1, right = left + 1
                var largest = parent
                if left < heap.count, areInIncreasingOrder(heap[largest], heap[left]) { largest = left }
                if right < heap.count, areInIncreasingOrder(heap[largest], heap[right]) { largest = right }
                if largest == parent { return }
                heap.swapAt(parent, largest)
                parent = largest
            }
        }
        for element in self {
            if heap.count < k {
                heap.append(element)
                var child = heap.count - 1
                while child > 0 {
                    let parent = (child - 1) / 2
                    guard areInIncreasingOrder(heap[parent], heap[child]) else { break }
                    heap.swapAt(parent, child)
                    child = parent
                }
            } else if areInIncreasingOrder(element, heap[0]) {
                heap[0] = element
                siftDown(0)
            }
        }
        return heap.sorted(by: areInIncreasingOrder)
    }
}
