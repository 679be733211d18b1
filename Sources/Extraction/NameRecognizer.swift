import Foundation
import GraphCore

/// Finds the names in one sentence and decides what each one is.
///
/// Three sources of evidence, strongest first:
/// 1. a head word that types the capitalised words before it (`Songchong County` is a
///    place, `Hyesan City Party Committee` an agency) or a prefix (`Ministry of …`,
///    `Mount …`);
/// 2. the gazetteer (`Onsong`, `Ministry of State Security`, `Kim Il Sung`);
/// 3. person patterns: a Korean surname followed by a romanised given name, or a name
///    after a byline, a title or a role word.
/// Acronyms and bare one-word references are left for ``ReferenceResolver``, which sees
/// the whole report.
struct NameRecognizer {
    let gazetteer: Gazetteer
    let lexicon: Lexicon
    let tokens: [Token]
    let text: [Unicode.Scalar]
    let slice: TextSlice

    /// What the sentences of a report yielded, sentence after sentence.
    ///
    /// One value for the whole report, not one per sentence: the lists grow once for the
    /// report instead of being made, grown and freed again for each of its sentences.
    struct Analysis {
        /// The names found, each sentence's in text order.
        var spans: [MentionSpan] = []
        /// `Full Name (ACR)`: the acronym's token, what it stands for and the sentence.
        var definitions: [(token: Int, acronym: String, target: SpanTarget, sentence: Int)] = []
        /// All-capital words not yet resolved.
        var acronyms: [Int] = []
        /// Capitalised single words that may refer back to a name met earlier.
        var singles: [Int] = []
        /// Gazetteer names that fit several entries (`Gangwon Province`), by first token:
        /// the candidates, for the report-level choice.
        var alternatives: [Int: [Int]] = [:]
        /// "the ministry", "the province": the head word's token, for the report-level
        /// resolution of short forms.
        var shortForms: [Int] = []
        /// For each sentence, where its acronyms, short forms and singles end in those lists
        /// (each sentence's start where the one before it ends).
        var sentenceEnds: [(acronyms: Int, shortForms: Int, singles: Int)] = []
        /// Room for the word groups of the gap being read, lent to each gap in turn (see
        /// ``NameRecognizer/recognizeGap(_:sentence:into:)``): an array made and freed for
        /// every gap cost more than reading it.
        var spareWordGroups: [Range<Int>] = []
    }

    /// A gazetteer name found in a sentence: its tokens and the entry it names.
    typealias Match = (tokens: Range<Int>, entry: Int)

    private static let connectorWords = ["of", "for", "the", "and", "on", "de"]
    private static let collectiveWords = ["people", "women", "children", "men", "workers", "farmers", "soldiers"]
    private let connectors: KeySet
    private let andKey: UInt64
    private let onKey: UInt64
    private let ofKey: UInt64
    private let forKey: UInt64
    private let collectives: KeySet
    private let locatives: KeySet
    private let directionKeys: KeySet
    private let theKey: UInt64
    private let byKey: UInt64
    /// Whether the sentence being read is a byline, where names are people.
    private var inByline = false
    /// Place categories a generic suffix can add to a known place (`Hyesan` + `City`).
    /// Agency heads whose names start with the place they serve ("Hyesan City Party
    /// Committee"); a company's or NGO's name may hold a place that is only a brand.
    static let localBodyCategories: Set<String> = ["party-organ", "state-organ", "security", "court", "ministry", "military"]
    static let genericPlaceCategories: Set<String> = ["county", "city", "town", "province", "district", "special-city"]

    /// Whether a generic suffix of `suffix` category can be added to a known place of
    /// `entry` category without naming another place: `Hyesan City` is Hyesan and `Onsong
    /// town` the seat of Onsong County, but `Sinpa-dong` is not Sinpa County.
    static func suffix(_ suffix: String?, fits entry: String?) -> Bool {
        guard let suffix, let entry, genericPlaceCategories.contains(suffix) else { return false }
        if suffix == entry { return true }
        let cities: Set<String> = ["city", "special-city"]
        if cities.contains(suffix) && cities.contains(entry) { return true }
        return suffix == "town" && (entry == "county" || entry == "city")
    }

    init(gazetteer: Gazetteer, lexicon: Lexicon, tokens: [Token], text: [Unicode.Scalar], slice: TextSlice) {
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.tokens = tokens
        self.text = text
        self.slice = slice
        let keys = Self.wordKeys
        connectors = keys.connectors
        andKey = keys.and
        onKey = keys.on
        ofKey = keys.of
        forKey = keys.for
        collectives = keys.collectives
        directionKeys = keys.directions
        theKey = keys.the
        byKey = keys.by
        locatives = keys.locatives
    }

    /// The keys of the words the rules look for, hashed once per process: a recognizer is
    /// made for every report.
    private struct WordKeys: Sendable {
        var connectors = KeySet(words: NameRecognizer.connectorWords)
        var and = TextFolding.key("and")
        var on = TextFolding.key("on")
        var of = TextFolding.key("of")
        var `for` = TextFolding.key("for")
        var collectives = KeySet(words: NameRecognizer.collectiveWords)
        var directions = KeySet(words: NameRecognizer.directions)
        var the = TextFolding.key("the")
        var by = TextFolding.key("by")
        var locatives = KeySet(words: ["in", "at", "near", "from", "outside", "around", "toward", "towards", "into"])
    }

    private static let wordKeys = WordKeys()

    // MARK: - Sentence

    /// The names in each of `sentences` (a report's, in order); the sentences whose indices
    /// are in `bylines` are bylines (see ``analyze(_:isByline:known:into:)``).
    func analyze(_ sentences: [Sentence], bylines: Set<Int>) -> Analysis {
        var analysis = Analysis()
        analysis.sentenceEnds.reserveCapacity(sentences.count)
        // Room for a few names a sentence, so the list seldom grows (and moves) while read;
        // and for about one lone capitalised word or acronym a sentence.
        analysis.spans.reserveCapacity(2 * sentences.count)
        analysis.singles.reserveCapacity(sentences.count)
        analysis.acronyms.reserveCapacity(sentences.count / 2)
        // The gazetteer matches of the sentence being read, in one buffer for all of them
        // (room for more than most sentences have).
        var known: [Match] = []
        known.reserveCapacity(16)
        for sentence in sentences {
            analyze(sentence, isByline: bylines.contains(sentence.index), known: &known, into: &analysis)
            analysis.sentenceEnds.append((analysis.acronyms.count, analysis.shortForms.count, analysis.singles.count))
        }
        return analysis
    }

    /// Adds the names in `sentence` to `analysis`; in a byline (`Author: Peter Vandermeer
    /// and Ji-yeon Ha`) every name that is not a known body or place is a person.
    /// A wire-service byline line (`By HYUN-WOO PARK and ELLEN MARSH Associated Press`) is
    /// read the same way, after its `By`. `known` is scratch space for the sentence's
    /// gazetteer matches.
    private func analyze(_ sentence: Sentence, isByline: Bool, known: inout [Match], into analysis: inout Analysis) {
        let wireByline = opensWithBy(sentence.tokens)
        guard (isByline || wireByline) == inByline else {
            var recognizer = self
            recognizer.inByline = isByline || wireByline
            recognizer.analyze(sentence, isByline: isByline, known: &known, into: &analysis)
            return
        }
        // Where this sentence's spans and acronyms start in the report's lists.
        let firstSpan = analysis.spans.count
        let firstAcronym = analysis.acronyms.count
        let names = (sentence.tokens.lowerBound + (wireByline ? 1 : 0))..<sentence.tokens.upperBound
        if !known.isEmpty { known.removeAll(keepingCapacity: true) }
        gazetteerMatches(in: names, into: &known, alternatives: &analysis.alternatives)
        addCoordinatedPlaces(in: names, to: &known)
        var i = names.lowerBound
        let end = sentence.tokens.upperBound
        var cursor = 0  // index into `known`
        // Runs start at capitalised words and numbers (known names too start so): a scan
        // passes the other tokens.
        while let candidate = tokens.firstIndex(in: i..<max(i, end), where: { $0.isCapitalized || $0.kind == .number }) {
            i = candidate
            while cursor < known.count, known[cursor].tokens.upperBound <= i { cursor += 1 }
            if startsRun(i, known: known, cursor: cursor) {
                let runEnd = extendRun(from: i, to: end, known: known)
                // The matches before the cursor end before the run: they need no looking at
                // (and when none is left, as in most sentences, nothing does).
                let inside = cursor < known.count ? matches(known[cursor...], inside: i..<runEnd) : []
                recognize(i..<runEnd, known: inside, sentence: sentence.index, into: &analysis)
                i = runEnd
            } else {
                i += 1
            }
        }
        findDefinitions(&analysis, sentence: sentence.index, spansFrom: firstSpan, acronymsFrom: firstAcronym)
        findShortForms(in: sentence.tokens, &analysis, spansFrom: firstSpan)
        addInnerBodies(&analysis, spansFrom: firstSpan)
        sortSpans(&analysis.spans, from: firstSpan)
    }

