import ArgumentParser
import GraphCore
import GraphQuery
import QueryAnswers

extension LinkChart {
    /// Lists the reports that name a set of entities.
    struct Reports: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reports",
            abstract: "List the reports that mention every NAME, with the sentences that name them.",
            discussion: """
                Reports where the entities share a sentence come first. A sentence's text is shown \
                when it supports a relation (the graph keeps sentence text as evidence); otherwise \
                the words that name the entity are shown.
                """)

        @Argument(help: "One or more entities (names, aliases or ids).")
        var names: [String]

        @OptionGroup var limit: LimitOptions
        @OptionGroup var corpus: CorpusOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard !names.isEmpty else { throw ValidationError("name at least one entity") }
        }

        func run() throws {
            let index = try CorpusLoader.index(corpus)
            let entities = try names.map(index.resolve)
            guard let answer = index.reports(mentioning: entities.map(\.id), limit: limit.limit) else { return }
            if output.json {
                try JSONOutput.print(ReportsAnswer(answer, entities: entities))
                return
            }
            let names = entities.map(\.name).joined(separator: " + ")
            print("\(names): \(answer.total) report\(answer.total == 1 ? "" : "s")")
            for match in answer.reports {
                print("")
                let date = match.document?.date.map { ", \($0)" } ?? ""
                print("\(match.document?.path ?? match.documentID.rawValue)\(date): \(match.document?.title ?? "")")
                for sentence in match.sentences {
                    let marker = sentence.entities.count == entities.count && entities.count > 1 ? "*" : " "
                    let text = sentence.text.map { "\"\($0.truncated(to: 220))\"" }
                        ?? "names " + sentence.mentions.map { "\"\($0.text)\"" }.joined(separator: ", ")
                    print(" \(marker) sentence \(sentence.index): \(text)")
                }
            }
            if entities.count > 1 { print(""); print("* the sentence names all of them") }
            if let more = LimitOptions.moreLine(answer.total - answer.reports.count) { print(more) }
        }
    }
}
