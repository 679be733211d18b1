import Foundation
import GraphCore
import Synchronization

/// Turns reports into graph facts: the people, places, agencies and events each report
/// names, and the relations between them, every one with its evidence.
///
/// Extraction is per report and has no state, so reports can be extracted in any order or
/// at once; ``graph(from:)`` merges the facts of many reports into one ``EntityGraph``.
public struct Extractor: Sendable {
    /// The names linkchart knows.
    public let gazetteer: Gazetteer
    let lexicon: Lexicon
    let splitter: SentenceSplitter
    /// The rules' version and the hash of the data they read (see ``ExtractionVersion``).
    public let version: String

    /// An extractor with the gazetteer and lexicons shipped with linkchart.
    ///
    /// - Throws: ``ExtractionError/resourcesNotFound(searched:)`` when the data files are
    ///   not beside the program, or ``ExtractionError/malformedResource(file:line:reason:)``.
    public init() throws {
        try self.init(resources: try ResourceLocator.resourcesFolder())
    }

    /// An extractor with the data files in `resources` (holding `gazetteer/` and `lexicon/`).
    public init(resources: URL) throws {
        gazetteer = try Gazetteer.load(from: resources.appendingPathComponent("gazetteer"))
        lexicon = try Lexicon.load(from: resources.appendingPathComponent("lexicon"))
        splitter = SentenceSplitter(abbreviations: lexicon.abbreviations)
        version = try ExtractionVersion.fingerprint(of: resources)
    }

    /// The graph of all `reports`, merged: one node per entity across reports.
    public func graph(from reports: [Report]) -> EntityGraph {
        EntityGraph(merging: extractAll(reports))
    }

    /// The facts of every report, extracted on all cores, in the order of `reports`.
    ///
    /// Reports are independent, so each is extracted on whichever core is free; the
    /// results are put back in order so the graph built from them is the same every time.
    public func extractAll(_ reports: [Report]) -> [ReportFacts] {
        let results = Mutex<[ReportFacts?]>(Array(repeating: nil, count: reports.count))
        DispatchQueue.concurrentPerform(iterations: reports.count) { index in
            let facts = extract(reports[index])
            results.withLock { $0[index] = facts }
        }
        return results.withLock { $0.compactMap { $0 } }
    }

    /// Everything one report says.
    ///
    /// - Complexity: O(n) in the length of the report, for a fixed gazetteer.
    public func extract(_ report: Report) -> ReportFacts {
        var work = ReportExtraction(report: report, extractor: self)
        return work.run()
    }

    /// Everything one report says, with each mention's entity and the rule or gazetteer
    /// entry that produced it: what `linkchart extract` prints.
    public func explain(_ report: Report) -> (facts: ReportFacts, mentions: [MentionExplanation]) {
        var work = ReportExtraction(report: report, extractor: self, explaining: true)
        let facts = work.run()
        return (facts, work.explanations.sorted { ($0.mention.start, $0.mention.end, $0.entity) < ($1.mention.start, $1.mention.end, $1.entity) })
    }
}

/// The working state of extracting one report.
///
/// Entities and relations are kept as small integers (indices into `locals`) while the
/// report is worked on, and become ``Entity`` and ``Relation`` values with string
/// identifiers only once, at the end: hashing and copying identifier strings for every
/// mention and every co-mentioned pair dominated extraction time otherwise.
struct ReportExtraction {
    let report: Report
    let extractor: Extractor
    let tokens: [Token]
    let sentences: [Sentence]
    /// The sentences of `Author:` and `Byline:` headers, whose names wrote the report.
    let bylineSentences: Set<Int>

    /// One entity of this report while it is being built.
    private struct Local {
        var id: EntityID
        var name: String
        var kind: EntityKind
        var category: String?
        /// Forms that are aliases already: the gazetteer's, for a known entity.
        var aliases: [String]
        /// Forms seen in this report that were not aliases yet.
        var newAliases: [String] = []
        var mentions: [Mention] = []
        /// The gazetteer entry it comes from, if any.
        var entry: Int?
        var trigger: String?
        var date: String?
        /// Set when a mention arrived out of text order (a place resolved in the second pass).
        var needsSort = false
        /// For places, ``PlaceRank`` of the category, looked up once.
        var rank: Int?
        /// For places, whether it is a country or wider region.
        var isCountry = false
        /// An unnamed actor known by its role (see ``RoleActorFinder``).
        var isRole = false
        /// The text of the last mention whose form was checked against the name and
        /// aliases: a mention written the same way needs no second check.
        var checkedSurface: String?
    }

    /// The relation kinds extraction produces, as small integers for ``RelationKey``.
    /// A relation while it is being built, with the sentences that support it in the
    /// order found. Most relations have one sentence: it is kept apart, so that they need
    /// no array of their own, and the others keep each later sentence beside its support
    /// in one array (two arrays took two allocations).
    private struct DraftRelation {
        var key: RelationKey
        var firstSentence: Int
        var firstSupport: Support
        var later: [(sentence: Int, support: Support)] = []

        /// Whether the sentences were found in ascending order.
        var isInOrder: Bool {
            var previous = firstSentence
            for item in later {
                guard item.sentence > previous else { return false }
                previous = item.sentence
            }
            return true
        }

        /// Adds `sentence` unless it is there already; a sentence found again by a surer
        /// rule keeps the surer one.
        mutating func add(_ sentence: Int, _ support: Support, confidence: [Double]) {
            if sentence == firstSentence {
                if support.isSurer(than: firstSupport, confidence) { firstSupport = support }
            } else if let index = later.firstIndex(where: { $0.sentence == sentence }) {
                if support.isSurer(than: later[index].support, confidence) { later[index].support = support }
            } else {
                later.append((sentence, support))
            }
        }
    }

    /// A recorded name as the relation rules read it: where it is, what it names and how it
    /// was recognised, as plain values (not the span, whose target holds a name: copying
    /// spans retained and released it for every name).
    private struct PlacedName {
        var tokens: Range<Int>
        var sentence: Int
        var isInner: Bool
        var isReference: Bool
        var local: Int
    }

    /// How one sentence supports a relation: the rule that read it and, for a participant,
    /// its side of the event and the trigger's tokens.
    struct Support {
        var rule: EvidenceRule
        var side: ParticipantSide? = nil
        var word: Range<Int>? = nil

        func isSurer(than other: Support, _ confidence: [Double]) -> Bool {
            confidence[Int(rule.rawValue)] > confidence[Int(other.rule.rawValue)]
        }
    }

    private enum RelationType: UInt8 {
        case locatedIn, occurredIn, participant, reportedBy, memberOf, leads, family, coMentioned

        var kind: RelationKind {
            switch self {
            case .locatedIn: .locatedIn
            case .occurredIn: .occurredIn
            case .participant: .participant
            case .reportedBy: .reportedBy
            case .memberOf: .memberOf
            case .leads: .leads
            case .family: .family
            case .coMentioned: .coMentioned
            }
        }
    }

    /// A relation while it is being built: kind and ends as small integers.
    private struct RelationKey: Hashable {
        var kind: RelationType
        var source: Int
        var target: Int

        /// The key as one integer, for ``KeyMap``: a report has far fewer than 2^28
        /// entities.
        var packed: UInt64 {
            UInt64(kind.rawValue) << 56 | UInt64(truncatingIfNeeded: source) << 28 | UInt64(truncatingIfNeeded: target)
        }
    }

    private var locals: [Local] = []
    /// Local entities by a hash of their identifier (see ``byteHash(_:)``), and by the
    /// identifier itself for the rare one whose hash another already has.
    private var byIDHash = KeyMap<Int>()
    private var byClashingID: [EntityID: Int] = [:]
    /// Local entities by gazetteer entry (keyed by the entry's index), and the same pairs
    /// in the order they were made, for going through them.
    private var byEntry = KeyMap<Int>()
    private var entryLocals: [(entry: Int, local: Int)] = []
    /// Names found by context in this report, with the gazetteer entry each turned out to
    /// be (if any) and the local entity it was given.
    private var foundNames = FoundNames()
    private var relationIndex = KeyMap<Int>()
    private var relationList: [DraftRelation] = []
    /// Entities named in each sentence, in order of first mention.
    private var perSentence: [[Int]]
    private var covered: [Bool]
    private var sentenceTexts: [String?]
    /// Each event's trigger occurrences and its local index, for role actors.
    private var eventHits: [(hit: EventDetector.Hit, event: Int)] = []
    /// The local index of the report's event of each event type, -1 for none; by type
    /// index, and empty until the report's first event.
    private var eventByType: [Int] = []
    /// Each event's type label (`kidnapping`), which starts its name: a report has few
    /// events, so a list read through beats hashing.
    private var eventLabels: [(event: Int, label: String)] = []

    private struct FoundKey: Hashable {
        var kind: EntityKind
        var name: String
    }