    // MARK: - Bodies inside bodies

    /// The bodies a known body's name holds whole, as inner spans (as a place inside a
    /// name is one): "International Department of the WPK Central Committee" names the
    /// Central Committee too, and "Political Bureau of the Central Committee of the WPK"
    /// both the Central Committee and the party.
    ///
    /// A body is found where, after an `of` (or `of the`), the rest of the name is another
    /// known body's name or alias, or an acronym the gazetteer gives to one body only. Each
    /// body found is looked into in turn. An acronym that opens a name ("UN" in "UN
    /// Security Council") is not taken for a mention of its own: analysts do not list the
    /// UN for its Security Council.
    private func addInnerBodies(_ analysis: inout Analysis, spansFrom first: Int) {
        for index in first..<analysis.spans.count where !analysis.spans[index].isInner && analysis.spans[index].tokens.count >= 3 {
            // Only a name with an "of" inside can hold another (most hold none): that is
            // looked at before the entry.
            let tokens = analysis.spans[index].tokens
            guard case .known(let entry) = analysis.spans[index].target,
                tokens.dropFirst().contains(where: { self.tokens[$0].key == ofKey }), gazetteer.entries[entry].kind == .agency
            else { continue }
            addBodies(inside: tokens, of: entry, sentence: analysis.spans[index].sentence, to: &analysis)
        }
    }

    /// Adds the bodies named inside `range`, the name of body `outer` (see
    /// ``addInnerBodies(_:spansFrom:)``).
    private func addBodies(inside range: Range<Int>, of outer: Int, sentence: Int, to analysis: inout Analysis) {
        func add(_ tokens: Range<Int>, _ body: Int) {
            analysis.spans.append(MentionSpan(tokens: tokens, target: .known(body), sentence: sentence, rule: .innerBody, isInner: true))
        }
        for k in (range.lowerBound + 1)..<range.upperBound where tokens[k - 1].key == ofKey {
            let start = tokens[k].key == theKey && k + 1 < range.upperBound ? k + 1 : k
            guard let body = knownBody(from: start, to: range.upperBound), body != outer else { continue }
            add(start..<range.upperBound, body)
            addBodies(inside: start..<range.upperBound, of: body, sentence: sentence, to: &analysis)
            return
        }
    }

    /// The known body named by exactly the tokens `start..<end`: one of its names or
    /// aliases, or an acronym only that body has.
    private func knownBody(from start: Int, to end: Int) -> Int? {
        if end - start == 1, let body = knownBody(acronymAt: start) { return body }
        guard let match = gazetteer.names.longestMatch(in: tokens, at: start, limit: end), match.end == end else { return nil }
        return match.values.first { gazetteer.entries[$0].kind == .agency }
    }

    /// The body whose acronym is the token at `k`, when the gazetteer gives it to one body
    /// only (`WPK`; not `MSS`, which two ministries share).
    private func knownBody(acronymAt k: Int) -> Int? {
        guard tokens[k].kind == .word, tokens[k].isAllCaps, tokens[k].end - tokens[k].start >= 2,
            let owners = gazetteer.acronyms[string(tokens[k].start, tokens[k].end)]
        else { return nil }
        let bodies = owners.filter { gazetteer.entries[$0].kind == .agency }
        return bodies.count == 1 ? bodies[0] : nil
    }

    /// Puts the spans from `first` on (one sentence's) in text order, in place. They are
    /// mostly found in order already, and then are left as they are.
    private func sortSpans(_ spans: inout [MentionSpan], from first: Int) {
        func precedes(_ a: MentionSpan, _ b: MentionSpan) -> Bool {
            (a.tokens.lowerBound, a.tokens.upperBound) < (b.tokens.lowerBound, b.tokens.upperBound)
        }
        guard spans.count - first >= 2 else { return }
        var sorted = true
        for index in (first + 1)..<spans.count where precedes(spans[index], spans[index - 1]) {
            sorted = false
            break
        }
        guard !sorted else { return }
        spans.withUnsafeMutableBufferPointer { all in
            var sentence = UnsafeMutableBufferPointer(rebasing: all[first...])
            sentence.sort(by: precedes)
        }
    }

    /// The matches of `known` (in text order) that lie wholly inside `range`, in order.
    ///
    /// Gazetteer matches do not overlap, so those inside a range are consecutive and are
    /// returned as a slice of `known`, not copied into a new array. Should a later match
    /// lie inside too (a coordinated place added inside another match), they are copied.
    private func matches(_ known: ArraySlice<Match>, inside range: Range<Int>) -> ArraySlice<Match> {
        func isInside(_ match: Match) -> Bool {
            match.tokens.lowerBound >= range.lowerBound && match.tokens.upperBound <= range.upperBound
        }
        var first = known.startIndex
        while first < known.endIndex, known[first].tokens.lowerBound < range.lowerBound { first += 1 }
        var end = first
        while end < known.endIndex, known[end].tokens.upperBound <= range.upperBound { end += 1 }
        // Matches start in order: none after one starting at or past the range's end fits.
        var later = end
        while later < known.endIndex, known[later].tokens.lowerBound < range.upperBound {
            if isInside(known[later]) { return ArraySlice(known.filter(isInside)) }
            later += 1
        }
        return known[first..<end]
    }

    /// Whether a short line opens with a capitalised `By`: a byline, not a sentence.
    private func opensWithBy(_ range: Range<Int>) -> Bool {
        guard range.count >= 2, range.count <= 16 else { return false }
        let first = tokens[range.lowerBound]
        return first.key == byKey && first.isCapitalized && (range.lowerBound == 0 || first.newlinesBefore > 0)
    }

    /// Longest gazetteer matches, left to right, starting at capitalised words or numbers,
    /// added to `found`.
    private func gazetteerMatches(in range: Range<Int>, into found: inout [Match], alternatives: inout [Int: [Int]]) {
        var i = range.lowerBound
        // Names start at capitalised words and numbers, found by a scan that passes the rest.
        while let start = tokens.firstIndex(in: i..<range.upperBound, where: { $0.isCapitalized || $0.kind == .number }) {
            i = start
            guard let match = gazetteer.names.longestMatch(in: tokens, at: i, limit: range.upperBound) else {
                i += 1
                continue
            }
            // A demonym or a listed non-entity at least as long wins ("North Korean" is
            // not "North Korea"; the tokens differ, but "Korean War" must not yield Korea).
            let blocked = blockedEnd(at: i, limit: range.upperBound) ?? 0
            if blocked >= match.end {
                i = blocked
                continue
            }
            let candidates = match.values.count == 1 ? match.values : Array(Set(match.values)).sorted()
            if candidates.count > 1 { alternatives[i] = candidates }
            found.append((i..<match.end, candidates[0]))
            i = match.end
        }
    }

    /// Where the longer of a listed non-entity and a demonym starting at token `k` ends,
    /// if either does.
    private func blockedEnd(at k: Int, limit: Int) -> Int? {
        let nonEntity = lexicon.nonEntities.longestMatchEnd(in: tokens, at: k, limit: limit)
        let demonym = lexicon.demonyms.longestMatchEnd(in: tokens, at: k, limit: limit)
        guard let nonEntity else { return demonym }
        return max(nonEntity, demonym ?? nonEntity)
    }

