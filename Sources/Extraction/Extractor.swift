import Foundation
import GraphCore

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
    }

    /// The graph of all `reports`, merged: one node per entity across reports.
    public func graph(from reports: [Report]) -> EntityGraph {
        EntityGraph(merging: reports.map(extract))
    }

    /// Everything one report says.
    ///
    /// - Complexity: O(n) in the length of the report, for a fixed gazetteer.
    public func extract(_ report: Report) -> ReportFacts {
        var work = ReportExtraction(report: report, extractor: self)
        return work.run()
    }
}

/// The working state of extracting one report.
struct ReportExtraction {
    let report: Report
    let extractor: Extractor
    let tokens: [Token]
    let sentences: [Sentence]
    private var entities: [EntityID: Entity] = [:]
    private var categories: [EntityID: String] = [:]
    private var relations: [String: Relation] = [:]
    /// Entities named in each sentence, in order of first mention.
    private var perSentence: [[EntityID]]
    private var covered: [Bool]
    /// The gazetteer entry behind each known entity of the report.
    private var knownEntries: [EntityID: Int] = [:]
    private var sentenceTexts: [Int: String] = [:]
    /// Identifiers already given to names found by context in this report.
    private var foundIDs: [FoundKey: EntityID] = [:]

    private struct FoundKey: Hashable {
        var kind: EntityKind
        var name: String
    }

    init(report: Report, extractor: Extractor) {
        self.report = report
        self.extractor = extractor
        // Header values (title, source) first, each its own stretch of text, then the body.
        var tokens: [Token] = []
        for range in report.headerRanges + [report.bodyStart..<report.scalars.count] {
            let part = Tokenizer.tokenize(report.scalars, from: range.lowerBound, to: range.upperBound)
            if !tokens.isEmpty, !part.isEmpty {
                var first = part[0]
                first.newlinesBefore = max(first.newlinesBefore, 2)
                tokens.append(first)
                tokens.append(contentsOf: part.dropFirst())
            } else {
                tokens.append(contentsOf: part)
            }
        }
        self.tokens = tokens
        sentences = extractor.splitter.split(tokens, text: report.scalars)
        perSentence = Array(repeating: [], count: sentences.count)
        covered = Array(repeating: false, count: tokens.count)
    }

    private var document: DocumentID { report.document.id }
    private var gazetteer: Gazetteer { extractor.gazetteer }

    mutating func run() -> ReportFacts {
        let recognizer = NameRecognizer(gazetteer: gazetteer, lexicon: extractor.lexicon, tokens: tokens, text: report.scalars)
        let analyses = sentences.map(recognizer.analyze)
        let references = ReferenceResolver(gazetteer: gazetteer, lexicon: extractor.lexicon, tokens: tokens, text: report.scalars)
            .resolve(analyses)
        var spans = analyses.flatMap(\.spans) + references
        for (sentence, analysis) in analyses.enumerated() {
            for definition in analysis.definitions {
                spans.append(MentionSpan(tokens: definition.token..<(definition.token + 1), target: definition.target, sentence: sentence))
            }
        }
        spans.sort { ($0.tokens.lowerBound, $0.tokens.upperBound) < ($1.tokens.lowerBound, $1.tokens.upperBound) }
        chooseAmongAlternatives(&spans, alternatives: analyses.reduce(into: [:]) { $0.merge($1.alternatives) { a, _ in a } })

        // Known entities and non-places first, so that a misspelt place found by its suffix
        // can be folded into a place the report also names correctly.
        var resolvedIDs: [Int: EntityID] = [:]
        for pass in 0..<2 {
            for (index, span) in spans.enumerated() {
                let isFoundPlace: Bool
                if case .found(.place, _, _) = span.target { isFoundPlace = true } else { isFoundPlace = false }
                guard isFoundPlace == (pass == 1) else { continue }
                resolvedIDs[index] = record(span)
            }
        }
        var placedSpans: [(span: MentionSpan, id: EntityID)] = []
        for (index, span) in spans.enumerated() {
            guard let id = resolvedIDs[index] else { continue }
            placedSpans.append((span, id))
            for token in span.tokens { covered[token] = true }
            if !perSentence[span.sentence].contains(id) { perSentence[span.sentence].append(id) }
        }
        detectLocatedIn(placedSpans)
        addContainmentFromGazetteer()
        detectEvents()
        detectCoMentions()
        for id in entities.keys where !(entities[id]?.mentions.isSorted ?? true) {
            entities[id]?.mentions.sort()
        }
        return ReportFacts(
            document: report.document,
            entities: entities.values.sorted { $0.id < $1.id },
            relations: relations.values.sorted { $0.id < $1.id })
    }

    // MARK: - Entities