    /// The names found by context in one report, numbered by an FNV-1a hash of the name
    /// (see ``ByteHashedNumbers``) instead of `Dictionary`'s seeded hashing of the string,
    /// which every found mention paid twice.
    private struct FoundNames {
        struct Entry {
            /// The gazetteer entry the name is, once looked up (nil inside: none).
            var resolved: Int?? = nil
            /// The local entity given to the name, once recorded.
            var local: Int? = nil
        }

        private var numbers = ByteHashedNumbers<FoundKey>()
        /// By the names' numbers.
        var entries: [Entry] = []

        /// The index of `key`'s entry in ``entries``, made when the name is new.
        mutating func slot(of key: FoundKey) -> Int {
            let slot = numbers.number(of: key, hash: ReportExtraction.byteHash(key.name))
            // A new name's number is the count of names before it.
            if slot == entries.count { entries.append(Entry()) }
            return slot
        }
    }

    /// Whether to record why each mention was recognised.
    private let explaining: Bool
    /// The mentions with their rules, when explaining.
    private(set) var explanations: [MentionExplanation] = []

    init(report: Report, extractor: Extractor, explaining: Bool = false) {
        self.report = report
        self.extractor = extractor
        self.explaining = explaining
        // Header values (title, source) first, each its own stretch of text, then the body.
        // Tokenized into one array, each part after the first starting a new paragraph.
        var tokens: [Token] = []
        tokens.reserveCapacity(report.scalars.count / 4 + 16)
        func tokenize(_ range: Range<Int>) {
            let before = tokens.count
            Tokenizer.tokenize(report.scalars, from: range.lowerBound, to: range.upperBound, into: &tokens)
            if before > 0, tokens.count > before {
                tokens[before].newlinesBefore = max(tokens[before].newlinesBefore, 2)
            }
        }
        for range in report.headerRanges { tokenize(range) }
        tokenize(report.bodyStart..<report.scalars.count)
        self.tokens = tokens
        let sentences = extractor.splitter.split(tokens, text: report.scalars)
        self.sentences = sentences
        bylineSentences = Set(sentences.indices.filter { index in
            let start = tokens[sentences[index].tokens.lowerBound].start
            return report.bylineRanges.contains { $0.contains(start) }
        })
        perSentence = Array(filledWith: [], count: sentences.count)
        // Roughly the entities a report names, so the tables seldom grow while it is read.
        byIDHash.reserveCapacity(sentences.count * 2)
        // A report finds a handful of names by context; most of its entities are known ones,
        // listed with their entries as they are made (the list grew several times a report).
        byEntry.reserveCapacity(sentences.count * 2)
        entryLocals.reserveCapacity(sentences.count * 2)
        locals.reserveCapacity(sentences.count * 2)
        // About four relations a sentence, so the table seldom grows before the co-mentions.
        relationIndex.reserveCapacity(sentences.count * 4)
        covered = Array(filledWith: false, count: tokens.count)
        sentenceTexts = Array(filledWith: nil, count: sentences.count)
    }

    private var document: DocumentID { report.document.id }
    private var gazetteer: Gazetteer { extractor.gazetteer }

    mutating func run() -> ReportFacts {
        var analysis = NameRecognizer(gazetteer: gazetteer, lexicon: extractor.lexicon, tokens: tokens, text: report.scalars, slice: report.slice)
            .analyze(sentences, bylines: bylineSentences)
        // Moved out of the analysis, not shared with it: appending to a shared list copied
        // every span first. The resolver reads the spans it is given, not the analysis's.
        var spans: [MentionSpan] = []
        swap(&spans, &analysis.spans)
        let references = ReferenceResolver(gazetteer: gazetteer, lexicon: extractor.lexicon, tokens: tokens, slice: report.slice)
            .resolve(analysis, spans: spans)
        spans += references
        for definition in analysis.definitions {
            spans.append(MentionSpan(tokens: definition.token..<(definition.token + 1), target: definition.target, sentence: definition.sentence, rule: .acronymDefinition))
        }
        spans.sort { ($0.tokens.lowerBound, $0.tokens.upperBound) < ($1.tokens.lowerBound, $1.tokens.upperBound) }
        chooseAmongAlternatives(&spans, alternatives: analysis.alternatives)
        repeatFoundNames(&spans)

        // Known entities and non-places first, so that a misspelt place found by its suffix
        // can be folded into a place the report also names correctly.
        var resolved = [Int?](filledWith: nil, count: spans.count)
        // Which spans are places found by their context, worked out once for both passes.
        let isFoundPlace = spans.indices.map { index in
            if case .found(.place, _, _) = spans[index].target { return true }
            return false
        }
        for pass in 0..<2 {
            for index in spans.indices where isFoundPlace[index] == (pass == 1) {
                resolved[index] = record(spans, at: index)
            }
        }
        var placedNames: [PlacedName] = []
        placedNames.reserveCapacity(spans.count)
        for index in spans.indices {
            guard let local = resolved[index] else { continue }
            placedNames.append(PlacedName(tokens: spans[index].tokens, sentence: spans[index].sentence, isInner: spans[index].isInner,
                                          isReference: spans[index].isReference, local: local))
            for token in spans[index].tokens { covered[token] = true }
            let sentence = spans[index].sentence
            if !perSentence[sentence].contains(local) {
                // Room for the few names a sentence has, so the list is allocated once.
                if perSentence[sentence].isEmpty { perSentence[sentence].reserveCapacity(8) }
                perSentence[sentence].append(local)
            }
        }
        detectLocatedIn(placedNames)
        addContainmentFromGazetteer()
        detectPressRoles(placedNames)
        detectStructuralRelations(placedNames)
        detectEvents()
        detectRoleActors(placedNames)
        nameEventTargets()
        detectCoMentions()
        return facts()
    }

    /// The report's entities and relations as graph values.
    private mutating func facts() -> ReportFacts {
        var entities: [Entity] = []
        entities.reserveCapacity(locals.count)
        for index in locals.indices {
            // The mentions are moved out, not copied: the working state ends here.
            var mentions: [Mention] = []
            swap(&mentions, &locals[index].mentions)
            if locals[index].needsSort { mentions.sort() }
            // A known entity starts from its gazetteer template, whose aliases are already
            // in order; only forms new to it need merging in.
            if let entry = locals[index].entry {
                entities.append(gazetteer.templates[entry])
            } else {
                entities.append(Entity(id: locals[index].id, name: locals[index].name, kind: locals[index].kind, aliases: locals[index].aliases,
                                       category: locals[index].category, trigger: locals[index].trigger, date: locals[index].date,
                                       isRole: locals[index].isRole))
            }
            // Finished in place in the array, so the entity is not copied again.
            if !locals[index].newAliases.isEmpty { entities[entities.count - 1].addAliases(locals[index].newAliases) }
            entities[entities.count - 1].mentions = mentions
        }
        var relations: [Relation] = []
        relations.reserveCapacity(relationList.count)
        // Most relations rest on one sentence read by one rule, and the pairs of a sentence
        // share it: such a relation takes the one evidence list made for that sentence and
        // rule (shared storage, one retain) instead of making and freeing a list of its own.
        // The lists made, and for each sentence and rule the index of its list or -1 (plain
        // integers: an array of optional lists costs a generic destroy per slot when freed).
        let rules = EvidenceRule.allCases.count
        var sharedLists: [[Evidence]] = []
        // At most one list a relation: room for them at once, as the list grew several times.
        sharedLists.reserveCapacity(relationList.count)
        var sharedIndex = [Int32](filledWith: -1, count: relationList.isEmpty ? 0 : sentences.count * rules)
        // By index: iterating would copy each relation, retaining and releasing its arrays.
        for r in relationList.indices {
            let key = relationList[r].key
            let evidence: [Evidence]
            if relationList[r].later.isEmpty, relationList[r].firstSupport.side == nil, relationList[r].firstSupport.word == nil {
                let (sentence, support) = (relationList[r].firstSentence, relationList[r].firstSupport)
                let slot = sentence * rules + Int(support.rule.rawValue)
                if sharedIndex[slot] >= 0 {
                    evidence = sharedLists[Int(sharedIndex[slot])]
                } else {
                    var made: [Evidence] = []
                    made.reserveCapacity(1)
                    appendEvidence(sentence, support, to: &made)
                    sharedIndex[slot] = Int32(sharedLists.count)
                    sharedLists.append(made)
                    evidence = made
                }
            } else {
                evidence = ownEvidence(of: r)
            }
            // Ends and evidence are in the order `Relation` wants (see `detectCoMentions()`
            // and `detectStructuralRelations(_:)` for the symmetric kinds).
            relations.append(Relation(ordered: locals[key.source].id, locals[key.target].id,
                                      kind: key.kind.kind, sortedEvidence: evidence))
        }
        // In order of first mention and of discovery: deterministic, and the graph sorts by
        // identifier when it exports, so no string sorting is spent here.
        return ReportFacts(document: report.document, entities: entities, relations: relations)
    }