    /// "North and South Hamgyong provinces": two places, the first named only by its
    /// direction word. Added as gazetteer matches so the rest of recognition treats them
    /// like any known name.
    private func addCoordinatedPlaces(in range: Range<Int>, to known: inout [Match]) {
        // `and` first, found by a scan: most sentences have none in the right place.
        let and = andKey
        var i = range.lowerBound
        while i + 3 < range.upperBound {
            guard let conjunction = tokens.firstIndex(in: (i + 1)..<(range.upperBound - 2), where: { $0.key == and }) else { break }
            i = conjunction - 1
            guard tokens[i].isCapitalized, directionKeys.contains(tokens[i].key),
                tokens[i + 2].isCapitalized, directionKeys.contains(tokens[i + 2].key), tokens[i + 3].isCapitalized,
                let second = known.firstIndex(where: { $0.tokens.lowerBound == i + 2 })
            else {
                i += 1
                continue
            }
            // The second place's name, with the first direction word in its place.
            let secondName = gazetteer.entries[known[second].entry].name
            let direction = string(tokens[i + 2].start, tokens[i + 2].end)
            let firstDirection = string(tokens[i].start, tokens[i].end)
            if secondName.hasPrefix(direction + " "),
                let first = gazetteer.index(named: firstDirection + secondName.dropFirst(direction.count)),
                gazetteer.entries[first].kind == .place
            {
                known.append((i..<(i + 1), first))
                known.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
            }
            i += 3
        }
    }

    /// Direction words that start province names and can be coordinated.
    private static let directions: Set<String> = ["North", "South", "East", "West"]

    @inline(__always)
    private func startsRun(_ i: Int, known: [Match], cursor: Int) -> Bool {
        let token = tokens[i]
        if cursor < known.count, known[cursor].tokens.lowerBound == i { return true }
        if token.kind == .number, isOrdinal(token), i + 1 < tokens.count, tokens[i + 1].isCapitalized,
            tokens[i + 1].newlinesBefore == 0
        {
            return true  // 4th Corps, Eighth is a word already
        }
        return token.kind == .word && token.isCapitalized && !token.isHyphenJoined
    }

    /// The end of the run of capitalised words (with connectors, hyphenated parts and
    /// gazetteer names inside) that starts at `start`.
    ///
    /// `known` are the sentence's gazetteer matches in text order: a sentence has a few at
    /// most, so looking through them costs less than a table of every token's match.
    private func extendRun(from start: Int, to end: Int, known: [Match]) -> Int {
        var j = start
        var sawAgencyPrefix = false
        /// Where the gazetteer match starting at token `k` ends, if one does (the last
        /// listed, when two start there).
        func matchEnd(_ k: Int) -> Int? {
            var end: Int?
            for match in known {
                if match.tokens.lowerBound > k { break }
                if match.tokens.lowerBound == k { end = match.tokens.upperBound }
            }
            return end
        }
        func isUnitStart(_ k: Int) -> Bool {
            guard k < end, tokens[k].newlinesBefore == 0 else { return false }
            if matchEnd(k) != nil { return true }
            return tokens[k].kind == .word && tokens[k].isCapitalized && !tokens[k].isHyphenJoined
        }
        while j < end {
            if let matchEnd = matchEnd(j) {
                j = matchEnd
            } else {
                // `of` or `for` next first: it rules out most words without a look-up.
                if j + 1 < end, tokens[j + 1].key == ofKey || tokens[j + 1].key == forKey,
                    lexicon.agencyPrefixes.contains(tokens[j].key)
                {
                    sawAgencyPrefix = true
                }
                j += 1
            }
            // Hyphenated continuations stay in the unit: `Hye-jin`, `Onsong-gun`. A lower-case
            // one that is not a Korean place suffix (`Seoul-based`) ends the run there.
            var endsRun = false
            while j < end, tokens[j].isHyphenJoined, tokens[j].newlinesBefore == 0 {
                let part = tokens[j]
                if part.kind == .word, !part.isCapitalized, !lexicon.hyphenSuffixes.contains(part.key),
                    !(j > start && isPartOfGivenName(j))
                {
                    endsRun = true
                }
                j += 1
            }
            guard !endsRun, j < end, tokens[j].newlinesBefore == 0 else { break }
            let next = tokens[j]
            if isUnitStart(j) { continue }
            if j - 1 > start, isMiddleInitial(j - 1), isUnitStart(j + 1) {
                j += 1  // "Claire S. Lee"
                continue
            }
            if let tail = companyTail(at: j, end: end) {
                j = tail  // "Dandong Jinhe Commerce Co., Ltd."
                break
            }
            if next.kind == .number, isHead(j - 1) { continue }  // Camp 15, Unit 10215
            if next.kind == .possessive {
                // "Workers' Party", "People's Army" join; "Korea's Ministry" does not.
                let joins = next.end - next.start == 1 || collectives.contains(tokens[j - 1].key)
                if joins, isUnitStart(j + 1) {
                    j += 1
                    continue
                }
                break
            }
            // Connectors between names: "of" anywhere ("Republic of Korea"); "for" after a
            // head word ("Institute for ..."); "the" after them; "and" and "on" only inside
            // an agency name that began "Ministry of ...", and never before "the".
            var k = j
            var joined = false
            while k < end, k - j < 2, tokens[k].kind == .word, connectors.contains(tokens[k].key), tokens[k].newlinesBefore == 0 {
                let key = tokens[k].key
                let allowed: Bool
                switch key {
                case ofKey: allowed = true
                case forKey:
                    // "the NGO Bridges for Refugees": "NGO" may open the run itself.
                    allowed = sawAgencyPrefix || isHead(k - 1) || agencyCue(before: start) != nil || agencyCue(before: start + 1) != nil
                case andKey, onKey:
                    // "Asian and Oceanian Affairs Bureau": one plain word, "and", then words
                    // that end in a head; not two names ("X Corporation and Y Ltd").
                    let word = k - 1
                    let joinsWords = key == andKey && !inByline && tokens[word].isCapitalized && !tokens[word].isAllCaps && !isHead(word)
                        && (word == start || connectors.contains(tokens[word - 1].key)) && endsInAgencyHead(from: k + 1, to: end)
                    allowed = (sawAgencyPrefix || joinsWords)
                        && k + 1 < end && !connectors.contains(tokens[k + 1].key)
                        && lexicon.agencyPrefixes[tokens[k + 1].key] == nil
                default: allowed = k > j || sawAgencyPrefix
                }
                guard allowed else { break }
                if isUnitStart(k + 1) {
                    j = k + 1
                    joined = true
                    break
                }
                k += 1
            }
            if joined { continue }
            break
        }
        return j
    }

    /// Whether the hyphenated part at `k` continues a romanised given name (`jin` in
    /// `Hye-jin`): the word before it is a capitalised Korean syllable.
    private func isPartOfGivenName(_ k: Int) -> Bool {
        let previous = tokens[k - 1]
        // The surname comes before the given name (`Kim Hye-jin`) or right after it (`Ji-yeon Ha`).
        let surnameBefore = k >= 2 && lexicon.surnames.contains(tokens[k - 2].key)
        let surnameAfter = k + 1 < tokens.count && tokens[k + 1].isCapitalized && !tokens[k + 1].isHyphenJoined && lexicon.surnames.contains(tokens[k + 1].key)
        guard k >= 2, previous.kind == .word, previous.isCapitalized, surnameBefore || surnameAfter else { return false }
        return koreanSyllables(tokens[k]) != nil && koreanSyllables(previous) != nil
    }

    /// ``KoreanNamePattern/syllableCount(_:)`` of a token's text, read in place.
    private func koreanSyllables(_ token: Token) -> Int? {
        KoreanNamePattern.syllableCount(text[token.start..<token.end])
    }

