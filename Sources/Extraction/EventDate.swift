/// A date written in a report ("Mar. 31", "April 4, 2021", "30 December"), and its ISO form.
struct EventDate: Sendable, Hashable {
    /// The words as written.
    var text: String
    var month: Int
    var day: Int
    /// The year when the text gives one.
    var year: Int?

    /// The ISO date (`2021-03-31`). Without a year in the text, the year is taken from the
    /// report's own date, `reportDay` (see ``day(of:)``; the previous year when that would
    /// put the event more than a month after the report); without either, the month and
    /// day alone (`--03-31`).
    func iso(reportDay: (year: Int, month: Int, day: Int)?) -> String {
        if let year { return Self.format(year, month, day) }
        guard let reportDay else {
            return Self.format(nil, month, day)
        }
        // Days since the start of the year, roughly, to compare the two dates.
        let eventPosition = month * 31 + day
        let reportPosition = reportDay.month * 31 + reportDay.day
        return Self.format(eventPosition - reportPosition > 31 ? reportDay.year - 1 : reportDay.year, month, day)
    }

    /// The year, month and day of a report's date (`2021-04-12`), from its first ten
    /// characters; nil when it has none or gives them otherwise. Read once for a report,
    /// not for each of its dated events.
    static func day(of reportDate: String?) -> (year: Int, month: Int, day: Int)? {
        guard let reportDate, reportDate.count >= 10,
            let reportYear = Int(reportDate.prefix(4)),
            let reportMonth = Int(reportDate.dropFirst(5).prefix(2)),
            let reportDay = Int(reportDate.dropFirst(8).prefix(2))
        else { return nil }
        return (reportYear, reportMonth, reportDay)
    }

