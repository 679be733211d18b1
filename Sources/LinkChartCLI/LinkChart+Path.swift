import ArgumentParser
import GraphCore

extension LinkChart {
    /// Shows how two entities are connected.
    struct Path: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the shortest chain of relations from A to B, each hop with its evidence.",
            discussion: "Among chains of equal length, typed relations and better-supported links are preferred.")

        @Argument(help: "Where the chain starts (name, alias or id).")
        var from: String

        @Argument(help: "Where the chain ends (name, alias or id).")
        var to: String

        @OptionGroup var corpus: CorpusOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let graph = try CorpusLoader.graph(corpus.corpus)
            let start = try graph.resolve(from)
            let goal = try graph.resolve(to)
            guard let steps = graph.shortestPath(from: start.id, to: goal.id) else {
                throw CLIError.noPath(from: start.name, to: goal.name)
            }
            if output.json {
                try JSONOutput.print(PathAnswer(from: EntityReference(start), to: EntityReference(goal), hops: steps.compactMap { step in
                    guard let a = graph.entities[step.from], let b = graph.entities[step.to] else { return nil }
                    return PathAnswer.Hop(
                        from: EntityReference(a), to: EntityReference(b), relation: step.relation.kind.rawValue,
                        direction: step.relation.kind.isSymmetric ? "both" : (step.relation.source == step.from ? "forward" : "backward"),
                        weight: step.relation.weight, evidence: step.relation.evidence.map { EvidenceSummary($0, in: graph) })
                }))
                return
            }
            print("\(start.name) → \(goal.name): \(steps.count) hop\(steps.count == 1 ? "" : "s")")
            for (index, step) in steps.enumerated() {
                let a = graph.entities[step.from]?.name ?? step.from.rawValue
                let b = graph.entities[step.to]?.name ?? step.to.rawValue
                let arrow: String
                if step.relation.kind.isSymmetric {
                    arrow = "—\(step.relation.kind.rawValue)—"
                } else if step.relation.source == step.from {
                    arrow = "—\(step.relation.kind.rawValue)→"
                } else {
                    arrow = "←\(step.relation.kind.rawValue)—"
                }
                print("\(index + 1). \(a) \(arrow) \(b)  (weight \(step.relation.weight))")
                if let evidence = step.relation.evidence.first {
                    let path = graph.documents[evidence.document]?.path ?? evidence.document.rawValue
                    print("   \(path), sentence \(evidence.sentence): \"\(evidence.text.truncated(to: 220))\"")
                }
            }
        }
    }
}

/// The JSON answer of `path`.
struct PathAnswer: Encodable {
    struct Hop: Encodable {
        var from: EntityReference
        var to: EntityReference
        var relation: String
        /// `forward` when the relation reads from `from` to `to`, `backward` when it reads
        /// the other way, `both` for co-mentions.
        var direction: String
        var weight: Int
        var evidence: [EvidenceSummary]
    }
    var from: EntityReference
    var to: EntityReference
    var hops: [Hop]
}