    /// `4th`, `1st`, `22nd`: a number ending in an ordinal suffix (compared on the code
    /// points, as ``Token/hasSuffixIgnoringCase(_:in:)`` does).
    private func isOrdinal(_ token: Token) -> Bool {
        guard token.kind == .number, token.end - token.start >= 3 else { return false }
        return token.hasSuffixIgnoringCase("st", in: text) || token.hasSuffixIgnoringCase("nd", in: text)
            || token.hasSuffixIgnoringCase("rd", in: text) || token.hasSuffixIgnoringCase("th", in: text)
    }

    private func isHead(_ k: Int) -> Bool {
        guard k >= 0 else { return false }
        let key = tokens[k].key
        return lexicon.placeSuffixes.contains(key) || lexicon.agencySuffixes.contains(key)
            || lexicon.agencyPrefixes.contains(key) || lexicon.placePrefixes.contains(key)
    }

    // MARK: - Runs

    /// The names in the run `range`; `known` holds the run's gazetteer matches.
    private func recognize(_ range: Range<Int>, known: ArraySlice<Match>, sentence: Int, into analysis: inout Analysis) {
        var a = range.lowerBound
        var b = range.upperBound
        guard a < b else { return }
        // Leading connectors and words that are never names ("The", "Sources", "Korean").
        while a < b {
            if known.contains(where: { $0.tokens.lowerBound == a }) { break }
            let token = tokens[a]
            if token.kind == .number, isOrdinal(token) { break }
            if token.kind != .word || !token.isCapitalized && !token.isHyphenJoined {
                a += 1
                continue
            }
            // A blocked word stays when a head follows it ("Korean War Museum"), or "and"
            // joins it into a body's name ("Asian and Oceanian Affairs Bureau").
            if let blocked = blockedEnd(at: a, limit: b), !(blocked < b && isSuffixHead(blocked) && !isInsideNonEntity(blocked, from: a, to: b)),
                !(blocked + 1 < b && tokens[blocked].key == andKey)
            {
                a = blocked
                while a < b, tokens[a].isHyphenJoined { a += 1 }
                continue
            }
            break
        }
        // Trailing lower-case words go, unless they end a known name ("the Amur region";
        // but "Rajin port" is the city, not the facility "Rajin Port").
        // (The word first: most runs end in a capitalised one, and the names need no reading.)
        while b > a,
            tokens[b - 1].kind == .possessive || (tokens[b - 1].kind == .word && !tokens[b - 1].isCapitalized && !tokens[b - 1].isHyphenJoined),
            !known.contains(where: { $0.tokens.upperBound == b && gazetteer.entries[$0.entry].category != "facility" })
        {
            b -= 1
        }
        guard a < b else { return }
        var inside = matches(known, inside: a..<b)
        // A known name cut by the trimming may hold a shorter one ("Wonsan-Kalma" in
        // "Wonsan-Kalma coastal tourist area").
        if let cut = known.first(where: { (a..<b).contains($0.tokens.lowerBound) && $0.tokens.upperBound > b }),
            let shorter = gazetteer.names.longestMatch(in: tokens, at: cut.tokens.lowerBound, limit: b)
        {
            var withShorter = Array(inside)
            withShorter.append((cut.tokens.lowerBound..<shorter.end, shorter.values[0]))
            withShorter.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
            inside = withShorter[...]
        }
        func innerMatch(containing k: Int) -> Match? {
            inside.first { $0.tokens.contains(k) }
        }
        if let office = acronymOffice(a..<b, known: inside) {
            // "the Hyesan MSS office": the body's office in that place; the place is named too.
            let category = gazetteer.entries[office.body].category
            let span = office.start..<office.end
            recognize(a..<office.start, known: inside, sentence: sentence, into: &analysis)
            analysis.spans.append(MentionSpan(tokens: span, target: .found(kind: .agency, name: canonicalName(span, kind: .agency, category: category), category: category), sentence: sentence, rule: .localOffice))
            for place in inside where place.tokens.lowerBound >= office.start {
                analysis.spans.append(MentionSpan(tokens: place.tokens, target: .known(place.entry), sentence: sentence, rule: .innerPlace, isInner: true))
            }
            return
        }

        // 0. "the island's Mano district", "Wan Chai district": words the gazetteer does not
        // know, typed by a lower-case place word right after them, which describes the
        // place rather than names it: the mention takes the word, the name does not (Mano).
        if inside.isEmpty, let category = lowerCasePlaceWord(at: b), lastSuffixHead(in: a..<b, known: inside) == nil {
            analysis.spans.append(MentionSpan(tokens: a..<(b + 1), target: .found(kind: .place, name: canonicalName(a..<b, kind: .place, category: category), category: category), sentence: sentence, rule: .headWord))
            return
        }

        // 1. A suffix head: the last one in the run decides the type.
        if let h = lastSuffixHead(in: a..<b, known: inside) {
            if let match = innerMatch(containing: h), match.tokens.upperBound == h + 1,
                let office = localOffice(match, in: a, known: inside)
            {
                // "Dandong Public Security Bureau": the bureau of that place, not the body
                // in general; the place is named too.
                analysis.spans.append(MentionSpan(tokens: office..<(h + 1), target: .found(kind: .agency, name: canonicalName(office..<(h + 1), kind: .agency, category: gazetteer.entries[match.entry].category), category: gazetteer.entries[match.entry].category), sentence: sentence, rule: .localOffice))
                for place in inside where place.tokens.lowerBound >= office && place.tokens.upperBound <= match.tokens.lowerBound {
                    analysis.spans.append(MentionSpan(tokens: place.tokens, target: .known(place.entry), sentence: sentence, rule: .innerPlace, isInner: true))
                }
                recognize(a..<office, known: inside, sentence: sentence, into: &analysis)
                recognize((h + 1)..<b, known: inside, sentence: sentence, into: &analysis)
                return
            }
            if let match = innerMatch(containing: h), match.tokens.upperBound == h + 1 {
                recognize(a..<match.tokens.lowerBound, known: inside, sentence: sentence, into: &analysis)
                analysis.spans.append(MentionSpan(tokens: match.tokens, target: .known(match.entry), sentence: sentence, rule: .gazetteer))
                recognize((h + 1)..<b, known: inside, sentence: sentence, into: &analysis)
                return
            }
            let (kind, category) = headType(h)
            // "University of Agriculture", "Institute for National Unification": the name
            // goes on past a head word that also starts names.
            var last = h + 1
            if h + 2 < b, lexicon.agencyPrefixes[tokens[h].key] != nil,
                tokens[h + 1].key == ofKey || tokens[h + 1].key == forKey
            {
                last = b
            }
            let span = a..<last
            let stem = inside.first { $0.tokens == a..<h }
            // "Kilju-eup" is the county's seat town, a place inside Kilju County; "Kilju town"
            // in English is the county itself.
            let isSeatTown = tokens[h].isHyphenJoined && category == "town" && stem.map { gazetteer.entries[$0.entry].category == "county" } == true
            if kind == .place, let stem, gazetteer.entries[stem.entry].kind == .place, !isSeatTown,
                Self.suffix(category, fits: gazetteer.entries[stem.entry].category)
            {
                analysis.spans.append(MentionSpan(tokens: span, target: .known(stem.entry), sentence: sentence, rule: .genericSuffix))
            } else if span.count >= 2 {
                analysis.spans.append(MentionSpan(tokens: span, target: .found(kind: kind, name: canonicalName(span, kind: kind, category: category), category: category), sentence: sentence, rule: .headWord))
                // "Hyesan City Party Committee" serves Hyesan; "Sariwon Market" lies in Sariwon.
                let servesPlace = kind == .agency && Self.localBodyCategories.contains(category ?? "")
                let liesInPlace = kind == .place && !tokens[h].isHyphenJoined && ["facility", "market", "station", "port"].contains(category ?? "")
                    || isSeatTown
                if servesPlace || liesInPlace {
                    for match in inside where match.tokens.upperBound <= h && gazetteer.entries[match.entry].kind == .place
                        && !PlaceRank.isCountry(gazetteer.entries[match.entry].category)
                        && (servesPlace || match.tokens.lowerBound == a && (PlaceRank.of(gazetteer.entries[match.entry].category) ?? 0) >= 3)
                    {
                        analysis.spans.append(MentionSpan(tokens: match.tokens, target: .known(match.entry), sentence: sentence, rule: .innerPlace, isInner: true))
                    }
                }
            }
            recognize(last..<b, known: inside, sentence: sentence, into: &analysis)
            return
        }

        // Words whose initials the "(ACR)" after them spells, even with a known place
        // inside ("Korea Prisoners' Advocates (KPA)"), or that follow a word like "NGO" or
        // "firm": an organisation, unless one known name covers them all.
        let cue = agencyCue(before: a)
        if b - a >= 2 || cue == "vessel", !inside.contains(where: { $0.tokens == a..<b }) || cue == "vessel",
            case let spelled = definedAcronym(after: b).map({ initials(of: a..<b) == $0 }) ?? false, spelled || cue != nil
        {
            let category = spelled ? nil : cue
            // A ship's name may end in a number: "the tanker Pyoksong 9".
            if category == "vessel", b < tokens.count, tokens[b].kind == .number, tokens[b].newlinesBefore == 0 { b += 1 }
            analysis.spans.append(MentionSpan(tokens: a..<b, target: .found(kind: .agency, name: canonicalName(a..<b, kind: .agency, category: category), category: category), sentence: sentence, rule: spelled ? .initials : .bodyCue))
            return
        }

        // 2. A prefix: "Ministry of ...", "Institute for ...", "Mount ...".
        for p in a..<b where innerMatch(containing: p) == nil {
            let isAgencyPrefix = lexicon.agencyPrefixes[tokens[p].key] != nil && p + 1 < b
                && (tokens[p + 1].key == ofKey || tokens[p + 1].key == forKey)
            let isPlacePrefix = lexicon.placePrefixes[tokens[p].key] != nil && p + 1 < b && tokens[p + 1].isCapitalized
            guard isAgencyPrefix || isPlacePrefix else { continue }
            var q = p
            while q > a, tokens[q - 1].kind == .word, tokens[q - 1].isCapitalized, innerMatch(containing: q - 1) == nil {
                q -= 1
            }
            let kind: EntityKind = isAgencyPrefix ? .agency : .place
            let category = isAgencyPrefix ? lexicon.agencyPrefixes[tokens[p].key] : lexicon.placePrefixes[tokens[p].key]
            recognize(a..<q, known: inside, sentence: sentence, into: &analysis)
            analysis.spans.append(MentionSpan(tokens: q..<b, target: .found(kind: kind, name: canonicalName(q..<b, kind: kind, category: category), category: category), sentence: sentence, rule: .prefix))
            return
        }

        // 3. Gazetteer names as they are; the gaps between them may hold people. (Matches
        // are kept in text order, so `inside` needs no sorting.)
        var gapStart = a
        for match in inside {
            recognizeGap(gapStart..<match.tokens.lowerBound, sentence: sentence, into: &analysis)
            analysis.spans.append(MentionSpan(tokens: match.tokens, target: .known(match.entry), sentence: sentence, rule: .gazetteer))
            gapStart = match.tokens.upperBound
        }
        recognizeGap(gapStart..<b, sentence: sentence, into: &analysis)
    }