    /// The evidence of the relation at `index` in ``relationList``, made for it alone: in
    /// sentence order, as `Relation` keeps evidence, so that it takes the list as it is
    /// instead of sorting it through a set. The sentences are distinct already.
    private mutating func ownEvidence(of index: Int) -> [Evidence] {
        var evidence: [Evidence] = []
        evidence.reserveCapacity(1 + relationList[index].later.count)
        if relationList[index].isInOrder {
            appendEvidence(relationList[index].firstSentence, relationList[index].firstSupport, to: &evidence)
            for k in relationList[index].later.indices {
                appendEvidence(relationList[index].later[k].sentence, relationList[index].later[k].support, to: &evidence)
            }
        } else {
            let item = relationList[index]
            let supports = [(sentence: item.firstSentence, support: item.firstSupport)] + item.later
            for (sentence, support) in supports.sorted(by: { $0.sentence < $1.sentence }) {
                appendEvidence(sentence, support, to: &evidence)
            }
        }
        return evidence
    }

    /// Appends one sentence's support of a relation as graph evidence; made in place in the
    /// list, since copying an `Evidence` retains each of its strings.
    private mutating func appendEvidence(_ sentence: Int, _ support: Support, to evidence: inout [Evidence]) {
        let text = sentenceText(sentence)
        evidence.append(Evidence(
            document: document, sentence: sentence, text: text, rule: support.rule.name,
            confidence: extractor.lexicon.ruleConfidence[Int(support.rule.rawValue)], role: support.side?.rawValue,
            roleWord: support.word.map { string(tokens[$0.lowerBound].start, tokens[$0.upperBound - 1].end).lowercased() }))
    }

    // MARK: - Entities

    /// The local entity with this identifier, created from `make` when it is new.
    private mutating func local(_ id: EntityID, _ make: () -> Local) -> Int {
        let hash = Self.byteHash(id.rawValue)
        let sameHash = byIDHash[hash]
        if let sameHash {
            if locals[sameHash].id == id { return sameHash }
            if let index = byClashingID[id] { return index }
        }
        // Appended, then finished in place: a `Local` is costly to copy.
        locals.append(make())
        let index = locals.count - 1
        if locals[index].kind == .place {
            let rank = PlaceRank.of(locals[index].category)
            locals[index].rank = rank
            locals[index].isCountry = (rank ?? 0) >= PlaceRank.country
        }
        if sameHash == nil { byIDHash[hash] = index } else { byClashingID[id] = index }
        return index
    }

    /// FNV-1a of the string's UTF-8 bytes: cheaper than `Dictionary`'s seeded hashing of
    /// the string, and a `KeyMap` key (equal hashes are told apart by comparing the strings).
    static func byteHash(_ string: String) -> UInt64 {
        var string = string
        return string.withUTF8(TextFolding.byteHash)
    }

    /// Adds the mention of `spans[position]` to its entity and returns the entity's local
    /// index. The span is read in place: copying it (its target holds a name) cost more than
    /// most of the recording.
    private mutating func record(_ spans: [MentionSpan], at position: Int) -> Int {
        let span = spans[position].tokens
        let first = tokens[span.lowerBound]
        let last = tokens[span.upperBound - 1]
        let surface = string(first.start, last.end)
        let mention = Mention(document: document, sentence: spans[position].sentence, start: first.start, end: last.end, text: surface)
        let index: Int
        switch resolve(spans[position].target) {
        case .known(let entry):
            if let known = byEntry[UInt64(entry)] {
                index = known
            } else {
                // Field by field: copying the whole template entity costs more.
                let templates = extractor.gazetteer.templates
                let id = templates[entry].id
                index = local(id) {
                    Local(id: id, name: templates[entry].name, kind: templates[entry].kind,
                          category: templates[entry].category, aliases: templates[entry].aliases, entry: entry)
                }
                byEntry[UInt64(entry)] = index
                entryLocals.append((entry, index))
            }
        case .found(let slot, let kind, let name, let category):
            if let known = foundNames.entries[slot].local {
                index = known
            } else {
                if kind == .place, let similar = similarPlace(named: name) {
                    index = similar
                } else {
                    let id = EntityID(kind: kind, name: name)
                    index = local(id) { Local(id: id, name: name, kind: kind, category: category, aliases: []) }
                }
                foundNames.entries[slot].local = index
            }
        }
        // Every form seen is an alias, except a bare surname: `Kim` names many people.
        // An entity is mostly named the same way again: such a form was checked already.
        if !spans[position].isReference, !(locals[index].kind == .person && span.count == 1), surface != locals[index].checkedSurface {
            let form = ReportReader.clean(surface, straightenApostrophes: true)
            if form != locals[index].name, !locals[index].aliases.contains(form), !locals[index].newAliases.contains(form) {
                locals[index].newAliases.append(form)
            }
            locals[index].checkedSurface = surface
        }
        if let last = locals[index].mentions.last, mention.start < last.start { locals[index].needsSort = true }
        // Room for four at once: most entities named at all are named again, and room for
        // two grew again for many of them.
        if locals[index].mentions.isEmpty { locals[index].mentions.reserveCapacity(4) }
        locals[index].mentions.append(mention)
        if explaining {
            var detail: String?
            let rule = spans[position].rule
            switch rule {
            case .headWord, .prefix:
                let head = rule == .prefix ? first : last
                detail = "\"\(string(head.start, head.end))\""
            default:
                if let entry = locals[index].entry {
                    detail = gazetteer.entries[entry].source
                }
            }
            explanations.append(MentionExplanation(entity: locals[index].id, name: locals[index].name, kind: locals[index].kind,
                                                   mention: mention, rule: rule, detail: detail))
        }
        return index
    }

    /// What a span's target turned out to be: a gazetteer entry, or a name found by its
    /// context with its slot in ``foundNames`` (found once, for both the look-up and the
    /// recording).
    private enum Resolution {
        case known(Int)
        case found(slot: Int, kind: EntityKind, name: String, category: String?)
    }

    /// A found name that the gazetteer knows under exactly that form becomes the known
    /// entry; looked up once per name and report.
    private mutating func resolve(_ target: SpanTarget) -> Resolution {
        switch target {
        case .known(let entry):
            return .known(entry)
        case .found(let kind, let name, let category):
            let slot = foundNames.slot(of: FoundKey(kind: kind, name: name))
            if foundNames.entries[slot].resolved == nil {
                let index = gazetteer.names.lookup(name)?.first(where: { gazetteer.entries[$0].kind == kind })
                    ?? gazetteer.entry(spelledLike: name, kind: kind)
                foundNames.entries[slot].resolved = .some(index)
            }
            if case .some(.some(let entry)) = foundNames.entries[slot].resolved { return .known(entry) }
            return .found(slot: slot, kind: kind, name: name, category: category)
        }
    }

    /// A place already named in this report whose name differs from `name` by one letter of
    /// the stem (`Songchong County` for `Songchon County`): a misspelling, not a new place.
    private func similarPlace(named name: String) -> Int? {
        guard let (stem, suffix) = Self.stemAndLastWord(of: name), stem.count >= 5 else { return nil }
        let ending = " " + suffix
        let lastByte = ending.utf8.last ?? 0
        var best: (id: EntityID, index: Int)?
        func consider(_ form: String, of index: Int) {
            // Most forms end in another letter: two different ASCII letters at the end can
            // never be the same text, so they are told apart without comparing strings.
            if let formLast = form.utf8.last, formLast < 0x80, lastByte < 0x80, formLast != lastByte { return }
            guard form.hasSuffix(ending), let (other, last) = Self.stemAndLastWord(of: form), last == suffix else { return }
            if other != stem, EditDistance.within(stem, other, limit: 1),
                best.map({ locals[index].id < $0.id }) ?? true
            {
                best = (locals[index].id, index)
            }
        }
        // The name, then the aliases, then the forms new in this report, of every place.
        for index in locals.indices where locals[index].kind == .place {
            consider(locals[index].name, of: index)
            for form in locals[index].aliases { consider(form, of: index) }
            for form in locals[index].newAliases { consider(form, of: index) }
        }
        // The smallest identifier wins when several fit, so the choice does not depend on
        // the order names were met.
        return best?.index
    }

