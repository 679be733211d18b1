import GraphCore

/// A report that names every one of a set of entities, with the sentences that name them.
public struct ReportMatch: Sendable {
    /// A sentence of the report that names at least one of the entities.
    public struct Sentence: Sendable, Hashable {
        /// The sentence's index in the report, from 0.
        public var index: Int
        /// The entities asked about that the sentence names, in the order asked.
        public var entities: [EntityID]
        /// Their mentions in the sentence, in text order.
        public var mentions: [Mention]
        /// The sentence's text, taken from the evidence of a relation it supports; `nil`
        /// when it supports none (the graph keeps sentence text only as evidence).
        public var text: String?
    }

    /// The report's identifier.
    public var documentID: DocumentID
    /// The report, with its path, title and date, when the graph has it.
    public var document: Document?
    /// The sentences that name any of the entities, in report order.
    public var sentences: [Sentence]
    /// How many of them name all the entities.
    public var sharedSentences: Int
}

/// The answer to a `reports` question.
public struct ReportMatches: Sendable {
    /// The reports returned: those with most sentences naming all the entities first, then
    /// those with most mentions of them, then by identifier.
    public var reports: [ReportMatch]
    /// How many reports name all the entities, counting those the limit left out.
    public var total: Int
}

extension GraphIndex {
    /// The reports that mention every entity in `ids`, with the sentences that name them.
    ///
    /// - Complexity: O(M + R log k + X) for M mentions of the entities, R matching reports,
    ///   limit k, and X pieces of evidence on the entities' relations (read for the
    ///   sentences' text, only for the reports returned).
    public func reports(mentioning ids: [EntityID], limit: Int? = nil) -> ReportMatches? {
        var asked: [Int] = []
        for id in ids {
            guard let number = numbers[id] else { return nil }
            if !asked.contains(number) { asked.append(number) }
        }
        guard !asked.isEmpty else { return ReportMatches(reports: [], total: 0) }
        // Each entity's mentions, as one run per report (mentions are in report order); the
        // reports of the entity with fewest are looked up in the others' by binary search.
        let runs = asked.map { Self.documentRuns(entities[$0].mentions) }
        let fewest = runs.indices.min { runs[$0].count < runs[$1].count }!  // asked is not empty

        // First rank every report cheaply (counts only), then build the ones returned.
        var candidates: [(document: DocumentID, ranges: [Range<Int>], shared: Int, mentions: Int)] = []
        for run in runs[fewest] {
            let found = runs.map { Self.run(of: run.document, in: $0) }
            guard found.allSatisfy({ $0 != nil }) else { continue }
            let ranges = found.map { $0! }  // checked just above
            // Each entity's sentences in the report, ascending (mentions are in text order).
            let sentenceLists = zip(asked, ranges).map { number, range in entities[number].mentions[range].map(\.sentence) }
            var shared = Set(sentenceLists[0])
            for list in sentenceLists.dropFirst() { shared.formIntersection(list) }
            candidates.append((run.document, ranges, shared.count, ranges.reduce(0) { $0 + $1.count }))
        }
        let best = candidates.sortedPrefix(limit ?? candidates.count) { a, b in
            if a.shared != b.shared { return a.shared > b.shared }
            if a.mentions != b.mentions { return a.mentions > b.mentions }
            return a.document < b.document
        }
        var chosen = best.map { candidate in
            var sentences: [Int: ReportMatch.Sentence] = [:]
            for (number, range) in zip(asked, candidate.ranges) {
                for mention in entities[number].mentions[range] {
                    var sentence = sentences[mention.sentence] ?? ReportMatch.Sentence(index: mention.sentence, entities: [], mentions: [], text: nil)
                    if sentence.entities.last != entities[number].id { sentence.entities.append(entities[number].id) }
                    sentence.mentions.append(mention)
                    sentences[mention.sentence] = sentence
                }
            }
            let ordered = sentences.values.sorted { $0.index < $1.index }.map { sentence in
                var sentence = sentence
                sentence.mentions.sort { $0.start < $1.start }
                return sentence
            }
            return ReportMatch(documentID: candidate.document, document: graph.documents[candidate.document],
                               sentences: ordered, sharedSentences: candidate.shared)
        }
        fillSentenceText(&chosen, from: asked)
        return ReportMatches(reports: chosen, total: candidates.count)
    }

    /// Sets each sentence's text from the evidence of the asked entities' relations.
    private func fillSentenceText(_ matches: inout [ReportMatch], from asked: [Int]) {
        let wanted = Set(matches.map(\.documentID))
        // Few reports (the usual, limited answer): comparing identifiers is cheaper than hashing them.
        let few = matches.count <= 32 ? matches.map(\.documentID) : nil
        var texts: [DocumentID: [Int: String]] = [:]
        for number in asked {
            for position in linkRange(number) {
                for evidence in relations[links[position].relation].evidence
                where few?.contains(evidence.document) ?? wanted.contains(evidence.document) {
                    texts[evidence.document, default: [:]][evidence.sentence] = evidence.text
                }
            }
        }
        for m in matches.indices {
            for s in matches[m].sentences.indices {
                matches[m].sentences[s].text = texts[matches[m].documentID]?[matches[m].sentences[s].index]
            }
        }
    }

    /// The runs of mentions of each report, in report order.
    private static func documentRuns(_ mentions: [Mention]) -> [(document: DocumentID, range: Range<Int>)] {
        var runs: [(document: DocumentID, range: Range<Int>)] = []
        var start = 0
        for index in mentions.indices where index + 1 == mentions.count || mentions[index + 1].document != mentions[index].document {
            runs.append((mentions[index].document, start..<(index + 1)))
            start = index + 1
        }
        return runs
    }

    /// The range of mentions of `document` among `runs`, by binary search.
    private static func run(of document: DocumentID, in runs: [(document: DocumentID, range: Range<Int>)]) -> Range<Int>? {
        var low = 0, high = runs.count
        while low < high {
            let middle = (low + high) / 2
            if runs[middle].document < document { low = middle + 1 } else { high = middle }
        }
        return low < runs.count && runs[low].document == document ? runs[low].range : nil
    }
}