    /// A local office named by places, a known body's acronym and a lower-case office word
    /// ("Musan County MSS office", "Hyesan MSS branch"): the body and where the name ends.
    private func acronymOffice(_ range: Range<Int>, known: ArraySlice<Match>) -> (body: Int, start: Int, end: Int)? {
        let acronym = range.upperBound - 1
        guard range.count >= 2, range.upperBound < tokens.count, tokens[acronym].isAllCaps,
            lexicon.officeWords.contains(tokens[range.upperBound].key), !tokens[range.upperBound].isCapitalized,
            let body = gazetteer.acronyms[string(tokens[acronym].start, tokens[acronym].end)]?.first(where: { gazetteer.entries[$0].kind == .agency })
        else { return nil }
        // The known places right before the acronym.
        var start = acronym
        while start > range.lowerBound, let place = known.first(where: { $0.tokens.upperBound == start && gazetteer.entries[$0.entry].kind == .place }) {
            start = place.tokens.lowerBound
        }
        return start < acronym ? (body, start, range.upperBound + 1) : nil
    }

    /// The category of the word that makes a name a body, when one comes right before
    /// token `k` ("the Seoul-based NGO Bridges of Hope Korea", "the tanker Pyoksong 9").
    private func agencyCue(before k: Int) -> String? {
        guard k > 0 else { return nil }
        let cue = tokens[k - 1]
        guard cue.kind == .word, !cue.isCapitalized || cue.isAllCaps else { return nil }
        return lexicon.agencyCues[cue.key]
    }

    /// Where a local office's name starts, when a gazetteer agency named by a head word
    /// (`Public Security Bureau`, `People's Committee`) follows place names in the run.
    private func localOffice(_ match: Match, in start: Int, known: ArraySlice<Match>) -> Int? {
        guard gazetteer.entries[match.entry].kind == .agency, match.tokens.lowerBound > start else { return nil }
        var begin = match.tokens.lowerBound
        while let place = known.first(where: { $0.tokens.upperBound == begin && gazetteer.entries[$0.entry].kind == .place }),
            place.tokens.lowerBound >= start
        {
            begin = place.tokens.lowerBound
        }
        return begin < match.tokens.lowerBound ? begin : nil
    }

    /// The last head word in the run that has a name before it.
    private func lastSuffixHead(in range: Range<Int>, known: ArraySlice<Match>) -> Int? {
        var k = range.upperBound - 1
        while k > range.lowerBound {
            let token = tokens[k]
            let isHead = token.isHyphenJoined
                ? lexicon.hyphenSuffixes.contains(token.key)
                : (token.isCapitalized && (lexicon.placeSuffixes.contains(token.key) || lexicon.agencySuffixes.contains(token.key)))
            if isHead {
                // A head word inside a gazetteer name (not at its end) belongs to that name;
                // one inside a listed non-entity ("Party Congress") is no head.
                let inside = known.contains { $0.tokens.contains(k) && $0.tokens.upperBound != k + 1 }
                if !inside, !isInsideNonEntity(k, from: range.lowerBound, to: range.upperBound) { return k }
            }
            k -= 1
        }
        return nil
    }

    /// Whether token `k` is a word that types the words before it.
    private func isSuffixHead(_ k: Int) -> Bool {
        let token = tokens[k]
        if token.isHyphenJoined { return lexicon.hyphenSuffixes.contains(token.key) }
        return token.isCapitalized && (lexicon.placeSuffixes.contains(token.key) || lexicon.agencySuffixes.contains(token.key))
    }

    /// Whether token `k` lies inside a listed non-entity phrase starting in `from..<to`.
    private func isInsideNonEntity(_ k: Int, from: Int, to: Int) -> Bool {
        var s = max(from, k - lexicon.nonEntities.longest + 1)
        while s <= k {
            if let end = lexicon.nonEntities.longestMatchEnd(in: tokens, at: s, limit: to), end > k, end - s >= 2 {
                return true
            }
            s += 1
        }
        return false
    }

    /// The category of the lower-case place word at `k` that may follow a name (`district`,
    /// `county`, `province`), or nil. `city` and the rest are left out: "the border city"
    /// and "a Chinese city" describe, where "Mano district" names.
    private func lowerCasePlaceWord(at k: Int) -> String? {
        guard k < tokens.count, tokens[k].kind == .word, !tokens[k].isCapitalized, !tokens[k].isHyphenJoined,
            tokens[k].newlinesBefore == 0, let category = lexicon.placeSuffixes[tokens[k].key],
            Self.namingPlaceWords.contains(category)
        else { return nil }
        return category
    }

    /// The categories of place words that name a place when written in lower case after it.
    private static let namingPlaceWords: Set<String> = ["district", "county", "province"]