    /// The last word of `name` and the words before it, joined by single spaces and
    /// lower-cased, as code points; nil unless there are two words or more. Words are
    /// separated by spaces, as `split(separator: " ")` separates them, but read code point
    /// by code point: splitting and joining by characters cost this check most of its time.
    static func stemAndLastWord(of name: String) -> (stem: [Unicode.Scalar], last: String)? {
        // On the UTF-8 bytes: a space byte is never part of a longer code point.
        var name = name
        return name.withUTF8 { bytes in
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            var start = end
            while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
            guard start < end else { return nil }
            var stem: [Unicode.Scalar] = []
            stem.reserveCapacity(start)
            var pendingSpace = false
            var iterator = UnsafeBufferPointer(rebasing: bytes[..<start]).makeIterator()
            var decoder = UTF8()
            while case .scalarValue(let scalar) = decoder.decode(&iterator) {
                if scalar == " " {
                    pendingSpace = !stem.isEmpty
                    continue
                }
                if pendingSpace {
                    stem.append(" ")
                    pendingSpace = false
                }
                if scalar.isASCII {
                    let value = UInt8(scalar.value)
                    stem.append(Unicode.Scalar(value >= 65 && value <= 90 ? value + 32 : value))
                } else {
                    stem.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                }
            }
            guard !stem.isEmpty else { return nil }
            return (stem, String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
        }
    }

    /// A name found by its context once names the same thing wherever the report repeats
    /// it: "Courtesy of Bridges of Hope Korea" in a caption is the NGO that "the NGO Bridges
    /// of Hope Korea" introduced, not the place Korea. The repeat replaces the shorter
    /// names inside it.
    ///
    /// - Complexity: O(n) in the report's tokens, for the few names a report finds.
    private func repeatFoundNames(_ spans: inout [MentionSpan]) {
        // The found names of two words or more, as indices into `spans` (the first span of
        // each run of words), by the key of their first word: token keys are hashes already
        // (see ``KeyMap``). Indices, not copies: copying a span retains its name.
        var found = KeyMap<[Int]>()
        for index in spans.indices where spans[index].tokens.count >= 2 && !spans[index].isReference && !spans[index].isInner {
            guard case .found = spans[index].target else { continue }
            let first = tokens[spans[index].tokens.lowerBound].key
            var known = found[first] ?? []
            if !known.contains(where: { sameWords(spans[$0].tokens, spans[index].tokens) }) {
                known.append(index)
                found[first] = known
            }
        }
        guard found.count > 0 else { return }
        let names = found
        var added: [MentionSpan] = []
        // The ranges the repeats take over: the spans inside them go once the scan is done.
        // Later repeats start past earlier ones, so no check below sees a span removed here.
        var replaced: [Range<Int>] = []
        var sentence = 0
        var k = 0
        // The tokens that may start a name are found through a buffer, the table only asked
        // whether it holds a key (its list of names is fetched for those that start one).
        while let start = tokens.firstIndex(in: k..<tokens.count, where: { $0.isCapitalized && names.contains($0.key) }) {
            k = start
            let candidates = names[tokens[k].key] ?? []
            // The sentence of token k, found only for the few tokens that may start a name.
            while sentence + 1 < sentences.count, sentences[sentence].tokens.upperBound <= k { sentence += 1 }
            guard let name = candidates.first(where: { candidate in
                    k + spans[candidate].tokens.count <= sentences[sentence].tokens.upperBound
                        && sameWords(spans[candidate].tokens, k..<(k + spans[candidate].tokens.count))
                })
            else {
                k += 1
                continue
            }
            let range = k..<(k + spans[name].tokens.count)
            // Leave the place alone when a span already covers it or crosses its edges.
            let clashes = spans.contains { $0.tokens.overlaps(range) && !(range.contains($0.tokens.lowerBound) && $0.tokens.upperBound <= range.upperBound) }
            if !clashes, !spans.contains(where: { $0.tokens == range }) {
                replaced.append(range)
                added.append(MentionSpan(tokens: range, target: spans[name].target, sentence: sentence, rule: spans[name].rule))
            }
            k = range.upperBound
        }
        guard !added.isEmpty else { return }
        spans.removeAll { span in replaced.contains { $0.contains(span.tokens.lowerBound) && span.tokens.upperBound <= $0.upperBound } }
        spans += added
        spans.sort { ($0.tokens.lowerBound, $0.tokens.upperBound) < ($1.tokens.lowerBound, $1.tokens.upperBound) }
    }

    /// Whether the tokens `a` and `b` are the same words, token by token (by key).
    private func sameWords(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { tokens[$0].key == tokens[$1].key }
    }

    /// Picks, for each name that fits several gazetteer entries, the one the rest of the
    /// report supports: a candidate whose parent or child places the report also names
    /// wins, most of all when they share the sentence ("Goseong, Gangwon Province" is
    /// South Korea's Gangwon). Without support the first listed entry stands.
    private func chooseAmongAlternatives(_ spans: inout [MentionSpan], alternatives: [Int: [Int]]) {
        guard !alternatives.isEmpty else { return }
        var context: [(entry: Int, sentence: Int)] = []
        for index in spans.indices where alternatives[spans[index].tokens.lowerBound] == nil {
            if case .known(let entry) = spans[index].target { context.append((entry, spans[index].sentence)) }
        }
        for index in spans.indices {
            guard case .known = spans[index].target, let candidates = alternatives[spans[index].tokens.lowerBound] else { continue }
            var best = candidates[0]
            var bestScore = 0
            for candidate in candidates {
                let up = Set(gazetteer.ancestors(of: candidate))
                var score = 0
                for other in context where other.entry != candidate {
                    if up.contains(other.entry) || gazetteer.ancestors(of: other.entry).contains(candidate) {
                        score += other.sentence == spans[index].sentence ? 10 : 1
                    }
                }
                if score > bestScore {
                    best = candidate
                    bestScore = score
                }
            }
            spans[index].target = .known(best)
        }
    }

    // MARK: - Relations

    /// Places the gazetteer puts inside another place the report also names: the nearest
    /// such ancestor (`Kilju County` in `North Hamgyong Province`, not also in `North
    /// Korea` when the province is named). The evidence is a sentence naming both, or else
    /// the first sentence naming each.
    private mutating func addContainmentFromGazetteer() {
        // Taken once, not for every entry: the loop only adds relations.
        let byEntry = self.byEntry
        for (entry, child) in entryLocals.sorted(by: { $0.entry < $1.entry }) where gazetteer.entries[entry].kind == .place {
            guard let ancestor = gazetteer.ancestors(of: entry).lazy.compactMap({ byEntry[UInt64($0)] }).first else { continue }
            if let sentence = perSentence.indices.first(where: { perSentence[$0].contains(child) && perSentence[$0].contains(ancestor) }) {
                addRelation(from: child, to: ancestor, kind: .locatedIn, sentence: sentence, Support(rule: .gazetteer))
            } else if let childSentence = perSentence.firstIndex(where: { $0.contains(child) }),
                let parentSentence = perSentence.firstIndex(where: { $0.contains(ancestor) })
            {
                addRelation(from: child, to: ancestor, kind: .locatedIn, sentence: childSentence, Support(rule: .gazetteer))
                addRelation(from: child, to: ancestor, kind: .locatedIn, sentence: parentSentence, Support(rule: .gazetteer))
            }
        }
    }

    private mutating func detectLocatedIn(_ spans: [PlacedName]) {
        // The next two names after a place; one list for all places, emptied for each.
        var following: [PlacedName] = []
        following.reserveCapacity(2)
        // By index: most spans are not places and are passed over without being copied.
        for i in spans.indices where spans[i].isInner || locals[spans[i].local].kind == .place {
            let current = spans[i]
            if current.isInner {
                // "Hyesan City Party Committee": the committee is in Hyesan.
                if let outer = spans.first(where: { !$0.isInner && $0.tokens.contains(current.tokens.lowerBound) }) {
                    addRelation(from: outer.local, to: current.local, kind: .locatedIn, sentence: current.sentence, Support(rule: .nestedName))
                }
                continue
            }
            guard locals[current.local].kind == .place else { continue }
            // The next two names of the sentence (spans are in text order).
            following.removeAll(keepingCapacity: true)
            for j in (i + 1)..<spans.count where !spans[j].isInner {
                guard spans[j].sentence == current.sentence, following.count < 2 else { break }
                following.append(spans[j])
            }
            if let next = following.first, isPossessivePlace(next, of: current) {
                addRelation(from: next.local, to: current.local, kind: .locatedIn, sentence: current.sentence, Support(rule: .possessive))
            }
            detectAppositiveContainer(of: current, following: following)
            // A place found by context with no category ("at Songsin in Sadong District")
            // counts as the smallest.
            guard let rank = locals[current.local].rank ?? (locals[current.local].category == nil ? 0 : nil),
                var next = following.first, locals[next.local].kind == .place
            else { continue }
            var between = current.tokens.upperBound..<next.tokens.lowerBound
            var rest = following.dropFirst()
            // "the Joint Security Area (JSA) in …": look past the acronym.
            if between.count == 1, tokens[between.lowerBound].isText("(", in: report.scalars),
                next.tokens.upperBound < tokens.count, tokens[next.tokens.upperBound].isText(")", in: report.scalars),
                let after = rest.popFirst(), locals[after.local].kind == .place
            {
                between = (next.tokens.upperBound + 1)..<after.tokens.lowerBound
                next = after
            }
            // "Quanhe in China's Jilin Province": the province, not the country, holds it.
            if next.tokens.upperBound < tokens.count, tokens[next.tokens.upperBound].kind == .possessive,
                let owned = rest.first, owned.tokens.lowerBound == next.tokens.upperBound + 1, locals[owned.local].kind == .place
            {
                next = owned
                rest = rest.dropFirst()
            }
            // "Songsin and Songhwa in Sadong District": both lie in the district (each is
            // checked against it on its own).
            if between.count == 1, tokens[between.lowerBound].isText("and", in: report.scalars),
                let partner = rest.first, locals[next.local].kind == .place
            {
                between = next.tokens.upperBound..<partner.tokens.lowerBound
                next = partner
            }
            guard locals[next.local].kind == .place, let nextRank = locals[next.local].rank, nextRank > rank,
                (1...2).contains(between.count) && between.allSatisfy { isContainmentJoiner($0) } || isAreaOf(between) || isDescribedPlace(between)
            else { continue }
            addRelation(from: current.local, to: next.local, kind: .locatedIn, sentence: current.sentence, Support(rule: .placePhrase))
        }
    }

    /// "Hyesan's Yonbong Market", "the city's Namjung-dong area": a place named right after
    /// another's possessive lies in it, unless it is the larger of the two ("China's Jilin
    /// Province" holds; "Jilin's China" would not).
    private func isPossessivePlace(_ next: PlacedName, of owner: PlacedName) -> Bool {
        let apostrophe = owner.tokens.upperBound
        guard next.tokens.lowerBound == apostrophe + 1, tokens[apostrophe].kind == .possessive,
            locals[next.local].kind == .place, next.local != owner.local
        else { return false }
        guard let inner = locals[next.local].rank, let outer = locals[owner.local].rank else { return true }
        return inner < outer
    }

    /// "Tumen, a Chinese city", "Sariwon, the provincial capital of North Hwanghae",
    /// "Musan, a mining town in North Hamgyong Province": an apposition that calls a place a
    /// city, town or the like of a country (by its demonym) or of a place named right after
    /// `in` or `of` puts the place there. The country must be named somewhere in the report.
    private mutating func detectAppositiveContainer(of place: PlacedName, following: [PlacedName]) {
        var k = place.tokens.upperBound
        guard k + 2 < tokens.count, tokens[k].isText(",", in: report.scalars) else { return }
        k += 1
        guard tokens[k].isTextIgnoringCase("a", in: report.scalars) || tokens[k].isTextIgnoringCase("an", in: report.scalars)
            || tokens[k].isTextIgnoringCase("the", in: report.scalars)
        else { return }
        k += 1
        var country: Int?
        // Up to four describing words before the place word: "a small Chinese border city".
        var placeWord: Int?
        for j in k..<min(k + 5, tokens.count) {
            let token = tokens[j]
            guard token.kind == .word, !following.contains(where: { $0.tokens.contains(j) }) else { break }
            if let demonym = extractor.lexicon.demonyms.longestMatch(in: tokens, at: j, limit: min(k + 5, tokens.count)),
                let name = demonym.values.first, let entry = extractor.gazetteer.index(named: name)
            {
                country = byEntry[UInt64(entry)]
                continue
            }
            if !token.isCapitalized, extractor.lexicon.placeSuffixes[token.key] != nil || extractor.lexicon.seatWords.contains(token.key) {
                placeWord = j
                break
            }
            guard !token.isCapitalized else { break }
        }
        guard var placeWord else { return }
        // "the county seat of": the last of several place words.
        while placeWord + 1 < tokens.count, !tokens[placeWord + 1].isCapitalized,
            extractor.lexicon.seatWords.contains(tokens[placeWord + 1].key) || extractor.lexicon.placeSuffixes[tokens[placeWord + 1].key] != nil
        {
            placeWord += 1
        }
        var container = country
        let after = placeWord + 1
        if after + 1 < tokens.count, tokens[after].isText("in", in: report.scalars) || tokens[after].isText("of", in: report.scalars),
            let named = following.first(where: { $0.tokens.lowerBound == after + 1 }), locals[named.local].kind == .place
        {
            container = named.local
        }
        guard let container, container != place.local else { return }
        if let inner = locals[place.local].rank, let outer = locals[container].rank, inner >= outer { return }
        addRelation(from: place.local, to: container, kind: .locatedIn, sentence: place.sentence, Support(rule: .apposition))
    }

    /// An area word and `in` or `of` between two places: "Ryomyong Street development in
    /// Moranbong District".
    private func isAreaOf(_ between: Range<Int>) -> Bool {
        // Up to two describing words may come first: "coastal tourist area in".
        guard (2...4).contains(between.count) else { return false }
        let word = between.upperBound - 2
        let joiner = tokens[word + 1]
        return extractor.lexicon.areaWords.contains(tokens[word].key) && (joiner.isText("in", in: report.scalars) || joiner.isText("of", in: report.scalars))
            && between.dropLast().allSatisfy { tokens[$0].kind == .word && !tokens[$0].isCapitalized }
    }

    /// "in the truce village of", "in the northern border city of": `in the`, describing
    /// words and a place word, then `of` before the place that holds the first.
    private func isDescribedPlace(_ between: Range<Int>) -> Bool {
        guard (4...8).contains(between.count), tokens[between.lowerBound].isText("in", in: report.scalars),
            tokens[between.lowerBound + 1].key == Self.theKey, tokens[between.upperBound - 1].isText("of", in: report.scalars)
        else { return false }
        let words = (between.lowerBound + 2)..<(between.upperBound - 1)
        let head = tokens[words.upperBound - 1]
        guard !head.isCapitalized, extractor.lexicon.placeSuffixes[head.key] != nil || extractor.lexicon.seatWords.contains(head.key) else { return false }
        return words.allSatisfy { tokens[$0].kind == .word && (!tokens[$0].isCapitalized || extractor.lexicon.demonyms.longestMatch(in: tokens, at: $0, limit: $0 + 1) != nil) }
    }

    private static let theKey = TextFolding.key("the")

    /// `,`, `in` or `of` between two places: "Onsong County, North Hamgyong Province".
    private func isContainmentJoiner(_ token: Int) -> Bool {
        let word = tokens[token]
        return word.isText(",", in: report.scalars) || word.isTextIgnoringCase("in", in: report.scalars)
            || word.isTextIgnoringCase("of", in: report.scalars)
    }

    /// Reporters and translators: the outlet named in a byline line (or else the outlet the
    /// report names most) is `reported_by` the person after a byline cue or in an `Author:`
    /// header; an outlet named in one sentence with a person and a press word (`reporter`,
    /// `translator`) is `reported_by` that person.
    ///
    /// A byline shows that the outlet published the person's work, not that it employs
    /// them (freelancers, translators, wire reporters), so this is no `works_for`.
    private mutating func detectPressRoles(_ spans: [PlacedName]) {
        let outlets = locals.indices.filter { locals[$0].kind == .agency && locals[$0].category == "outlet" }
        guard !outlets.isEmpty else { return }
        // The outlet named most, the smaller identifier on a tie.
        var mainOutlet: Int?
        for outlet in outlets {
            guard let best = mainOutlet else {
                mainOutlet = outlet
                continue
            }
            let (count, bestCount) = (locals[outlet].mentions.count, locals[best].mentions.count)
            if count > bestCount || (count == bestCount && locals[outlet].id < locals[best].id) { mainOutlet = outlet }
        }
        // Taken once: reading it through the lexicon copied the table at every name.
        let bylineCues = extractor.lexicon.bylineCues
        for index in spans.indices where locals[spans[index].local].kind == .person && !spans[index].isReference {
            let person = spans[index].local
            let sentence = spans[index].sentence
            let outletsHere = perSentence[sentence].filter(outlets.contains)
            if bylineCues.matches(tokens, at: spans[index].tokens.lowerBound) && isCreditLine(sentence) || bylineSentences.contains(sentence) {
                let employers = outletsHere.isEmpty ? (mainOutlet.map { [$0] } ?? []) : outletsHere
                for outlet in employers {
                    addRelation(from: outlet, to: person, kind: .reportedBy, sentence: sentence, Support(rule: .byline))
                }
            } else if !outletsHere.isEmpty,
                sentences[sentence].tokens.contains(where: { extractor.lexicon.pressRoles.contains(tokens[$0].key) })
            {
                for outlet in outletsHere { addRelation(from: outlet, to: person, kind: .reportedBy, sentence: sentence, Support(rule: .pressRole)) }
            }
        }
    }

    /// Whether a sentence can be a byline or credit: it is short, and so is every sentence
    /// before it on its line ("*Translated by Lim Su-ah", "Reported by Kim Ji-eun for RFA's
    /// Korean Service. Translated by Park Seo-jin."). In running text "was led by Ri Chol
    /// Min, a deputy director …" names no writer.
    private func isCreditLine(_ sentence: Int) -> Bool {
        var index = sentence
        while true {
            let range = sentences[index].tokens
            guard range.count <= Self.creditLineTokens else { return false }
            if range.lowerBound == 0 || tokens[range.lowerBound].newlinesBefore > 0 { return true }
            guard index > 0 else { return true }
            index -= 1
        }
    }

    /// The most tokens a credit sentence has: the longest in the development reports has 12.
    private static let creditLineTokens = 16

    /// `member_of`, `leads` and `family` from the shape of a sentence (see
    /// ``RelationPatterns``). Family reads both ways, so its ends go in identifier order,
    /// as ``Relation`` would put them.
    private mutating func detectStructuralRelations(_ spans: [PlacedName]) {
        // The names outside longer names, with their kinds.
        var names: [RelationPatterns.Name] = []
        names.reserveCapacity(spans.count)
        for index in spans.indices where !spans[index].isInner {
            names.append(RelationPatterns.Name(tokens: spans[index].tokens, sentence: spans[index].sentence,
                                               local: spans[index].local, kind: locals[spans[index].local].kind))
        }
        let patterns = RelationPatterns(lexicon: extractor.lexicon, tokens: tokens)
        for hit in patterns.hits(in: names, sentences: sentences) {
            switch hit.kind {
            case .memberOf: addRelation(from: hit.source, to: hit.target, kind: .memberOf, sentence: hit.sentence, Support(rule: .rolePhrase))
            case .leads: addRelation(from: hit.source, to: hit.target, kind: .leads, sentence: hit.sentence, Support(rule: .rolePhrase))
            case .family:
                let (a, b) = locals[hit.target].id < locals[hit.source].id ? (hit.target, hit.source) : (hit.source, hit.target)
                addRelation(from: a, to: b, kind: .family, sentence: hit.sentence, Support(rule: .kinPhrase))
            }
        }
    }

    private mutating func detectEvents() {
        let detector = EventDetector(lexicon: extractor.lexicon, tokens: tokens)
        let found = detector.hits(in: sentences, covered: covered)
        guard !found.isEmpty else { return }
        let sides = ParticipantSides(tokens: tokens, text: report.scalars)
        let eventTypes = extractor.lexicon.eventTypes
        // The hits of each event type, types in order of their first hit.
        let (hits, runs) = EventDetector.grouped(found)
        // Each trigger sentence's own text (after any dateline) and the dates it gives.
        var dates = SentenceDates(tokens: tokens, slice: report.slice, sentences: sentences, months: extractor.lexicon.months,
                                  reportingVerbs: extractor.lexicon.reportingVerbs)
        // The report's own date, for the year of dates written without one: read once, when
        // the first event with a date is made.
        var reportDay: (year: Int, month: Int, day: Int)?
        var readReportDay = false
        // The events made, by slug (with its hash, compared first) and local index.
        var events: [(slug: String, slugHash: Int, local: Int)] = []
        events.reserveCapacity(runs.count)
        eventByType = Array(filledWith: -1, count: eventTypes.count)
        eventLabels.reserveCapacity(runs.count)
        eventHits.reserveCapacity(eventHits.count + hits.count)
        for run in runs {
            let typeHits = hits[run]
            let type = hits[run.lowerBound].type
            let eventType = eventTypes[type]
            // The most specific place named with a trigger: "caught at a guard post in Gilju"
            // beats "a source in South Pyongan Province".
            var place: (local: Int, sentence: Int, rank: Int)?
            for hit in typeHits {
                let textStart = dates.text(of: hit.sentence).lowerBound
                let afterDateline = textStart > sentences[hit.sentence].tokens.lowerBound && textStart < tokens.count ? tokens[textStart].start : nil
                for candidate in perSentence[hit.sentence]
                where locals[candidate].kind == .place && !locals[candidate].isCountry
                    && afterDateline.map({ opening in locals[candidate].mentions.contains { $0.sentence == hit.sentence && $0.start >= opening } }) ?? true
                {
                    let rank = locals[candidate].rank ?? 5
                    if rank < place?.rank ?? Int.max { place = (candidate, hit.sentence, rank) }
                }
            }
            // When: a date written in a trigger sentence, else one relative to an earlier
            // sentence's, else the day a source spoke (see ``SentenceDates``).
            let date = dates.date(in: typeHits.lazy.map(\.sentence))
            // "kidnapping — Songchon County, Mar. 31", written into one buffer; with neither
            // place nor date, the label itself.
            let name = place == nil && date == nil ? eventType.label
                : Concatenation.of(eventType.label, place == nil ? "" : " — ", place.map { locals[$0.local].name } ?? "",
                                   date == nil ? "" : ", ", date?.text ?? "")
            // The same identifier `EntityID(kind: .event, scope:name:)` derives, without
            // re-slugging the (already slug-shaped) category for every report.
            let id = EntityID(rawValue: Concatenation.of("event:", document.rawValue, ":", eventType.slug))
            let mentions = typeHits.map { hit in
                let start = tokens[hit.tokens.lowerBound].start
                let end = tokens[hit.tokens.upperBound - 1].end
                return Mention(document: document, sentence: hit.sentence, start: start, end: end, text: string(start, end))
            }
            // Event identifiers never clash with other entities' (their kind prefix differs),
            // so only the events of this report need checking, not the identifier table.
            let event: Int
            if let existing = events.first(where: { $0.slugHash == eventType.slugHash && $0.slug == eventType.slug }) {
                event = existing.local
            } else {
                // The trigger words found are the event's other names in this report: each
                // text cleaned and lower-cased once, however often the report repeats it.
                var trigger: String?
                var aliases: [String] = []
                for (index, mention) in mentions.enumerated() where !mentions[..<index].contains(where: { $0.text == mention.text }) {
                    let form = Self.isPlainLowerCase(mention.text) ? mention.text : ReportReader.clean(mention.text).lowercased()
                    if trigger == nil { trigger = form }
                    if form != eventType.label && !aliases.contains(form) { aliases.append(form) }
                }
                if date != nil, !readReportDay {
                    reportDay = EventDate.day(of: report.document.date)
                    readReportDay = true
                }
                event = locals.count
                locals.append(Local(id: id, name: name, kind: .event, category: eventType.category,
                                    aliases: aliases, mentions: mentions, trigger: trigger, date: date?.iso(reportDay: reportDay)))
                events.append((eventType.slug, eventType.slugHash, event))
            }
            for hit in typeHits where !perSentence[hit.sentence].contains(event) {
                perSentence[hit.sentence].append(event)
            }
            eventByType[type] = event
            if let known = eventLabels.firstIndex(where: { $0.event == event }) {
                eventLabels[known].label = eventType.label
            } else {
                eventLabels.append((event, eventType.label))
            }
            for hit in typeHits { eventHits.append((hit, event)) }
            if explaining {
                for mention in mentions {
                    explanations.append(MentionExplanation(entity: id, name: name, kind: .event, mention: mention, rule: .trigger,
                                                           detail: "event type \(eventType.category)"))
                }
            }
            if let place {
                addRelation(from: event, to: place.local, kind: .occurredIn, sentence: place.sentence, Support(rule: .eventPlace))
            }
            // People and bodies take part in the event when the words between them and the
            // trigger show their side ("arrested by the MSS", "the kidnappers were caught");
            // one merely named in the sentence stays a co-mention, and an outlet that is
            // only told about it never takes part.
            for hit in typeHits {
                for other in perSentence[hit.sentence] where other != event {
                    // People and bodies, not outlets, which are only told about it.
                    let kind = locals[other].kind
                    guard kind == .person || kind == .agency, locals[other].category != "outlet" else { continue }
                    // Taken once, and read by index: copying each mention would retain its strings.
                    let mentions = locals[other].mentions
                    for m in mentions.indices where mentions[m].sentence == hit.sentence {
                        guard let range = tokenRange(from: mentions[m].start, to: mentions[m].end, in: hit.sentence),
                            let side = sides.side(of: range, trigger: hit.tokens, sentence: sentences[hit.sentence].tokens, isBody: kind == .agency)
                        else { continue }
                        addRelation(from: other, to: event, kind: .participant, sentence: hit.sentence,
                                    Support(rule: side == .agent ? .eventAgent : .eventTarget, side: side, word: hit.tokens))
                        break
                    }
                }
            }
        }
    }

    /// Report-local person nodes for the unnamed actors the report describes ("the
    /// director's son", "two kidnappers"): an actor becomes a node when the report relates it
    /// to something, by taking part in an event (its side shown by the words between, or
    /// by an agent noun: kidnappers kidnap), by being somebody's kin, or by belonging to a
    /// named body among its describing words. Its name is its role and its report, so no
    /// name is invented and no two reports' actors are merged.
    ///
    /// Role nodes take no part in co-mentions: descriptions are too many and too vague to
    /// link by sharing a sentence.
    private mutating func detectRoleActors(_ spans: [PlacedName]) {
        // The names outside longer names, with their kinds.
        var names: [RoleActorFinder.Name] = []
        names.reserveCapacity(spans.count)
        for index in spans.indices where !spans[index].isInner {
            let local = spans[index].local
            names.append(RoleActorFinder.Name(tokens: spans[index].tokens, local: local, kind: locals[local].kind))
        }
        let finder = RoleActorFinder(lexicon: extractor.lexicon, tokens: tokens, text: report.scalars, slice: report.slice)
        let descriptions = finder.descriptions(in: sentences, names: names)
        guard !descriptions.isEmpty else { return }
        let sides = ParticipantSides(tokens: tokens, text: report.scalars)
        enum Pending {
            case participant(event: Int, side: ParticipantSide, word: Range<Int>)
            case member(agency: Int)
            case kin(of: String)
        }
        var pending: [(description: Int, link: Pending)] = []
        // About one link a description.
        pending.reserveCapacity(descriptions.count)
        // Descriptions are read by index, their fields in place, not copied with their strings.
        for index in descriptions.indices {
            let sentence = descriptions[index].sentence
            let described = descriptions[index].tokens
            let range = sentences[sentence].tokens
            for (hit, event) in eventHits
            where !descriptions[index].isPossessor && hit.sentence == sentence && !hit.tokens.overlaps(described) {
                if let side = sides.side(of: described, trigger: hit.tokens, sentence: range) {
                    pending.append((index, .participant(event: event, side: side, word: hit.tokens)))
                }
            }
            if let inherent = descriptions[index].noun.event, inherent.type < eventByType.count, case let event = eventByType[inherent.type], event >= 0 {
                let head = described.upperBound - 1
                pending.append((index, .participant(event: event, side: inherent.side, word: head..<(head + 1))))
            }
            // "MSS officers", "the KCS official": a member or leader word. "NPA suspects" or
            // "MSS detainees" are not the body's own.
            let head = tokens[described.upperBound - 1].key
            if let agency = descriptions[index].agency, descriptions[index].possessor == nil,
                let word = extractor.lexicon.relationWords[head], word == .member || word == .leader
            {
                pending.append((index, .member(agency: agency)))
            }
            if let possessor = descriptions[index].possessor { pending.append((index, .kin(of: possessor))) }
        }
        // One node per key that takes part in a link, by the key's number (-1 until it is
        // made below): the keys are hashed once here and once per description, not again
        // for each link. Numbered by their bytes' hash (see ``ByteHashedNumbers``), which
        // costs less than a `[String: Int]` of them.
        var keys = ByteHashedNumbers<String>()
        var nodes: [Int] = []
        func number(_ key: String) {
            // A new key's number is the count of keys before it.
            if keys.number(of: key, hash: Self.byteHash(key)) == nodes.count { nodes.append(-1) }
        }
        for item in pending {
            number(descriptions[item.description].key)
            if case .kin(let possessor) = item.link { number(possessor) }
        }
        guard !nodes.isEmpty else { return }
        // The node of each description (-1 for none), for its links.
        var nodeOf = [Int](filledWith: -1, count: descriptions.count)
        let shortID = document.rawValue.count > 9 ? String(document.rawValue.prefix(8)) + "…" : document.rawValue
        // Each node is named by its first description's label. Fields are read in place,
        // not copied with the description's strings.
        for index in descriptions.indices {
            guard let key = keys.number(ofKnown: descriptions[index].key, hash: Self.byteHash(descriptions[index].key)) else { continue }
            let known = nodes[key]
            let first = tokens[descriptions[index].tokens.lowerBound]
            let last = tokens[descriptions[index].tokens.upperBound - 1]
            let mention = Mention(document: document, sentence: descriptions[index].sentence, start: first.start, end: last.end,
                                  text: string(first.start, last.end))
            if known >= 0 {
                locals[known].mentions.append(mention)
                nodeOf[index] = known
                continue
            }
            // Each written into one buffer (see ``Concatenation``), not grown piece by piece.
            let id = EntityID(kind: .person, name: Concatenation.of(document.rawValue, " ", descriptions[index].key))
            // Named outside the closure, which would otherwise hold a copy of the finder.
            let name = Concatenation.of(finder.label(of: descriptions[index]), " (", shortID, ")")
            let node = local(id) {
                var actor = Local(id: id, name: name, kind: .person, category: "role", aliases: [])
                actor.isRole = true
                return actor
            }
            locals[node].mentions.append(mention)
            nodes[key] = node
            nodeOf[index] = node
        }
        for (index, link) in pending {
            let node = nodeOf[index]
            guard node >= 0 else { continue }
            let sentence = descriptions[index].sentence
            switch link {
            case .participant(let event, let side, let word):
                addRelation(from: node, to: event, kind: .participant, sentence: sentence,
                            Support(rule: side == .agent ? .eventAgent : .eventTarget, side: side, word: word))
            case .member(let agency):
                addRelation(from: node, to: agency, kind: .memberOf, sentence: sentence, Support(rule: .roleActor))
            case .kin(let possessor):
                guard let key = keys.number(ofKnown: possessor, hash: Self.byteHash(possessor)), case let relative = nodes[key], relative >= 0
                else { continue }
                let (a, b) = locals[node].id < locals[relative].id ? (node, relative) : (relative, node)
                addRelation(from: a, to: b, kind: .family, sentence: sentence, Support(rule: .roleActor))
            }
        }
        for node in nodes where node >= 0 && locals[node].mentions.count > 1 {
            locals[node].mentions.sort()
        }
    }

    /// An event that happened to one participant says so in its name: "kidnapping of
    /// director's son — Songchon County, Mar. 31", "arrest of Ri Chol Min — Hyesan". A role
    /// node is named by its role alone there (its report is the event's). Events with
    /// several targets keep the plain name.
    private mutating func nameEventTargets() {
        // The one target of each event with a target, -1 when it has several. A report has
        // few events, so a list read through serves; each event is renamed on its own, so
        // the order they are found in does not matter.
        var targets: [(event: Int, target: Int)] = []
        // By index: iterating would copy each relation, arrays and all.
        for index in relationList.indices where relationList[index].key.kind == .participant {
            let key = relationList[index].key
            let isTarget = relationList[index].firstSupport.side == .target || relationList[index].later.contains { $0.support.side == .target }
            guard isTarget, label(ofEvent: key.target) != nil else { continue }
            // A second relation to the event is a second participant: relations are unique by kind and ends.
            if let known = targets.firstIndex(where: { $0.event == key.target }) {
                targets[known].target = -1
            } else {
                targets.append((key.target, key.source))
            }
        }
        for (event, target) in targets where target >= 0 {
            guard let label = label(ofEvent: event), let rest = Self.rest(of: locals[event].name, after: label) else { continue }
            var who = locals[target].name
            if locals[target].isRole, let cut = Self.lastParenthesis(in: who) { who = String(who[..<cut]) }
            locals[event].name = Concatenation.of(label, " of ", who, rest)
        }
    }

    /// What follows `label` at the start of `name` ("kidnapping — Songchon County" after
    /// "kidnapping"), or nil when `name` does not start with it, as `hasPrefix(_:)` and
    /// `dropFirst(_:)` would find it.
    ///
    /// An event's name starts with its lexicon label, ASCII, and a space, comma or nothing
    /// follows: the bytes then give the answer, where comparing characters cost most of
    /// renaming the event. Any other label or name is read by characters.
    static func rest(of name: String, after label: String) -> String? {
        let bytes = name.utf8
        let prefix = label.utf8
        if prefix.allSatisfy({ $0 < 0x80 }), bytes.starts(with: prefix) {
            let end = bytes.index(bytes.startIndex, offsetBy: prefix.count)
            // An ASCII byte (or the end) next: no combining mark joins the label's last letter.
            if end == bytes.endIndex || bytes[end] < 0x80 { return String(name[end...]) }
        }
        guard name.hasPrefix(label) else { return nil }
        return String(name.dropFirst(label.count))
    }

    /// The type label of the event at local index `event`, or nil when it is no event.
    private func label(ofEvent event: Int) -> String? {
        eventLabels.first { $0.event == event }?.label
    }

    /// Where the last `" ("` of `name` starts (a role actor's name ends in its description in
    /// parentheses), found on the bytes; nil when there is none, or when a combining mark
    /// follows the parenthesis (then it is not the character `(`).
    static func lastParenthesis(in name: String) -> String.Index? {
        let utf8 = name.utf8
        var index = utf8.endIndex
        while index > utf8.startIndex {
            index = utf8.index(before: index)
            guard utf8[index] == 0x28, index > utf8.startIndex else { continue }
            let space = utf8.index(before: index)
            guard utf8[space] == 0x20 else { continue }
            let next = utf8.index(after: index)
            if next < utf8.endIndex, let scalar = name.unicodeScalars[next...].first, scalar.properties.isGraphemeExtend { continue }
            return space
        }
        return nil
    }

    /// Every pair of entities named in one sentence, unless a typed relation from that
    /// sentence already links them.
    ///
    /// Each pair is put in identifier order, as ``Relation`` would.
    private mutating func detectCoMentions() {
        // (sentence, smaller local, larger local) of every typed relation, packed: a report
        // has far fewer than 2^24 sentences and 2^20 entities.
        func pack(_ sentence: Int, _ x: Int, _ y: Int) -> UInt64 {
            let (a, b) = x < y ? (x, y) : (y, x)
            return UInt64(truncatingIfNeeded: sentence) << 40 | UInt64(truncatingIfNeeded: a) << 20 | UInt64(truncatingIfNeeded: b)
        }
        var typed = KeySet(minimumCapacity: relationList.count * 2)
        // By index: iterating would copy each relation, arrays and all.
        for index in relationList.indices {
            let key = relationList[index].key
            typed.insert(pack(relationList[index].firstSentence, key.source, key.target))
            for item in relationList[index].later { typed.insert(pack(item.sentence, key.source, key.target)) }
        }
        // Room for every pair at once, in the table and in the list of relations, which
        // otherwise grew several times a report.
        let pairs = perSentence.reduce(0) { $0 + $1.count * ($1.count - 1) / 2 }
        relationIndex.reserveCapacity(relationList.count + pairs)
        relationList.reserveCapacity(relationList.count + pairs)
        // Every pair is put in identifier order: the first bytes of each identifier that
        // takes part in a pair, read once here, order most pairs without comparing strings.
        var prefixes = [IdentifierPrefix?](filledWith: nil, count: locals.count)
        for sentence in perSentence.indices where perSentence[sentence].count >= 2 {
            for local in perSentence[sentence] where prefixes[local] == nil { prefixes[local] = IdentifierPrefix(locals[local].id) }
        }
        // By index: iterating would retain and release each sentence's list.
        for sentence in perSentence.indices where perSentence[sentence].count >= 2 {
            let count = perSentence[sentence].count
            for i in 0..<count {
                for j in (i + 1)..<count {
                    let (x, y) = (perSentence[sentence][i], perSentence[sentence][j])
                    guard !typed.contains(pack(sentence, x, y)) else { continue }
                    // Both prefixes were read above: the two share a sentence of two names or more.
                    let yFirst = prefixes[y].flatMap { a in prefixes[x].flatMap { b in IdentifierPrefix.orders(a, before: b) } }
                        ?? (locals[y].id < locals[x].id)
                    let (a, b) = yFirst ? (y, x) : (x, y)
                    addRelation(from: a, to: b, kind: .coMentioned, sentence: sentence, Support(rule: .sameSentence))
                }
            }
        }
    }

    /// Whether `text` is lower-case ASCII letters and hyphens, single spaces between words
    /// (`arrested`, `public execution`): the trigger words reports write most, which
    /// cleaning and lower-casing would leave as they are. Read from the string's own bytes
    /// (in place: trigger words are short strings held inline), not from the report's.
    static func isPlainLowerCase(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(isPlainLowerCase) ?? isPlainLowerCase(text.utf8)
    }

    /// ``isPlainLowerCase(_:)-(String)`` of the text's UTF-8 bytes.
    private static func isPlainLowerCase<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
        var afterSpace = true
        for byte in bytes {
            if byte == UInt8(ascii: " ") {
                if afterSpace { return false }
                afterSpace = true
            } else if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || byte == UInt8(ascii: "-") {
                afterSpace = false
            } else {
                return false
            }
        }
        return !afterSpace
    }

