import ArgumentParser
import GraphCore
import GraphQuery
import QueryAnswers

extension LinkChart {
    /// Shows the entities linked to both of two others.
    struct Common: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "common",
            abstract: "Show the entities linked to both A and B, with the evidence on each side.",
            discussion: """
                Ranked by the weaker side: typed on both sides first, then typed on one, then by \
                the smaller weight.
                """)

        @OptionGroup var pair: EntityPairArguments

        @OptionGroup var limit: LimitOptions
        @OptionGroup var corpus: CorpusOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let index = try CorpusLoader.index(corpus)
            let (a, b) = try pair.resolve(in: index)
            guard let answer = index.commonNeighbors(a.id, b.id, limit: limit.limit) else { return }
            if output.json {
                try JSONOutput.print(CommonAnswer(answer, first: a, second: b, in: index.graph))
                return
            }
            print("\(a.name) and \(b.name): \(answer.total) entit\(answer.total == 1 ? "y" : "ies") linked to both")
            for neighbor in answer.neighbors {
                print("")
                print("\(neighbor.entity.name) (\(neighbor.entity.kind.rawValue))")
                for (end, relations) in [(a, neighbor.withFirst), (b, neighbor.withSecond)] {
                    guard let relation = relations.first else { continue }
                    let others = relations.count > 1 ? " +" + relations.dropFirst().map(\.kind.rawValue).joined(separator: ",") : ""
                    print("  \(end.name) \(RelationText.arrow(relation, from: end.id)) \(neighbor.entity.name)  (weight \(relation.weight))\(others)")
                    if let evidence = relation.evidence.first { print(RelationText.evidenceLine(evidence, in: index.graph, indent: "    ")) }
                }
            }
            if let more = LimitOptions.moreLine(answer.total - answer.neighbors.count) { print(""); print(more) }
        }
    }
}
