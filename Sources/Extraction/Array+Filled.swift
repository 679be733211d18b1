extension Array {
    /// `count` copies of `value`, as `Array(repeating:count:)` makes them, for less.
    ///
    /// `Array(repeating:count:)` allocates through a function of the standard library that
    /// is not specialized for the element type: on every call it looks up the metadata of
    /// the array's storage class at run time, some 300 instructions, more than filling the
    /// array of a report costs. Reserving room in an empty array allocates through code
    /// specialized in this module, which keeps that metadata at hand.
    init(filledWith value: Element, count: Int) {
        self.init()
        reserveCapacity(count)
        append(contentsOf: repeatElement(value, count: count))
    }
}
