import Foundation

/// The word lists that type names by context: place and agency head words, Korean
/// surnames, person cues, event triggers, abbreviations and words that are never entities.
///
/// Loaded from `Resources/lexicon/`; every list is data, so it can be extended without
/// touching code.
struct Lexicon: Sendable {
    /// The lists themselves, as ``load(from:)`` fills them in.
    struct Tables: Sendable {
        /// Keys of Korean surnames in all romanisations (`kim`, `ri`, `pak`, `choe`).
        var surnames = KeySet()
        /// Keys of Chinese family names in Pinyin (`chen`, `liu`, `piao`).
        var chineseSurnames = KeySet()
        /// Keys of given names that open a personal name (`jim`, `olga`, `takeshi`).
        var givenNames = KeySet()
        /// Words that make the capitalised words before them a place (`County` → county).
        var placeSuffixes = KeyMap<String>()
        /// Words that make the capitalised words after them a place (`Mount`, `Lake`).
        var placePrefixes = KeyMap<String>()
        /// Korean suffixes glued on with a hyphen (`-gun` → county, `-si` → city).
        var hyphenSuffixes = KeyMap<String>()
        /// Words that make the capitalised words before them an agency (`Committee`).
        var agencySuffixes = KeyMap<String>()
        /// Words that start an agency name when followed by `of`/`for` (`Ministry of ...`).
        var agencyPrefixes = KeyMap<String>()
        /// Lower-case words right before an unknown name that make it a body (`NGO`, `firm`).
        var agencyCues = KeyMap<String>()
        /// Lower-case words after a place and a body's acronym that name its local office
        /// (`the Hyesan MSS office`).
        var officeWords = KeySet()
        /// Abbreviated company heads that a legal ending may follow (`Co` in `Co., Ltd.`).
        var companyAbbreviations = KeySet()
        /// Legal endings after an abbreviated head (`Ltd`, `LLC`).
        var companyEndings = KeySet()
        /// Words right before a personal name: titles (`Mr.`, `Marshal`), byline cues
        /// (`Translated by`) and role words (`defector`, `reporter`).
        var cuesBefore = CueTable(anchoredAtEnd: true)
        /// Role phrases right after a personal name (`, a defector`, `is one of Daily NK's`).
        var cuesAfter = CueTable(anchoredAtEnd: false)
        /// Byline cues alone (`Translated by`, `Reporting by`): the name after one wrote or
        /// translated the report.
        var bylineCues = CueTable(anchoredAtEnd: true)
        /// Words of the press (`reporter`, `translator`): with a person and an outlet in one
        /// sentence, the outlet is `reported_by` the person.
        var pressRoles = KeySet()
        /// One-word roles (`executive`, `defector`): "X, a trading company executive" names a
        /// person X.
        var roleNouns = KeySet()
        /// Keys of words that take an abbreviation period.
        var abbreviations: Set<UInt64> = []
        /// Capitalised words and phrases that are never entities on their own.
        var nonEntities = PhraseTable<Bool>()
        /// Demonyms (`North Koreans`), which are not mentions of their country.
        var demonyms = PhraseTable<String>()
        /// Event trigger phrases to event types.
        var triggers = PhraseTable<Int>()
        /// The event types, indexed by the values of ``triggers``.
        var eventTypes: [EventType] = []
        /// Words after a bare surname that show it is not a person (`Kim family`, `Kim regime`).
        var surnameBlockers = KeySet()
        /// Month names and abbreviations to month numbers.
        var months = KeyMap<Int>()
        /// Verbs of reporting: a date right after one is the report's, not the event's.
        var reportingVerbs = KeySet()
        /// Words that call a place the seat of a larger one (`capital`).
        var seatWords = KeySet()
        /// Words naming part of a place before `in` or `of` (`the Ryomyong Street development
        /// in Moranbong District`).
        var areaWords = KeySet()
        /// Words for a stretch of land after an unknown name, which make it a place (`the
        /// Komdok mining area`).
        var landWords = KeySet()
        /// Words that end a role phrase and say how two names are related (`official`,
        /// `director`, `deputy`, `son`): see ``RelationPatterns``.
        var relationWords = KeyMap<RelationWord>()
        /// Nouns that describe an unnamed actor (`director`, `kidnappers`, `son`): see
        /// ``RoleActorFinder``.
        var roleActorNouns = FilteredKeyMap<RoleNoun>()
        /// The confidence of each ``EvidenceRule``, by its raw value.
        var ruleConfidence: [Double] = Array(repeating: 0, count: EvidenceRule.allCases.count)
    }