    /// Adds the mention to its entity and returns the entity's identifier.
    private mutating func record(_ span: MentionSpan) -> EntityID {
        let first = tokens[span.tokens.lowerBound]
        let last = tokens[span.tokens.upperBound - 1]
        let surface = string(first.start, last.end)
        let mention = Mention(document: document, sentence: span.sentence, start: first.start, end: last.end, text: surface)
        let id: EntityID
        switch resolve(span.target) {
        case .known(let index):
            id = gazetteer.templates[index].id
            knownEntries[id] = index
            if entities[id] == nil { entities[id] = gazetteer.templates[index] }
        case .found(let kind, let name, let category):
            if let known = foundIDs[FoundKey(kind: kind, name: name)] {
                id = known
            } else {
                id = kind == .place ? (similarPlace(named: name, category: category) ?? EntityID(kind: kind, name: name)) : EntityID(kind: kind, name: name)
                foundIDs[FoundKey(kind: kind, name: name)] = id
            }
            if entities[id] == nil { entities[id] = Entity(id: id, name: name, kind: kind, category: category) }
        }
        // Every form seen is an alias, except a bare surname: `Kim` names many people.
        if !span.isReference, !(entities[id]?.kind == .person && span.tokens.count == 1) {
            let form = ReportReader.clean(surface).replacingOccurrences(of: "\u{2019}", with: "'")
            if let entity = entities[id], form != entity.name, !entity.aliases.contains(form) {
                entities[id]?.addAliases([form])
            }
        }
        entities[id]?.mentions.append(mention)
        if let category = entities[id]?.category { categories[id] = category }
        return id
    }

    /// A found name that the gazetteer knows under exactly that form becomes the known entry.
    private func resolve(_ target: SpanTarget) -> SpanTarget {
        guard case .found(let kind, let name, _) = target,
            let index = gazetteer.names.lookup(name)?.first(where: { gazetteer.entries[$0].kind == kind })
        else { return target }
        return .known(index)
    }

    /// A place already named in this report whose name differs from `name` by one letter of
    /// the stem (`Songchong County` for `Songchon County`): a misspelling, not a new place.
    private func similarPlace(named name: String, category: String?) -> EntityID? {
        let words = name.split(separator: " ")
        guard words.count >= 2, let suffix = words.last else { return nil }
        let stem = Array(words.dropLast().joined(separator: " ").lowercased().unicodeScalars)
        guard stem.count >= 5 else { return nil }
        for entity in entities.values.sorted(by: { $0.id < $1.id }) where entity.kind == .place {
            for form in entity.forms {
                let formWords = form.split(separator: " ")
                guard formWords.count >= 2, formWords.last == suffix else { continue }
                let other = Array(formWords.dropLast().joined(separator: " ").lowercased().unicodeScalars)
                if other != stem, EditDistance.within(stem, other, limit: 1) { return entity.id }
            }
        }
        return nil
    }

