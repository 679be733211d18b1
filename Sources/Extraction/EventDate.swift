/// A date written in a report ("Mar. 31", "April 4, 2021", "30 December"), and its ISO form.
struct EventDate: Sendable, Hashable {
    /// The words as written.
    var text: String
    var month: Int
    var day: Int
    /// The year when the text gives one.
    var year: Int?

    /// The ISO date (`2021-03-31`). Without a year in the text, the year is taken from the
    /// report's own date (the previous year when that would put the event more than a month
    /// after the report); without either, the month and day alone (`--03-31`).
    func iso(reportDate: String?) -> String {
        if let year { return Self.format(year, month, day) }
        guard let reportDate, reportDate.count >= 10,
            let reportYear = Int(reportDate.prefix(4)),
            let reportMonth = Int(reportDate.dropFirst(5).prefix(2)),
            let reportDay = Int(reportDate.dropFirst(8).prefix(2))
        else {
            return "--" + Self.pad(month, 2) + "-" + Self.pad(day, 2)
        }
        // Days since the start of the year, roughly, to compare the two dates.
        let eventPosition = month * 31 + day
        let reportPosition = reportMonth * 31 + reportDay
        return Self.format(eventPosition - reportPosition > 31 ? reportYear - 1 : reportYear, month, day)
    }

    private static func format(_ year: Int, _ month: Int, _ day: Int) -> String {
        pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    /// `value` in decimal with leading zeros to `width` digits.
    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// The first date in `range` of `tokens`: a month name then a day (and maybe `, year`),
    /// or a day then a month name (and maybe a year).
    ///
    /// A date within a few words after a reporting verb ("told Daily NK on Apr. 30") is
    /// when a source spoke, and is skipped.
    static func first(in range: Range<Int>, tokens: [Token], slice: TextSlice, months: KeyMap<Int>,
                      reportingVerbs: KeySet = []) -> EventDate? {
        func word(_ k: Int) -> String { slice.string(tokens[k].start, tokens[k].end) }
        func number(_ k: Int, in bounds: ClosedRange<Int>) -> Int? {
            guard k < range.upperBound, tokens[k].kind == .number, let value = Int(word(k)), bounds.contains(value) else { return nil }
            return value
        }
        var k = range.lowerBound
        while k < range.upperBound {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].isCapitalized, let month = months[tokens[k].key] else { continue }
            let lookBehind = max(range.lowerBound, k - 5)..<k
            if lookBehind.contains(where: { reportingVerbs.contains(tokens[$0].key) }) { continue }
            var next = k + 1
            if next < range.upperBound, word(next) == ".", tokens[next].start == tokens[k].end { next += 1 }
            if let day = number(next, in: 1...31) {
                var end = next
                var year: Int?
                if next + 2 < range.upperBound, word(next + 1) == ",", let y = number(next + 2, in: 1900...2100) {
                    year = y
                    end = next + 2
                }
                let span = slice.string(tokens[k].start, tokens[end].end)
                return EventDate(text: span, month: month, day: day, year: year)
            }
            if k > range.lowerBound, let day = number(k - 1, in: 1...31) {
                var end = k
                var year: Int?
                if let y = number(k + 1, in: 1900...2100) {
                    year = y
                    end = k + 1
                }
                let span = slice.string(tokens[k - 1].start, tokens[end].end)
                return EventDate(text: span, month: month, day: day, year: year)
            }
        }
        return nil
    }
}
