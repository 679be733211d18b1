import Foundation
import GraphCore

/// A date a report gives relative to another: "a week later", "less than a week later",
/// "three days later".
///
/// Field reports often date one event by another ("They were publicly executed less than a
/// week later" after "caught on Apr. 4"); the event then takes the anchor's date moved by
/// the interval, named with how exact it is: `about Apr. 11`, or `by Apr. 11` for "less
/// than".
struct RelativeDate {
    /// Days after the anchor.
    var days: Int
    /// Whether the report gives an upper bound ("less than a week later").
    var isBound: Bool

    /// The first "N days/weeks/months later" in `range`, if any.
    static func first(in range: Range<Int>, tokens: [Token], slice: TextSlice) -> RelativeDate? {
        func word(_ k: Int) -> String { slice.string(tokens[k].start, tokens[k].end).lowercased() }
        for k in range where word(k) == "later" || word(k) == "afterward" || word(k) == "afterwards" {
            guard k - 2 >= range.lowerBound, let unit = units[word(k - 1)] else { continue }
            let amountWord = word(k - 2)
            guard let amount = Int(amountWord) ?? numbers[amountWord], amount > 0, amount <= 31 else { continue }
            let isBound = k - 4 >= range.lowerBound && word(k - 4) == "less" && word(k - 3) == "than"
                || k - 3 >= range.lowerBound && word(k - 3) == "within"
            return RelativeDate(days: amount * unit, isBound: isBound)
        }
        return nil
    }

    /// `anchor` moved by ``days``, its text saying how exact it is (`about Apr. 11`).
    func applied(to anchor: EventDate) -> EventDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        // A year that is not a leap year stands in when the report gives none.
        let start = DateComponents(calendar: calendar, year: anchor.year ?? 2001, month: anchor.month, day: anchor.day)
        guard let from = calendar.date(from: start), let to = calendar.date(byAdding: .day, value: days, to: from) else { return anchor }
        let parts = calendar.dateComponents([.year, .month, .day], from: to)
        let month = parts.month ?? anchor.month
        let day = parts.day ?? anchor.day
        let year = anchor.year.map { _ in parts.year ?? 0 }
        let text = (isBound ? "by " : "about ") + TimelineSlot.monthAbbreviations[month - 1] + " \(day)" + (year.map { ", \($0)" } ?? "")
        return EventDate(text: text, month: month, day: day, year: year)
    }

    private static let units: [String: Int] = ["day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30]
    private static let numbers: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "few": 3,
    ]
}