    /// The tables in one object, so that copying a lexicon retains one reference. Each
    /// report's name recognizer and reference resolver keep the lexicon, and copying some
    /// thirty tables held inline retained and released every one of them per report.
    private final class Storage: Sendable {
        let tables: Tables
        init(_ tables: Tables) { self.tables = tables }
    }

    private let storage: Storage

    private init(_ tables: Tables) { storage = Storage(tables) }

    // Each table, read-only (see ``Tables`` for what each one holds).
    var surnames: KeySet { storage.tables.surnames }
    var chineseSurnames: KeySet { storage.tables.chineseSurnames }
    var givenNames: KeySet { storage.tables.givenNames }
    var placeSuffixes: KeyMap<String> { storage.tables.placeSuffixes }
    var placePrefixes: KeyMap<String> { storage.tables.placePrefixes }
    var hyphenSuffixes: KeyMap<String> { storage.tables.hyphenSuffixes }
    var agencySuffixes: KeyMap<String> { storage.tables.agencySuffixes }
    var agencyPrefixes: KeyMap<String> { storage.tables.agencyPrefixes }
    var agencyCues: KeyMap<String> { storage.tables.agencyCues }
    var officeWords: KeySet { storage.tables.officeWords }
    var companyAbbreviations: KeySet { storage.tables.companyAbbreviations }
    var companyEndings: KeySet { storage.tables.companyEndings }
    var cuesBefore: CueTable { storage.tables.cuesBefore }
    var cuesAfter: CueTable { storage.tables.cuesAfter }
    var bylineCues: CueTable { storage.tables.bylineCues }
    var pressRoles: KeySet { storage.tables.pressRoles }
    var roleNouns: KeySet { storage.tables.roleNouns }
    var abbreviations: Set<UInt64> { storage.tables.abbreviations }
    var nonEntities: PhraseTable<Bool> { storage.tables.nonEntities }
    var demonyms: PhraseTable<String> { storage.tables.demonyms }
    var triggers: PhraseTable<Int> { storage.tables.triggers }
    var eventTypes: [EventType] { storage.tables.eventTypes }
    var surnameBlockers: KeySet { storage.tables.surnameBlockers }
    var months: KeyMap<Int> { storage.tables.months }
    var reportingVerbs: KeySet { storage.tables.reportingVerbs }
    var seatWords: KeySet { storage.tables.seatWords }
    var areaWords: KeySet { storage.tables.areaWords }
    var landWords: KeySet { storage.tables.landWords }
    var relationWords: KeyMap<RelationWord> { storage.tables.relationWords }
    var roleActorNouns: FilteredKeyMap<RoleNoun> { storage.tables.roleActorNouns }
    var ruleConfidence: [Double] { storage.tables.ruleConfidence }

