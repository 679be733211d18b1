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
    ///
    /// Words are compared by their token keys: this runs on every sentence that names an
    /// event, and making a lower-cased `String` of each word cost more than the rest of the
    /// event's dating.
    static func first(in range: Range<Int>, tokens: [Token], slice: TextSlice) -> RelativeDate? {
        for k in range where isLaterWord(tokens[k]) {
            guard k - 2 >= range.lowerBound, let unit = units[tokens[k - 1].key] else { continue }
            let amountToken = tokens[k - 2]
            let amount = amountToken.kind == .number ? Int(slice.string(amountToken.start, amountToken.end)) : numbers[amountToken.key]
            guard let amount, amount > 0, amount <= 31 else { continue }
            let isBound = k - 4 >= range.lowerBound && tokens[k - 4].key == less && tokens[k - 3].key == than
                || k - 3 >= range.lowerBound && tokens[k - 3].key == within
            return RelativeDate(days: amount * unit, isBound: isBound)
        }
        return nil
    }

    /// Whether `token` is a word a relative date ends with (`later`, `afterwards`): a
    /// sentence without one gives none.
    static func isLaterWord(_ token: Token) -> Bool {
        token.kind == .word && afterWords.contains(token.key)
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

    private static let afterWords = KeySet(words: ["later", "afterward", "afterwards"])
    private static let less = TextFolding.key("less"), than = TextFolding.key("than"), within = TextFolding.key("within")
    private static let units: KeyMap<Int> = KeyMap(words: ["day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30])
    private static let numbers: KeyMap<Int> = KeyMap(words: [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "few": 3,
    ])
}
