import ArgumentParser
import GraphCore
import GraphQuery
import QueryAnswers

extension LinkChart {
    /// Shows the entities linked to both of two others.
    struct Common: ParsableCommand {
        static let configuration = CommandConfiguration(
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
                try JSONOutput.print(CommonAnswer(
                    first: EntityReference(a), second: EntityReference(b), total: answer.total,
                    common: answer.neighbors.map { neighbor in
                        CommonAnswer.Item(entity: EntityReference(neighbor.entity),
                                          withFirst: neighbor.withFirst.map { RelationSummary($0, from: a.id, in: index.graph) },
                                          withSecond: neighbor.withSecond.map { RelationSummary($0, from: b.id, in: index.graph) })
                    }))
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

/// The JSON answer of `common`.
struct CommonAnswer: Encodable {
    struct Item: Encodable {
        var entity: EntityReference
        var withFirst: [RelationSummary]
        var withSecond: [RelationSummary]

        enum CodingKeys: String, CodingKey {
            case entity
            case withFirst = "with_first"
            case withSecond = "with_second"
        }
    }
    var first: EntityReference
    var second: EntityReference
    var total: Int
    var common: [Item]
}
