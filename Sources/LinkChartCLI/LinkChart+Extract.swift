import ArgumentParser
import Extraction
import GraphCore
import QueryAnswers

extension LinkChart {
    /// Shows what extraction found in one report and why, for debugging extraction.
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extract",
            abstract: "Show one report's mentions: each span, its entity, and the rule or gazetteer entry behind it.",
            discussion: """
                Offsets count Unicode code points from the start of the file. Rules: \
                \(RecognitionRule.allCases.map(\.rawValue).joined(separator: ", ")).
                """)

        @Argument(help: ArgumentHelp("The report (.txt or .md).", valueName: "file"))
        var file: String

        @OptionGroup var output: OutputOptions

        func run() throws {
            let read = try CorpusReader.read(file)
            for problem in read.problems { StandardError.write("error: \(problem)") }
            guard let report = read.reports.first else { throw CLIError.nothingRead(file) }
            let (facts, mentions) = try Extractor().explain(report)
            if output.json {
                try JSONOutput.print(ExtractAnswer(
                    document: report.document,
                    entities: facts.entities.sorted { $0.id < $1.id }.map(EntitySummary.init),
                    mentions: mentions.map(ExtractAnswer.Item.init),
                    relations: facts.relations.map { .init(type: $0.kind.rawValue, source: $0.source.rawValue, target: $0.target.rawValue, weight: $0.weight) }))
                return
            }
            print("\(report.document.path): \(report.document.title)")
            var table = TextTable("TEXT", "AT", "SENTENCE", "ENTITY", "TYPE", "RULE")
            for item in mentions {
                let rule = item.detail.map { "\(item.rule) (\($0))" } ?? item.rule.rawValue
                table.add(item.mention.text, "\(item.mention.start)-\(item.mention.end)", String(item.mention.sentence),
                          item.name, item.kind.rawValue, rule)
            }
            print(table.render())
            let typed = facts.relations.filter(\.kind.isTyped).count
            print("\(facts.entities.count) entities, \(mentions.count) mentions, \(typed) typed relations, \(facts.relations.count - typed) co-mentions")
        }
    }
}

/// The JSON answer of `extract`.
struct ExtractAnswer: Encodable {
    struct Item: Encodable {
        var text: String
        var start: Int
        var end: Int
        var sentence: Int
        var entity: String
        var name: String
        var type: String
        var rule: String
        var detail: String?

        init(_ explanation: MentionExplanation) {
            text = explanation.mention.text
            start = explanation.mention.start
            end = explanation.mention.end
            sentence = explanation.mention.sentence
            entity = explanation.entity.rawValue
            name = explanation.name
            type = explanation.kind.rawValue
            rule = explanation.rule.rawValue
            detail = explanation.detail
        }
    }
    struct RelationItem: Encodable {
        var type: String
        var source: String
        var target: String
        var weight: Int
    }
    var document: Document
    var entities: [EntitySummary]
    var mentions: [Item]
    var relations: [RelationItem]
}