    private func headType(_ h: Int) -> (EntityKind, String?) {
        let token = tokens[h]
        if token.isHyphenJoined, let category = lexicon.hyphenSuffixes[token.key] { return (.place, category) }
        if let category = lexicon.agencySuffixes[token.key] { return (.agency, category) }
        return (.place, lexicon.placeSuffixes[token.key])
    }

    // MARK: - People

    private func recognizeGap(_ range: Range<Int>, sentence: Int, into analysis: inout Analysis) {
        var a = range.lowerBound
        let b = range.upperBound
        while a < b, tokens[a].kind != .word || !tokens[a].isCapitalized { a += 1 }
        guard a < b else { return }
        let original = range.lowerBound

        // Capitalised words followed by "(ACR)" whose initials they spell: an organisation.
        if let acronym = definedAcronym(after: b), initials(of: a..<b) == acronym, b - a >= 2 {
            analysis.spans.append(MentionSpan(tokens: a..<b, target: .found(kind: .agency, name: canonicalName(a..<b, kind: .agency, category: nil), category: nil), sentence: sentence, rule: .initials))
            return
        }

        // The word groups go in the array the analysis keeps for them, handed back at the end.
        var words: [Range<Int>] = []
        swap(&words, &analysis.spareWordGroups)
        defer { swap(&words, &analysis.spareWordGroups) }
        collectWordGroups(a..<b, into: &words)
        let looksLikeName = words.allSatisfy { isNameWord($0) }
        // A title inside the run ("Defense Secretary Jim Mattis") is no part of the name.
        let title = words.indices.dropFirst().last { g in
            (1...3).contains(words.count - g) && lexicon.cuesBefore.matches(tokens, at: words[g].lowerBound) && words[g...].allSatisfy { isNameWord($0) }
        }
        if let title {
            let span = words[title].lowerBound..<b
            analysis.spans.append(MentionSpan(tokens: span, target: .found(kind: .person, name: canonicalName(span, kind: .person, category: nil), category: nil), sentence: sentence, rule: .personCue))
            return
        }
        // A lone surname after a cue ("presided over by Kim") is left to refer back.
        let loneSurname = words.count == 1 && lexicon.surnames.contains(tokens[words[0].lowerBound].key)
        // The cues are looked up only for a run that could be such a name: most runs are not.
        if looksLikeName, !loneSurname,
            (words.count <= 4 && (inByline || lexicon.cuesBefore.matches(tokens, at: original)))
                || ((2...4).contains(words.count)
                    && (lexicon.cuesAfter.matches(tokens, at: b) || isFollowedByRole(b) || isFollowedByWho(b)
                        || isAfterRoleAndComma(original, nameEnd: b))) {
            analysis.spans.append(MentionSpan(tokens: a..<b, target: .found(kind: .person, name: canonicalName(a..<b, kind: .person, category: nil), category: nil), sentence: sentence, rule: .personCue))
            return
        }
        if let g = personalNameStart(words) {
            let span = words[g].lowerBound..<b
            if g > 0 { recognizeGap(a..<words[g].lowerBound, sentence: sentence, into: &analysis) }
            analysis.spans.append(MentionSpan(tokens: span, target: .found(kind: .person, name: canonicalName(span, kind: .person, category: nil), category: nil), sentence: sentence, rule: .personalName))
            return
        }

        if looksLikeName, words.count == 1, original > 0, tokens[original - 1].key == theKey, areaAfter(b) != nil {
            // "the Komdok mining area": a place named before words for a part of land.
            analysis.spans.append(MentionSpan(tokens: a..<b, target: .found(kind: .place, name: canonicalName(a..<b, kind: .place, category: "locality"), category: "locality"), sentence: sentence, rule: .locative))
            return
        }
        if looksLikeName, words.count <= 2, isLocative(before: original), placeAfter(b) != nil {
            // "at Songsin, Sadong District": an unknown name placed by its context.
            analysis.spans.append(MentionSpan(tokens: a..<b, target: .found(kind: .place, name: canonicalName(a..<b, kind: .place, category: "locality"), category: "locality"), sentence: sentence, rule: .locative))
            return
        }

        var k = 0
        while k < words.count {
            if let length = koreanNameLength(words, from: k) {
                let span = words[k].lowerBound..<words[k + length - 1].upperBound
                analysis.spans.append(MentionSpan(tokens: span, target: .found(kind: .person, name: canonicalName(span, kind: .person, category: nil), category: nil), sentence: sentence, rule: .koreanName))
                k += length
                continue
            }
            let group = words[k]
            if group.count == 1 {
                let token = tokens[group.lowerBound]
                if token.isAllCaps { analysis.acronyms.append(group.lowerBound) } else if token.isCapitalized { analysis.singles.append(group.lowerBound) }
            }
            k += 1
        }
    }

    /// Whether the capitalised words from `k` end in an agency head word: "and" may join
    /// them to the words before ("Asian and Oceanian Affairs Bureau").
    private func endsInAgencyHead(from k: Int, to end: Int) -> Bool {
        var last: Int?
        var i = k
        while i < end, i < k + 5, tokens[i].kind == .word, tokens[i].isCapitalized, tokens[i].newlinesBefore == 0 {
            last = i
            i += 1
        }
        return last.map { lexicon.agencySuffixes[tokens[$0].key] != nil } ?? false
    }

    /// Where a company's legal ending that follows `Co` ends: `Co., Ltd.`, `Co. Ltd`, or
    /// nil when none does.
    private func companyTail(at j: Int, end: Int) -> Int? {
        // The full stop first: it rules out most words without a look-up.
        guard j >= 1, j + 1 < end, tokens[j].isText(".", in: text), lexicon.companyAbbreviations.contains(tokens[j - 1].key) else { return nil }
        var k = j + 1
        if tokens[k].isText(",", in: text) { k += 1 }
        guard k < end, tokens[k].newlinesBefore == 0, lexicon.companyEndings.contains(tokens[k].key) else { return nil }
        k += 1
        if k < end, tokens[k].start == tokens[k - 1].end, tokens[k].isText(".", in: text) { k += 1 }
        return k
    }

    /// Whether token `k` is a middle initial: one capital letter and a full stop (`S.`).
    private func isMiddleInitial(_ k: Int) -> Bool {
        let token = tokens[k]
        guard token.kind == .word, token.isCapitalized, token.end - token.start == 1, k + 1 < tokens.count else { return false }
        let stop = tokens[k + 1]
        return stop.kind == .punctuation && stop.start == token.end && text[stop.start] == "."
    }

    /// Whether a word group can be part of a personal name: a word of two or more letters,
    /// not all capitals, or a middle initial.
    private func isNameWord(_ group: Range<Int>) -> Bool {
        let token = tokens[group.lowerBound]
        if isMiddleInitial(group.lowerBound) { return true }
        return token.kind == .word && token.isCapitalized && token.end - token.start >= 2 && (!token.isAllCaps || inByline) && !lexicon.months.contains(token.key)
    }

    /// Where a personal name of a known shape ends the word groups, if one does:
    /// - a listed given name and one or two more words (`Jim Mattis`, `Claire S. Lee`);
    /// - a Chinese family name and a Pinyin given name (`Chen Jiahao`, `Lin Yu-ting`);
    /// - a hyphenated Korean given name and a Korean surname (`Ji-yeon Ha`).
    private func personalNameStart(_ words: [Range<Int>]) -> Int? {
        for g in words.indices where (2...3).contains(words.count - g) {
            let first = tokens[words[g].lowerBound]
            guard first.kind == .word, first.isCapitalized, !first.isAllCaps, words[g...].allSatisfy({ tokens[$0.lowerBound].isCapitalized }) else { continue }
            let rest = words[(g + 1)...]
            if words[g].count == 1, lexicon.givenNames.contains(first.key), rest.allSatisfy { isNameWord($0) } || rest.last.map { isNameWord($0) } == true {
                return g
            }
            guard words.count - g == 2, let last = rest.first else { continue }
            if words[g].count == 1, lexicon.chineseSurnames.contains(first.key), isPinyinGivenName(last) {
                return g
            }
            if words[g].count >= 2, last.count == 1, lexicon.surnames.contains(tokens[last.lowerBound].key),
                words[g].allSatisfy({ koreanSyllables(tokens[$0]) != nil })
            {
                return g
            }
        }
        return nil
    }

