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

    /// The keys of the words a relative date ends with, for loops over many tokens that
    /// would otherwise reach the lazily made static at every token: three keys, compared
    /// directly rather than looked up.
    static var laterKeys: (UInt64, UInt64, UInt64) { (later, afterward, afterwards) }

    /// `anchor` moved by ``days``, its text saying how exact it is (`about Apr. 11`).
    ///
    /// Counted in days of the proleptic Gregorian calendar (as `Calendar` does in UTC for
    /// these years), without making a `Calendar`, which cost more than all other dating.
    func applied(to anchor: EventDate) -> EventDate {
        // A year that is not a leap year stands in when the report gives none. A day past
        // the month's end runs on into the next month, as `DateComponents` does.
        let (year, month, day) = Self.civil(Self.dayNumber(anchor.year ?? 2001, anchor.month, 1) + anchor.day - 1 + days)
        let shownYear = anchor.year.map { _ in year }
        let text = (isBound ? "by " : "about ") + TimelineSlot.monthAbbreviations[month - 1] + " \(day)" + (shownYear.map { ", \($0)" } ?? "")
        return EventDate(text: text, month: month, day: day, year: shownYear)
    }

    /// Days from 1970-01-01 to `year`-`month`-`day` in the proleptic Gregorian calendar
    /// (H. Hinnant's `days_from_civil`).
    static func dayNumber(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The year, month and day of ``dayNumber(_:_:_:)`` `number` (`civil_from_days`).
    static func civil(_ number: Int) -> (year: Int, month: Int, day: Int) {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static let afterWords: KeySet = [later, afterward, afterwards]
    private static let later = TextFolding.key("later"), afterward = TextFolding.key("afterward")
    private static let afterwards = TextFolding.key("afterwards")
    private static let less = TextFolding.key("less"), than = TextFolding.key("than"), within = TextFolding.key("within")
    private static let units: KeyMap<Int> = KeyMap(words: ["day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30])
    private static let numbers: KeyMap<Int> = KeyMap(words: [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "few": 3,
    ])
}