    /// The tokens of the mention at code points `start..<end`, a mention in `sentence`: its
    /// first token found by halving the sentence (see ``token(startingAt:in:)``), its last
    /// read on from there, a name being a few tokens long.
    private func tokenRange(from start: Int, to end: Int, in sentence: Int) -> Range<Int>? {
        let range = sentences[sentence].tokens
        guard let first = token(startingAt: start, in: range),
            let last = range[first...].first(where: { tokens[$0].end == end })
        else { return nil }
        return first..<(last + 1)
    }

    /// The token in `range` that starts at code point `start`, if any.
    ///
    /// Tokens never overlap, so at most one starts there, and they run in text order, so
    /// it is found by halving `range`. Should halving miss it, which only tokens out of
    /// order could make it do, the tokens are read one by one.
    private func token(startingAt start: Int, in range: Range<Int>) -> Int? {
        var low = range.lowerBound
        var high = range.upperBound
        while low < high {
            let middle = low + (high - low) / 2
            if tokens[middle].start < start { low = middle + 1 } else { high = middle }
        }
        if low < range.upperBound, tokens[low].start == start { return low }
        return range.first { tokens[$0].start == start }
    }

    /// Adds `sentence` as evidence of the relation, creating the relation if it is new.
    /// The ends of a co-mention come in identifier order (see ``detectCoMentions()``).
    private mutating func addRelation(from source: Int, to target: Int, kind: RelationType, sentence: Int, _ support: Support) {
        guard source != target else { return }
        let key = RelationKey(kind: kind, source: source, target: target)
        let (index, inserted) = relationIndex.insertIfAbsent(key.packed, relationList.count)
        if inserted {
            relationList.append(DraftRelation(key: key, firstSentence: sentence, firstSupport: support))
        } else {
            relationList[index].add(sentence, support, confidence: extractor.lexicon.ruleConfidence)
        }
    }