    /// Whether a word group reads as a Pinyin given name of one to three syllables.
    private func isPinyinGivenName(_ group: Range<Int>) -> Bool {
        var syllables = 0
        for k in group {
            guard tokens[k].kind == .word, let count = PinyinPattern.syllableCount(string(tokens[k].start, tokens[k].end)) else { return false }
            syllables += count
        }
        return (1...3).contains(syllables)
    }

    /// ", who": only people are introduced so ("Megumi Yokota, who was abducted").
    private func isFollowedByWho(_ k: Int) -> Bool {
        k + 1 < tokens.count && tokens[k].isText(",", in: text) && tokens[k + 1].isText("who", in: text)
    }

    /// Whether a role word and a comma come right before `k`, and a comma, full stop or
    /// `and` right after the name ending at `nameEnd`: "a broker in Taiwan, Lin Yu-ting,
    /// and", "the company's sole director, Chen Jiahao, told".
    private func isAfterRoleAndComma(_ k: Int, nameEnd: Int) -> Bool {
        guard k >= 2, tokens[k - 1].isText(",", in: text), nameEnd < tokens.count else { return false }
        let after = tokens[nameEnd]
        guard after.isText(",", in: text) || after.isText(".", in: text) || after.isText("and", in: text) || after.isText(")", in: text) else { return false }
        var role = k - 2
        // "a broker in Taiwan,": look past a place after the role.
        if tokens[role].isCapitalized, role >= 2 {
            var j = role
            while j > k - 6, j > 0, tokens[j].isCapitalized { j -= 1 }
            if locatives.contains(tokens[j].key) { role = j - 1 }
        }
        return role >= 0 && !tokens[role].isCapitalized && lexicon.roleNouns.contains(tokens[role].key)
    }

    /// Whether an appositive role follows token `k`: ", a trading company executive",
    /// ", an 18-year-old soldier" (a or an, then a few lower-case words ending in a role).
    private func isFollowedByRole(_ k: Int) -> Bool {
        guard k + 2 < tokens.count, tokens[k].isText(",", in: text) else { return false }
        let article = tokens[k + 1]
        // ", director general of …": a role right after the comma.
        if !tokens[k + 1].isCapitalized, lexicon.roleNouns.contains(tokens[k + 1].key) { return true }
        guard article.isTextIgnoringCase("a", in: text) || article.isTextIgnoringCase("an", in: text)
            || article.isTextIgnoringCase("the", in: text)
        else { return false }
        var j = k + 2
        // A few describing words, which may name a place or body ("a North Korea analyst",
        // "the company's general director", "the 58-year-old chairman").
        while j < tokens.count, j <= k + 7, tokens[j].newlinesBefore == 0,
            tokens[j].kind == .word || tokens[j].kind == .number || tokens[j].kind == .possessive
        {
            if !tokens[j].isCapitalized, lexicon.roleNouns.contains(tokens[j].key) { return true }
            j += 1
        }
        return false
    }

    /// Where lower-case words from `k` end in a word for a part of land ("mining area",
    /// "industrial zone"), or nil: at most two describing words come first.
    private func areaAfter(_ k: Int) -> Int? {
        var j = k
        while j < tokens.count, j < k + 3, tokens[j].kind == .word, !tokens[j].isCapitalized, tokens[j].newlinesBefore == 0 {
            if lexicon.landWords.contains(tokens[j].key) { return j + 1 }
            j += 1
        }
        return nil
    }

    /// Whether the word before `k` is a preposition of place (`in`, `at`, `near`...).
    private func isLocative(before k: Int) -> Bool {
        k > 0 && tokens[k - 1].kind == .word && locatives.contains(tokens[k - 1].key)
    }

    /// The category of the known city, county, district or province that follows `k` after
    /// a comma or "in" ("…, Ryanggang Province", "… in Sadong District"), if one does.
    private func placeAfter(_ k: Int) -> String? {
        guard k + 1 < tokens.count, tokens[k + 1].newlinesBefore == 0 else { return nil }
        let joiner = string(tokens[k].start, tokens[k].end).lowercased()
        // "at Songsin and Songhwa in Sadong District": look past the second name.
        if joiner == "and", k + 2 < tokens.count, tokens[k + 1].isCapitalized {
            var next = k + 2
            while next < tokens.count, tokens[next].isHyphenJoined { next += 1 }
            if next < tokens.count, tokens[next].newlinesBefore == 0 { return placeAfter(next) }
            return nil
        }
        guard joiner == "," || joiner == "in" else { return nil }
        guard let match = gazetteer.names.longestMatch(in: tokens, at: k + 1, limit: tokens.count) else { return nil }
        var end = match.end
        while end < tokens.count, tokens[end].isHyphenJoined { end += 1 }
        let place = match.values.map { gazetteer.entries[$0] }.first { $0.kind == .place }
        var category = place?.category
        if category == nil || (PlaceRank.of(category) ?? 0) < 3 {
            // "... in Sadong District": a known stem with a suffix head.
            if end < tokens.count, tokens[end].newlinesBefore == 0, lexicon.placeSuffixes[tokens[end].key] != nil {
                category = lexicon.placeSuffixes[tokens[end].key]
            }
        }
        guard let category, let rank = PlaceRank.of(category), rank >= 3, rank < 8 else { return nil }
        return category
    }

    /// Replaces the contents of `groups` with the words of `range`, each with its hyphenated
    /// continuations (`Hye-jin`) as one group.
    private func collectWordGroups(_ range: Range<Int>, into groups: inout [Range<Int>]) {
        groups.removeAll(keepingCapacity: true)
        // At most one group per token: one allocation at most instead of growing the array.
        groups.reserveCapacity(range.count)
        var k = range.lowerBound
        while k < range.upperBound {
            var e = k + 1
            while e < range.upperBound, tokens[e].isHyphenJoined { e += 1 }
            if tokens[k].kind == .word { groups.append(k..<e) }
            k = e
        }
    }

    /// How many word groups from `k` form a Korean name (surname + given name), or nil.
    private func koreanNameLength(_ words: [Range<Int>], from k: Int) -> Int? {
        let surname = tokens[words[k].lowerBound]
        guard words[k].count == 1, lexicon.surnames.contains(surname.key), !surname.isAllCaps, k + 1 < words.count else {
            return nil
        }
        var syllables = 0
        var length = 1
        while k + length < words.count, length <= 2 {
            let group = words[k + length]
            var groupSyllables = 0
            for index in group {
                let token = tokens[index]
                guard token.kind == .word, !token.isAllCaps, token.end - token.start >= 2,
                    index == group.lowerBound ? token.isCapitalized : true,
                    let count = koreanSyllables(token)
                else { return length > 1 && syllables > 0 ? length : nil }
                groupSyllables += count
            }
            if syllables + groupSyllables > 3 { break }
            syllables += groupSyllables
            length += 1
        }
        return syllables > 0 ? length : nil
    }

    // MARK: - Acronyms

    /// The acronym in `( ACR )` starting at token `k`, if there is one.
    func definedAcronym(after k: Int) -> String? {
        guard k + 2 < tokens.count, tokens[k].kind == .punctuation, text[tokens[k].start] == "(",
            tokens[k + 1].isAllCaps, tokens[k + 2].kind == .punctuation, text[tokens[k + 2].start] == ")"
        else { return nil }
        return string(tokens[k + 1].start, tokens[k + 1].end)
    }

