extension Array where Element == String {
    /// A short list for a table cell: the first few items and how many more there are.
    func abbreviatedList(_ limit: Int = 3) -> String {
        guard count > limit else { return joined(separator: ", ") }
        return prefix(limit).joined(separator: ", ") + ", +\(count - limit)"
    }
}