    /// The sentence with its whitespace collapsed, computed once per sentence.
    private mutating func sentenceText(_ index: Int) -> String {
        if let text = sentenceTexts[index] { return text }
        let text = report.slice.cleanString(sentences[index].start, sentences[index].end)
        sentenceTexts[index] = text
        return text
    }

    private func string(_ start: Int, _ end: Int) -> String {
        report.slice.string(start, end)
    }
}

/// Keys numbered 0, 1, 2… in the order they are first given, found again by the FNV-1a
/// hash of their bytes (a ``KeyMap`` key, as ``ReportExtraction/byteHash(_:)`` makes it)
/// instead of `Dictionary`'s seeded hashing of strings, which costs several times more.
/// Keys with the same hash are told apart by comparing them.
struct ByteHashedNumbers<Key: Hashable> {
    /// The number of the first key with each hash.
    private var byHash = KeyMap<Int>()
    /// The numbers of later keys whose hash an earlier key has.
    private var clashing: [Key: Int] = [:]
    /// The keys, by number.
    private var keys: [Key] = []

    /// The number of `key`, whose bytes hash to `hash`: the count of keys before it when it
    /// is new.
    mutating func number(of key: Key, hash: UInt64) -> Int {
        if let number = byHash[hash] {
            if keys[number] == key { return number }
            if let number = clashing[key] { return number }
            clashing[key] = keys.count
        } else {
            byHash[hash] = keys.count
        }
        keys.append(key)
        return keys.count - 1
    }