    /// `2021-03-31`, or `--03-31` without a year. Written digit by digit into the string's
    /// ten bytes when the parts have at most the digits they are padded to, as they do
    /// but for a report dated oddly; otherwise padded part by part.
    static func format(_ year: Int?, _ month: Int, _ day: Int) -> String {
        guard (0...9999).contains(year ?? 0), (0...99).contains(month), (0...99).contains(day) else {
            return (year.map { pad($0, 4) } ?? "-") + "-" + pad(month, 2) + "-" + pad(day, 2)
        }
        let count = year == nil ? 7 : 10
        return String(unsafeUninitializedCapacity: count) { out in
            var at = 0
            func put(_ value: Int, digits: Int) {
                var divisor = digits == 4 ? 1000 : 10
                while divisor > 0 {
                    out[at] = UInt8(ascii: "0") + UInt8(value / divisor % 10)
                    at += 1
                    divisor /= 10
                }
            }
            func dash() {
                out[at] = UInt8(ascii: "-")
                at += 1
            }
            if let year { put(year, digits: 4) } else { dash() }
            dash()
            put(month, digits: 2)
            dash()
            put(day, digits: 2)
            return at
        }
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
    ///
    /// - Parameter start: The first month name in `range`, when already known: reading
    ///   starts there, as no date is found before one (the day of "30 December" before
    ///   it is still read, and `range` still bounds the look behind).
    static func first(in range: Range<Int>, from start: Int? = nil, tokens: [Token], slice: TextSlice, months: KeyMap<Int>,
                      reportingVerbs: KeySet = []) -> EventDate? {
        // Words are read from the report's bytes, not made into a `String` each.
        func isMark(_ k: Int, _ mark: Unicode.Scalar) -> Bool {
            tokens[k].end - tokens[k].start == 1 && slice.utf8[Int(slice.offsets[tokens[k].start])] == mark.value
        }
        /// The number token `k` in `bounds`, read as `Int(_:)` reads its text: decimal
        /// digits only (not `1,000` or `3.5`), any leading zeros.
        func number(_ k: Int, in bounds: ClosedRange<Int>) -> Int? {
            guard k < range.upperBound, tokens[k].kind == .number else { return nil }
            let bytes = Int(slice.offsets[tokens[k].start])..<Int(slice.offsets[tokens[k].end])
            var value = 0
            for i in bytes {
                let digit = slice.utf8[i] &- UInt8(ascii: "0")
                // Past the upper bound, more digits only take it further.
                guard digit < 10, value <= bounds.upperBound else { return nil }
                value = value * 10 + Int(digit)
            }
            return !bytes.isEmpty && bounds.contains(value) ? value : nil
        }
        var k = start ?? range.lowerBound
        while k < range.upperBound {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].isCapitalized, let month = months[tokens[k].key] else { continue }
            let lookBehind = max(range.lowerBound, k - 5)..<k
            if lookBehind.contains(where: { reportingVerbs.contains(tokens[$0].key) }) { continue }
            var next = k + 1
            if next < range.upperBound, isMark(next, "."), tokens[next].start == tokens[k].end { next += 1 }
            if let day = number(next, in: 1...31) {
                var end = next
                var year: Int?
                if next + 2 < range.upperBound, isMark(next + 1, ","), let y = number(next + 2, in: 1900...2100) {
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

/// The dates the sentences of one report give the events they name, each sentence read at
/// most once however many event types it names, and only when an event asks for it.
struct SentenceDates {
    private let tokens: [Token]
    private let slice: TextSlice
    private let sentences: [Sentence]
    private let months: KeyMap<Int>
    private let reportingVerbs: KeySet
    /// What a first look at each sentence found (nil: not looked at yet).
    private var looks: [Look?]
    /// The dates read so far, by sentence: a report has few trigger sentences, so a list is
    /// searched rather than an array by sentence made.
    private var written: [(sentence: Int, date: EventDate?)] = []
    private var relative: [(sentence: Int, date: EventDate?)] = []
    private var reported: [(sentence: Int, date: EventDate?)] = []

    /// What a look at a sentence finds: its own text, its first month name and whether it
    /// says "later". Only a sentence that names a month or says "later" can date an event,
    /// and most trigger sentences do neither, so the rest are never read for a date.
    private struct Look {
        /// The sentence's tokens after any dateline (see ``text(of:)``).
        var text: Range<Int>
        /// The first capitalized month name in ``text``, where a date can first start.
        var firstMonth: Int?
        var saysLater: Bool
    }

    init(tokens: [Token], slice: TextSlice, sentences: [Sentence], months: KeyMap<Int>, reportingVerbs: KeySet) {
        self.tokens = tokens
        self.slice = slice
        self.sentences = sentences
        self.months = months
        self.reportingVerbs = reportingVerbs
        looks = Array(repeating: nil, count: sentences.count)
    }

    /// The tokens of `sentence` after any dateline ("SEOUL, May 13 (Yonhap) --"), whose place
    /// and date are where and when the story was filed.
    mutating func text(of sentence: Int) -> Range<Int> {
        look(sentence).text
    }

    /// The date of an event triggered in `sentences` (in text order): the first date
    /// written in one of them ("kidnapping — Songchon County, Mar. 31"), else a date
    /// relative to an earlier sentence's, else the day a source spoke.
    mutating func date(in sentences: some Collection<Int>) -> EventDate? {
        for sentence in sentences where look(sentence).firstMonth != nil {
            if let date = writtenDate(sentence) { return date }
        }
        for sentence in sentences where look(sentence).saysLater {
            if let date = relativeDate(sentence) { return date }
        }
        for sentence in sentences where look(sentence).firstMonth != nil {
            if let date = reportedDate(sentence) { return date }
        }
        return nil
    }

    /// `sentence`'s own text, first month name and "later", looked for once.
    ///
    /// Asked again for each trigger and by each step of ``date(in:)``: the answer kept is
    /// returned inline, and only a first look is a call.
    @inline(__always)
    private mutating func look(_ sentence: Int) -> Look {
        if let look = looks[sentence] { return look }
        return firstLook(sentence)
    }

    /// ``look(_:)`` of a sentence not looked at yet, which reads its words through a buffer:
    /// most trigger sentences are read, so this runs over most tokens of a report.
    private mutating func firstLook(_ sentence: Int) -> Look {
        let range = sentences[sentence].tokens
        let text = (Dateline.end(of: range, tokens: tokens, slice: slice) ?? range.lowerBound)..<range.upperBound
        // Two scans, each ending at its word: simpler loops than one asking both questions
        // of every word, and most sentences have neither, so both read to the end.
        let months = months
        let firstMonth = tokens.firstIndex(in: text) { $0.kind == .word && $0.isCapitalized && months[$0.key] != nil }
        let (later, afterward, afterwards) = RelativeDate.laterKeys
        let saysLater = tokens.firstIndex(in: text) { $0.kind == .word && ($0.key == later || $0.key == afterward || $0.key == afterwards) } != nil
        let look = Look(text: text, firstMonth: firstMonth, saysLater: saysLater)
        looks[sentence] = look
        return look
    }

    /// The first date written in `sentence`, not counting when a source spoke.
    private mutating func writtenDate(_ sentence: Int) -> EventDate? {
        if let known = written.first(where: { $0.sentence == sentence }) { return known.date }
        let look = look(sentence)
        let date = EventDate.first(in: look.text, from: look.firstMonth, tokens: tokens, slice: slice, months: months,
                                   reportingVerbs: reportingVerbs)
        written.append((sentence, date))
        return date
    }

    /// "They were publicly executed less than a week later": the date of the nearest earlier
    /// sentence (up to three back) that gives one, moved by the interval (`by Apr. 11`).
    private mutating func relativeDate(_ sentence: Int) -> EventDate? {
        if let known = relative.first(where: { $0.sentence == sentence }) { return known.date }
        var date: EventDate?
        if let interval = RelativeDate.first(in: look(sentence).text, tokens: tokens, slice: slice) {
            for earlier in stride(from: sentence - 1, through: max(0, sentence - 3), by: -1) where look(earlier).firstMonth != nil {
                if let anchor = writtenDate(earlier) {
                    date = interval.applied(to: anchor)
                    break
                }
            }
        }
        relative.append((sentence, date))
        return date
    }

    /// "Sources told Daily NK on Dec. 30 that the fire broke out": a trigger sentence dated
    /// only by when a source spoke puts the event on or before that day (`by Dec. 30`),
    /// unless the sentence looks ahead (`will`, `plans`).
    private mutating func reportedDate(_ sentence: Int) -> EventDate? {
        if let known = reported.first(where: { $0.sentence == sentence }) { return known.date }
        let look = look(sentence)
        let range = look.text
        let futureWords = Self.futureWords
        var date: EventDate?
        // The date first: few sentences give one, so the look ahead is seldom read.
        if let spoken = EventDate.first(in: range, from: look.firstMonth, tokens: tokens, slice: slice, months: months),
            !range.contains(where: { futureWords.contains(tokens[$0].key) })
        {
            date = EventDate(text: "by " + spoken.text, month: spoken.month, day: spoken.day, year: spoken.year)
        }
        reported.append((sentence, date))
        return date
    }

    private static let futureWords = KeySet(words: ["will", "would", "plans", "planned", "upcoming", "next"])
}