    /// Reads the lexicon files in `folder`.
    static func load(from folder: URL) throws -> Lexicon {
        var lexicon = Tables()
        func file(_ name: String) throws -> ResourceFile {
            try ResourceFile(url: folder.appendingPathComponent(name))
        }
        let key: (String) -> UInt64 = TextFolding.key
        func tokens(_ phrase: String) -> [Token] { Tokenizer.tokenize(Array(phrase.unicodeScalars)) }

        for row in try file("chinese-surnames.txt").rows {
            lexicon.chineseSurnames.insert(key(row.columns[0]))
        }
        for row in try file("given-names.txt").rows {
            lexicon.givenNames.insert(key(row.columns[0]))
        }
        for row in try file("korean-surnames.txt").rows {
            lexicon.surnames.insert(key(row.columns[0]))
        }
        let places = try file("place-suffixes.tsv")
        for row in places.rows {
            try places.require(row, columns: 3)
            guard let head = tokens(row.columns[0]).last(where: { $0.kind == .word }) else { continue }
            switch row.columns[1] {
            case "prefix": lexicon.placePrefixes[tokens(row.columns[0])[0].key] = row.columns[2]
            case "hyphen": lexicon.hyphenSuffixes[head.key] = row.columns[2]
            case "suffix": lexicon.placeSuffixes[head.key] = row.columns[2]
            default:
                throw ExtractionError.malformedResource(
                    file: places.name, line: row.line, reason: "position must be suffix, prefix or hyphen")
            }
        }
        let agencies = try file("agency-heads.tsv")
        for row in agencies.rows {
            try agencies.require(row, columns: 3)
            let words = tokens(row.columns[0]).filter { $0.kind == .word }
            guard let first = words.first, let last = words.last else { continue }
            switch row.columns[1] {
            case "prefix": lexicon.agencyPrefixes[first.key] = row.columns[2]
            case "suffix": lexicon.agencySuffixes[last.key] = row.columns[2]
            case "before": lexicon.agencyCues[last.key] = row.columns[2]
            case "office": lexicon.officeWords.insert(first.key)
            case "abbreviated": lexicon.companyAbbreviations.insert(first.key)
            case "ending": lexicon.companyEndings.insert(first.key)
            default:
                throw ExtractionError.malformedResource(
                    file: agencies.name, line: row.line, reason: "position must be suffix, prefix, before, office, abbreviated or ending")
            }
        }
        let cues = try file("person-cues.tsv")
        for row in cues.rows {
            try cues.require(row, columns: 2)
            let phrase = tokens(row.columns[0])
            guard !phrase.isEmpty else { continue }
            switch row.columns[1] {
            case "title": lexicon.cuesBefore.insert(phrase)
            case "byline":
                lexicon.cuesBefore.insert(phrase)
                lexicon.bylineCues.insert(phrase)
            case "press-role": lexicon.pressRoles.insert(phrase[0].key)
            case "role-before":
                lexicon.cuesBefore.insert(phrase)
                if phrase.count == 1 { lexicon.roleNouns.insert(phrase[0].key) }
            case "role-after": lexicon.cuesAfter.insert(phrase)
            case "surname-blocker": lexicon.surnameBlockers.insert(phrase[0].key)
            default:
                throw ExtractionError.malformedResource(
                    file: cues.name, line: row.line,
                    reason: "cue kind must be title, byline, role-before, role-after, surname-blocker or press-role")
            }
        }
        for row in try file("abbreviations.txt").rows {
            if let word = tokens(row.columns[0]).last(where: { $0.kind == .word }) {
                lexicon.abbreviations.insert(word.key)
            }
        }
        for row in try file("non-entities.txt").rows {
            lexicon.nonEntities.insert(row.columns[0], true)
        }
        let demonyms = try file("demonyms.tsv")
        for row in demonyms.rows {
            try demonyms.require(row, columns: 2)
            lexicon.demonyms.insert(row.columns[0], row.columns[1])
        }
        let months = try file("months.tsv")
        for row in months.rows {
            try months.require(row, columns: 2)
            guard let number = Int(row.columns[0]), (1...12).contains(number) else {
                throw ExtractionError.malformedResource(file: months.name, line: row.line, reason: "month number must be 1 to 12")
            }
            for form in row.columns[1].split(separator: "|") { lexicon.months[key(String(form))] = number }
        }
        for row in try file("reporting-verbs.txt").rows {
            lexicon.reportingVerbs.insert(key(row.columns[0]))
        }
        let containment = try file("containment-words.tsv")
        for row in containment.rows {
            try containment.require(row, columns: 2)
            switch row.columns[0] {
            case "seat": lexicon.seatWords.insert(key(row.columns[1]))
            case "area": lexicon.areaWords.insert(key(row.columns[1]))
            case "land": lexicon.landWords.insert(key(row.columns[1]))
            default:
                throw ExtractionError.malformedResource(file: containment.name, line: row.line, reason: "containment word kind must be seat, area or land")
            }
        }
        let relationWords = try file("relation-words.tsv")
        for row in relationWords.rows {
            try relationWords.require(row, columns: 2)
            guard let role = RelationWord(rawValue: row.columns[1]) else {
                throw ExtractionError.malformedResource(
                    file: relationWords.name, line: row.line, reason: "relation word kind must be member, leader, subordinate or kin")
            }
            lexicon.relationWords[key(row.columns[0])] = role
        }
        let rules = try file("evidence-rules.tsv")
        var ruled = Set<EvidenceRule>()
        for row in rules.rows {
            try rules.require(row, columns: 2)
            guard let rule = EvidenceRule(name: row.columns[0]) else {
                throw ExtractionError.malformedResource(file: rules.name, line: row.line, reason: "unknown rule '\(row.columns[0])'")
            }
            guard let confidence = Double(row.columns[1]), (0...1).contains(confidence) else {
                throw ExtractionError.malformedResource(file: rules.name, line: row.line, reason: "confidence must be a number from 0 to 1")
            }
            lexicon.ruleConfidence[Int(rule.rawValue)] = confidence
            ruled.insert(rule)
        }
        if let missing = EvidenceRule.allCases.first(where: { !ruled.contains($0) }) {
            throw ExtractionError.malformedResource(file: rules.name, line: 0, reason: "no confidence for rule '\(missing.name)'")
        }
        let triggers = try file("event-triggers.tsv")
        var typeIndex: [String: Int] = [:]
        for row in triggers.rows {
            try triggers.require(row, columns: 3)
            let category = row.columns[0]
            let index: Int
            if let known = typeIndex[category] {
                index = known
            } else {
                index = lexicon.eventTypes.count
                typeIndex[category] = index
                lexicon.eventTypes.append(EventType(category: category, label: row.columns[1]))
            }
            for form in row.columns[2].split(separator: "|") {
                lexicon.triggers.insert(ReportReader.trimmed(form, newlines: false), index)
            }
        }
        let roles = try file("role-nouns.tsv")
        for row in roles.rows {
            try roles.require(row, columns: 4)
            guard let kind = RoleNoun.Kind(rawValue: row.columns[1]) else {
                throw ExtractionError.malformedResource(file: roles.name, line: row.line, reason: "kind must be actor or kin")
            }
            guard ["singular", "plural"].contains(row.columns[2]) else {
                throw ExtractionError.malformedResource(file: roles.name, line: row.line, reason: "number must be singular or plural")
            }
            var event: (type: Int, side: ParticipantSide)?
            if row.columns[3] != "-" {
                let parts = row.columns[3].split(separator: ":").map(String.init)
                guard parts.count == 2, let type = typeIndex[parts[0]], let side = ParticipantSide(rawValue: parts[1]) else {
                    throw ExtractionError.malformedResource(
                        file: roles.name, line: row.line, reason: "event must be an event category of event-triggers.tsv and agent or target, as in kidnapping:agent, or -")
                }
                event = (type, side)
            }
            lexicon.roleActorNouns[key(row.columns[0])] = RoleNoun(kind: kind, isPlural: row.columns[2] == "plural", event: event)
        }
        return Lexicon(lexicon)
    }
}

