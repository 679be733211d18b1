/// The dateline that opens wire copy: `SEOUL, May 13 (Yonhap) --`, `SEOUL, South Korea (AP) —`.
///
/// Its place and date say where and when the story was filed, not where and when its events
/// happened, so event detection looks past it.
enum Dateline {
    /// The index of the first token after the dateline that opens `range`, or nil when the
    /// sentence does not open with one: a word in capitals, then within a few tokens a closing
    /// parenthesis followed by a dash.
    static func end(of range: Range<Int>, tokens: [Token], slice: TextSlice) -> Int? {
        guard let first = range.first, tokens[first].kind == .word, tokens[first].isAllCaps, tokens[first].end - tokens[first].start >= 3 else {
            return nil
        }
        let window = range.lowerBound..<min(range.upperBound, range.lowerBound + 16)
        for k in window.dropFirst() where slice.string(tokens[k - 1].start, tokens[k - 1].end) == ")" && isDash(k, tokens, slice) {
            var end = k
            while end < range.upperBound, isDash(end, tokens, slice) { end += 1 }
            return end
        }
        return nil
    }

    private static func isDash(_ k: Int, _ tokens: [Token], _ slice: TextSlice) -> Bool {
        guard tokens[k].kind == .punctuation else { return false }
        let text = slice.string(tokens[k].start, tokens[k].end)
        return text == "-" || text == "—" || text == "–"
    }
}
