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
        // Each entity's mentions, grouped by report (mentions are in report order).
        let byReport = asked.map { Dictionary(grouping: entities[$0].mentions, by: \.document) }
        var common = Set(byReport.min { $0.count < $1.count }!.keys)
        for reports in byReport { common.formIntersection(reports.keys) }

        var matches: [(match: ReportMatch, mentions: Int)] = []
        for document in common {
            var sentences: [Int: ReportMatch.Sentence] = [:]
            var mentionCount = 0
            for (position, number) in asked.enumerated() {
                for mention in byReport[position][document] ?? [] {
                    mentionCount += 1
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
            let shared = ordered.count { $0.entities.count == asked.count }
            matches.append((ReportMatch(documentID: document, document: graph.documents[document], sentences: ordered, sharedSentences: shared), mentionCount))
        }
        var chosen = matches.sortedPrefix(limit ?? matches.count) { a, b in
            if a.match.sharedSentences != b.match.sharedSentences { return a.match.sharedSentences > b.match.sharedSentences }
            if a.mentions != b.mentions { return a.mentions > b.mentions }
            return a.match.documentID < b.match.documentID
        }.map(\.match)
        fillSentenceText(&chosen, from: asked)
        return ReportMatches(reports: chosen, total: matches.count)
    }

    /// Sets each sentence's text from the evidence of the asked entities' relations.
    private func fillSentenceText(_ matches: inout [ReportMatch], from asked: [Int]) {
        var wanted: [DocumentID: Set<Int>] = [:]
        for match in matches { wanted[match.documentID] = Set(match.sentences.map(\.index)) }
        var texts: [DocumentID: [Int: String]] = [:]
        for number in asked {
            for position in linkRange(number) {
                for evidence in relations[links[position].relation].evidence
                where wanted[evidence.document]?.contains(evidence.sentence) == true {
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
}