/// What a word of `relation-words.tsv` says about the names around it.
enum RelationWord: String, Sendable {
    /// Belongs to a body: `official`, `agent`.
    case member
    /// Heads a body: `director`, `chief`.
    case leader
    /// Makes a leader word a member: `deputy`, `vice`.
    case subordinate
    /// Family: `son`, `wife`.
    case kin
}

/// Short phrases that cue a personal name, indexed by the word next to the name so that
/// checking a name costs a dictionary look-up or two, not a scan of every cue.
///
/// Cues of one word are indexed by that word; longer ones by that word and its neighbour
/// together, since many cues share their last word (`… of`, `… by`) and a name is checked
/// against every cue that could end before it.
struct CueTable: Sendable {
    /// True for cues before a name (indexed by their last word), false for cues after it
    /// (indexed by their first word).
    let anchoredAtEnd: Bool
    /// One-word cues, by the word's key.
    private var single = KeyMap<[[Token]]>()
    /// Longer cues, by the keys of the word next to the name and its neighbour, combined.
    private var pairs = KeyMap<[[Token]]>()

    init(anchoredAtEnd: Bool) {
        self.anchoredAtEnd = anchoredAtEnd
    }

    mutating func insert(_ phrase: [Token]) {
        guard let anchor = anchoredAtEnd ? phrase.last : phrase.first else { return }
        guard phrase.count >= 2 else {
            single[anchor.key] = (single[anchor.key] ?? []) + [phrase]
            return
        }
        let neighbour = anchoredAtEnd ? phrase[phrase.count - 2] : phrase[1]
        let key = TextFolding.combine(anchor.key, neighbour.key)
        pairs[key] = (pairs[key] ?? []) + [phrase]
    }

    /// Whether a cue ends just before token `position` (cues before a name) or starts at
    /// it (cues after a name).
    func matches(_ tokens: [Token], at position: Int) -> Bool {
        let anchor = anchoredAtEnd ? position - 1 : position
        guard anchor >= 0, anchor < tokens.count else { return false }
        if let candidates = single[tokens[anchor].key], candidates.contains(where: { matches($0, tokens, position) }) { return true }
        let neighbour = anchoredAtEnd ? anchor - 1 : anchor + 1
        guard neighbour >= 0, neighbour < tokens.count,
            let candidates = pairs[TextFolding.combine(tokens[anchor].key, tokens[neighbour].key)]
        else { return false }
        return candidates.contains { matches($0, tokens, position) }
    }

    /// Whether `phrase` ends just before (or starts at) `position`, word for word.
    private func matches(_ phrase: [Token], _ tokens: [Token], _ position: Int) -> Bool {
        let first = anchoredAtEnd ? position - phrase.count : position
        guard first >= 0, first + phrase.count <= tokens.count else { return false }
        for (offset, cue) in phrase.enumerated() {
            let token = tokens[first + offset]
            if token.kind != cue.kind || token.key != cue.key { return false }
        }
        return true
    }
}