    /// The number of `key`, whose bytes hash to `hash`, if it was given one.
    func number(ofKnown key: Key, hash: UInt64) -> Int? {
        guard let number = byHash[hash] else { return nil }
        return keys[number] == key ? number : clashing[key]
    }
}

/// The first sixteen bytes of an identifier, as two big-endian integers: where two
/// identifiers' prefixes differ, the prefixes order them as `<` orders the strings, without
/// comparing strings.
///
/// Co-mentions put every pair of a sentence's entities in identifier order, and comparing
/// the strings cost more than the rest of making the pair.
///
/// Only prefixes whose sixteen bytes and the byte after them are ASCII order identifiers:
/// ASCII compares byte by byte, a shorter string first (no identifier holds the zero byte
/// the padding is made of), and a difference within the prefix is then followed by ASCII
/// in both identifiers, so no combining mark later on can join the differing character
/// when `<` compares code points in normalized form.
struct IdentifierPrefix: Equatable {
    private var high: UInt64 = 0
    private var low: UInt64 = 0
    /// Whether the prefix and the byte after it are ASCII.
    private var isOrdering = false

    init(_ id: EntityID) {
        // Read from the string's bytes in place (a native or small string has them so).
        if let prefix = id.rawValue.utf8.withContiguousStorageIfAvailable(Self.init(bytes:)) { self = prefix }
    }

    /// The prefix of an identifier's UTF-8 bytes: its first seventeen bytes (fewer when it is
    /// shorter) copied into three zeroed words and read from them as whole words, not byte
    /// by byte.
    private init(bytes: UnsafeBufferPointer<UInt8>) {
        var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &words) { words in
            words.copyMemory(from: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes.prefix(17))))
        }
        // Memory order is byte order: as big-endian integers, the words compare as the bytes.
        (high, low) = (UInt64(bigEndian: words.0), UInt64(bigEndian: words.1))
        isOrdering = (words.0 | words.1 | words.2) & 0x8080_8080_8080_8080 == 0
    }

    /// Whether the identifier of prefix `a` comes before that of `b`; nil when the
    /// prefixes cannot tell (either is not ASCII, or they are equal) and the strings must.
    static func orders(_ a: IdentifierPrefix, before b: IdentifierPrefix) -> Bool? {
        guard a.isOrdering, b.isOrdering, a != b else { return nil }
        return (a.high, a.low) < (b.high, b.low)
    }
}
