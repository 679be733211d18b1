import ArgumentParser
import GraphCore
import GraphQuery
import QueryAnswers

extension LinkChart {
    /// Shows every sentence that links two entities.
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "explain",
            abstract: "Show every piece of evidence linking A and B: report, date, sentence, and how it was found.",
            discussion: """
                Typed relations come first, then co-mentions (the two are only named in the same \
                sentence). Exits with 3 when A and B are not linked directly; try `path`.
                """)

        @OptionGroup var pair: EntityPairArguments

        @OptionGroup var corpus: CorpusOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let index = try CorpusLoader.index(corpus)
            let (a, b) = try pair.resolve(in: index)
            guard let explanation = index.explain(a.id, b.id), !explanation.items.isEmpty else {
                throw CLIError.notLinked(a.name, b.name)
            }
            if output.json {
                try JSONOutput.print(ExplainAnswer(explanation, from: a, to: b, in: index.graph))
                return
            }
            let reports = Set(explanation.items.map(\.evidence.document)).count
            print("\(a.name) — \(b.name): \(explanation.items.count) sentence\(explanation.items.count == 1 ? "" : "s") in \(reports) report\(reports == 1 ? "" : "s")")
            var current: String?
            for item in explanation.items {
                if item.relation.id != current {
                    current = item.relation.id
                    let how = item.relation.kind.isTyped ? "" : " (only named in the same sentence)"
                    let support = item.relation.isSingleSource ? ", single source" : ", \(item.relation.reportCount) reports"
                    print("\(a.name) \(RelationText.arrow(item.relation, from: a.id)) \(b.name), weight \(item.relation.weight), confidence \(item.relation.confidence)\(support)\(how)")
                }
                print(RelationText.evidenceLine(item.evidence, in: index.graph, indent: "  ", width: 400))
            }
        }
    }
}