    /// The first letters of the capitalised words of `range` (not hyphenated parts), in order.
    ///
    /// Gathered as UTF-8 and made a `String` once: appending to a string's code points one
    /// by one cost several times as much.
    private func initials(of range: Range<Int>) -> String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(4 * range.count)
        for k in range where tokens[k].kind == .word && tokens[k].isCapitalized && !tokens[k].isHyphenJoined {
            UTF8.encode(text[tokens[k].start]) { utf8.append($0) }
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// Whether a name can be what the acronym after it stands for: its initials start with
    /// the acronym's letter, or end with the whole acronym when the gazetteer does not know
    /// it ("James Martin Center for Nonproliferation Studies (CNS)": a founder's name before
    /// the initials), or the
    /// gazetteer lists the acronym for it. A dateline's "SEOUL, South Korea (AP)" names the
    /// agency, not South Korea.
    private func canDefine(_ acronym: String, _ span: MentionSpan) -> Bool {
        let initials = initials(of: span.tokens)
        if initials.first == acronym.first { return true }
        // Not for an acronym the gazetteer knows: in "Administrative Department of the
        // Workers' Party of Korea (WPK)" it names the party, the end of the name.
        if acronym.unicodeScalars.count >= 2, initials.hasSuffix(acronym), gazetteer.acronyms[acronym] == nil { return true }
        guard case .known(let entry) = span.target else { return false }
        return gazetteer.acronyms[acronym]?.contains(entry) ?? false
    }

    /// Acronyms defined in the sentence: `Full Name (ACR)`, `ACR (Full Name)`, and
    /// `ACR, the Full Name` when the name's initials start with the acronym.
    /// The sentence's spans and acronyms are those from `firstSpan` and `firstAcronym` on.
    private func findDefinitions(_ analysis: inout Analysis, sentence: Int, spansFrom firstSpan: Int, acronymsFrom firstAcronym: Int) {
        // By index: only the spans an acronym follows are copied out.
        for index in firstSpan..<analysis.spans.count where !analysis.spans[index].isInner {
            guard let acronym = definedAcronym(after: analysis.spans[index].tokens.upperBound) else { continue }
            let span = analysis.spans[index]
            guard canDefine(acronym, span) else { continue }
            let token = span.tokens.upperBound + 1
            analysis.definitions.append((token, acronym, span.target, sentence))
            // Only this sentence's acronyms can be this token (the earlier ones lie before it).
            analysis.acronyms.removeAll { $0 == token }
        }
        for token in analysis.acronyms[firstAcronym...] {
            let acronym = string(tokens[token].start, tokens[token].end)
            var start = token + 1
            guard start < tokens.count, tokens[start].kind == .punctuation else { continue }
            let opener = string(tokens[start].start, tokens[start].end)
            guard opener == "(" || opener == "," else { continue }
            start += 1
            if opener == ",", start < tokens.count, tokens[start].key == theKey { start += 1 }
            guard let span = analysis.spans[firstSpan...].first(where: { $0.tokens.lowerBound == start && !$0.isInner }) else { continue }
            if opener == "(" {
                let end = span.tokens.upperBound
                guard end < tokens.count, string(tokens[end].start, tokens[end].end) == ")" else { continue }
            } else {
                guard initials(of: span.tokens).hasPrefix(acronym) else { continue }
            }
            analysis.definitions.append((token, acronym, span.target, sentence))
            analysis.acronyms.removeAll { $0 == token }
        }
    }

    /// "the ministry", "the county": `the` and a lower-case head word of a place or public
    /// body, outside any name.
    /// The sentence's spans are those from `firstSpan` on.
    private func findShortForms(in range: Range<Int>, _ analysis: inout Analysis, spansFrom firstSpan: Int) {
        guard range.count >= 2 else { return }
        // `the` first: most words follow no `the`, and a scan for it passes them at once.
        let the = theKey
        var next = range.lowerBound
        while let article = tokens.firstIndex(in: next..<(range.upperBound - 1), where: { $0.key == the }) {
            let k = article + 1
            next = k
            let head = tokens[k]
            guard head.kind == .word, !head.isCapitalized else { continue }
            // The head word next, then whether it lies in a name: few words after `the`
            // are heads, and the sentence's names are looked through only for those.
            let isPlaceHead = lexicon.placeSuffixes.contains(head.key)
            guard isPlaceHead || lexicon.agencySuffixes[head.key].map({ Self.localBodyCategories.contains($0) || $0 == "party" }) == true,
                !(firstSpan..<analysis.spans.count).contains(where: { analysis.spans[$0].tokens.contains(k) }),
                k + 1 >= range.upperBound || tokens[k + 1].kind != .word || !isSuffixHead(k + 1)
            else { continue }
            analysis.shortForms.append(k)
        }
    }

    // MARK: - Names

    /// The name an entity found by context carries: the words as written, whitespace
    /// collapsed, curly apostrophes straightened, Korean suffixes in English (`Onsong-gun`
    /// → `Onsong County`).
    ///
    /// Written byte by byte into the new string: a token's text holds no whitespace, so
    /// each word is its bytes with `’` as `'`, and the words are joined by single spaces
    /// (possessives, full stops, commas and hyphenated parts without one). A byline's
    /// names, which may be re-cased, take ``bylineName(_:kind:)``.
    func canonicalName(_ range: Range<Int>, kind: EntityKind, category: String?) -> String {
        if inByline, kind == .person { return bylineName(range, kind: kind) }
        // Every token's bytes, a separator before each, and room for an English suffix
        // ("Province") in place of the last.
        var capacity = range.count + 8
        for k in range { capacity += Int(slice.offsets[tokens[k].end] - slice.offsets[tokens[k].start]) }
        return slice.utf8.withUnsafeBufferPointer { utf8 in
            String(unsafeUninitializedCapacity: capacity) { out in
                var count = 0
                func put(_ byte: UInt8) {
                    out[count] = byte
                    count += 1
                }
                /// The token's text, curly apostrophes (`E2 80 99`) straightened.
                func putWord(_ token: Token) {
                    var i = Int(slice.offsets[token.start])
                    let end = Int(slice.offsets[token.end])
                    while i < end {
                        if utf8[i] == 0xE2, i + 2 < end, utf8[i + 1] == 0x80, utf8[i + 2] == 0x99 {
                            put(0x27)
                            i += 3
                        } else {
                            put(utf8[i])
                            i += 1
                        }
                    }
                }
                for k in range {
                    let token = tokens[k]
                    if token.isHyphenJoined, k == range.upperBound - 1, kind == .place,
                        let english = Self.englishSuffix[lexicon.hyphenSuffixes[token.key] ?? ""]
                    {
                        if count > 0 { put(0x20) }
                        for byte in english.utf8 { put(byte) }
                        continue
                    }
                    if token.kind == .possessive || (token.kind == .punctuation && (text[token.start] == "." || text[token.start] == ",") && count > 0) {
                        putWord(token)
                        continue
                    }
                    if count > 0 { put(token.isHyphenJoined ? 0x2D : 0x20) }
                    putWord(token)
                }
                return count
            }
        }
    }

    /// ``canonicalName(_:kind:category:)`` of a person named in a byline, where a name in
    /// capitals is re-cased (`HYUN-WOO PARK` is written `Hyun-woo Park`).
    private func bylineName(_ range: Range<Int>, kind: EntityKind) -> String {
        var parts: [String] = []
        for k in range {
            let token = tokens[k]
            var word = slice.cleanString(token.start, token.end, straightenApostrophes: true)
            if inByline, kind == .person, token.isAllCaps || token.isHyphenJoined && tokens[k - 1].isAllCaps {
                // "HYUN-WOO PARK" is written "Hyun-woo Park".
                word = token.isHyphenJoined ? word.lowercased() : word.prefix(1) + word.dropFirst().lowercased()
            }
            if token.isHyphenJoined, k == range.upperBound - 1, kind == .place, let english = Self.englishSuffix[lexicon.hyphenSuffixes[token.key] ?? ""] {
                parts.append(english)
                continue
            }
            if token.kind == .possessive || (token.kind == .punctuation && (word == "." || word == ",") && !parts.isEmpty) {
                parts[parts.count - 1] += word
                continue
            }
            if token.isHyphenJoined, !parts.isEmpty {
                word = "-" + word
                parts[parts.count - 1] += word
                continue
            }
            parts.append(word)
        }
        return parts.joined(separator: " ")
    }

    static let englishSuffix = ["county": "County", "city": "City", "province": "Province", "district": "District", "town": "Town"]

    func string(_ start: Int, _ end: Int) -> String {
        slice.string(start, end)
    }
}