    /// Picks, for each name that fits several gazetteer entries, the one the rest of the
    /// report supports: a candidate whose parent or child places the report also names
    /// wins, most of all when they share the sentence ("Goseong, Gangwon Province" is
    /// South Korea's Gangwon). Without support the first listed entry stands.
    private func chooseAmongAlternatives(_ spans: inout [MentionSpan], alternatives: [Int: [Int]]) {
        guard !alternatives.isEmpty else { return }
        var context: [(entry: Int, sentence: Int)] = []
        for span in spans where alternatives[span.tokens.lowerBound] == nil {
            if case .known(let entry) = span.target { context.append((entry, span.sentence)) }
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
        let byEntry = Dictionary(knownEntries.map { ($0.value, $0.key) }, uniquingKeysWith: { a, _ in a })
        for (id, entry) in knownEntries.sorted(by: { $0.key < $1.key }) where gazetteer.entries[entry].kind == .place {
            guard let ancestor = gazetteer.ancestors(of: entry).lazy.compactMap({ byEntry[$0] }).first else { continue }
            let together = perSentence.indices.filter { perSentence[$0].contains(id) && perSentence[$0].contains(ancestor) }
            if let sentence = together.first {
                addRelation(from: id, to: ancestor, kind: .locatedIn, sentence: sentence)
            } else if let child = perSentence.firstIndex(where: { $0.contains(id) }),
                let parent = perSentence.firstIndex(where: { $0.contains(ancestor) })
            {
                addRelation(from: id, to: ancestor, kind: .locatedIn, sentence: child)
                addRelation(from: id, to: ancestor, kind: .locatedIn, sentence: parent)
            }
        }
    }

    private mutating func detectLocatedIn(_ spans: [(span: MentionSpan, id: EntityID)]) {
        let joiners: Set<String> = [",", "in", "of"]
        for (i, current) in spans.enumerated() {
            if current.span.isInner {
                // "Hyesan City Party Committee": the committee is in Hyesan.
                if let outer = spans.first(where: { !$0.span.isInner && $0.span.tokens.contains(current.span.tokens.lowerBound) }) {
                    addRelation(from: outer.id, to: current.id, kind: .locatedIn, sentence: current.span.sentence)
                }
                continue
            }
            guard let rank = PlaceRank.of(categories[current.id]), entities[current.id]?.kind == .place else { continue }
            guard let next = spans[(i + 1)...].first(where: { !$0.span.isInner }), next.span.sentence == current.span.sentence,
                entities[next.id]?.kind == .place, let nextRank = PlaceRank.of(categories[next.id]), nextRank > rank
            else { continue }
            let between = (current.span.tokens.upperBound..<next.span.tokens.lowerBound).map { string(tokens[$0].start, tokens[$0].end).lowercased() }
            guard (1...2).contains(between.count), between.allSatisfy(joiners.contains) else { continue }
            addRelation(from: current.id, to: next.id, kind: .locatedIn, sentence: current.span.sentence)
        }
    }

    private mutating func detectEvents() {
        let detector = EventDetector(lexicon: extractor.lexicon, tokens: tokens)
        let hits = detector.hits(in: sentences, covered: covered)
        var order: [Int] = []
        var byType: [Int: [EventDetector.Hit]] = [:]
        for hit in hits {
            if byType[hit.type] == nil { order.append(hit.type) }
            byType[hit.type, default: []].append(hit)
        }
        for type in order {
            guard let typeHits = byType[type] else { continue }
            let eventType = extractor.lexicon.eventTypes[type]
            // The most specific place named with a trigger: "caught at a guard post in Gilju"
            // beats "a source in South Pyongan Province".
            var place: (id: EntityID, sentence: Int, rank: Int)?
            for hit in typeHits {
                for candidate in perSentence[hit.sentence] where entities[candidate]?.kind == .place && !PlaceRank.isCountry(categories[candidate]) {
                    let rank = PlaceRank.of(categories[candidate]) ?? 5
                    if place == nil || rank < place!.rank { place = (candidate, hit.sentence, rank) }
                }
            }
            let name = place.flatMap { entities[$0.id]?.name }.map { "\(eventType.label) in \($0)" } ?? eventType.label
            let id = EntityID(kind: .event, scope: document, name: eventType.category)
            let mentions = typeHits.map { hit in
                let start = tokens[hit.tokens.lowerBound].start
                let end = tokens[hit.tokens.upperBound - 1].end
                return Mention(document: document, sentence: hit.sentence, start: start, end: end, text: string(start, end))
            }
            // The trigger words found are the event's other names in this report.
            let forms = mentions.map { ReportReader.clean($0.text).lowercased() }
            entities[id] = Entity(id: id, name: name, kind: .event, aliases: forms.filter { $0 != eventType.label },
                                  mentions: mentions, category: eventType.category, trigger: forms.first)
            for hit in typeHits where !perSentence[hit.sentence].contains(id) {
                perSentence[hit.sentence].append(id)
            }
            if let place {
                addRelation(from: id, to: place.id, kind: .occurredIn, sentence: place.sentence)
            }
        }
    }

    /// Every pair of entities named in one sentence, unless a typed relation from that
    /// sentence already links them.
    private mutating func detectCoMentions() {
        var typedBySentence: [Int: Set<Pair>] = [:]
        for relation in relations.values {
            for evidence in relation.evidence {
                typedBySentence[evidence.sentence, default: []].insert(Pair(relation.source, relation.target))
            }
        }
        for (sentence, ids) in perSentence.enumerated() where ids.count >= 2 {
            let typed = typedBySentence[sentence] ?? []
            for i in 0..<ids.count {
                for j in (i + 1)..<ids.count where !typed.contains(Pair(ids[i], ids[j])) {
                    addRelation(from: ids[i], to: ids[j], kind: .coMentioned, sentence: sentence)
                }
            }
        }
    }

    private mutating func addRelation(from source: EntityID, to target: EntityID, kind: RelationKind, sentence: Int) {
        guard source != target else { return }
        let evidence = Evidence(document: document, sentence: sentence, text: sentenceText(sentence))
        let relation = Relation(source: source, target: target, kind: kind, evidence: [evidence])
        if var existing = relations[relation.id] {
            existing.addEvidence([evidence])
            relations[relation.id] = existing
        } else {
            relations[relation.id] = relation
        }
    }

    /// The sentence with its whitespace collapsed, computed once per sentence.
    private mutating func sentenceText(_ index: Int) -> String {
        if let text = sentenceTexts[index] { return text }
        let text = ReportReader.clean(string(sentences[index].start, sentences[index].end))
        sentenceTexts[index] = text
        return text
    }

    private func string(_ start: Int, _ end: Int) -> String {
        String(String.UnicodeScalarView(report.scalars[start..<end]))
    }

    /// An unordered pair of entities.
    private struct Pair: Hashable {
        let a: EntityID
        let b: EntityID
        init(_ x: EntityID, _ y: EntityID) {
            (a, b) = x < y ? (x, y) : (y, x)
        }
    }
}
