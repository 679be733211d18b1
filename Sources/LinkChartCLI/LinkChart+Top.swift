import ArgumentParser
import GraphCore
import GraphQuery
import QueryAnswers

extension Centrality: ExpressibleByArgument {}

extension LinkChart {
    /// Ranks the entities that matter most.
    struct Top: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "top",
            abstract: "Rank the entities that matter most: by degree, PageRank or betweenness.",
            discussion: """
                degree: how many entities it is linked to. pagerank: weighted PageRank \
                (damping 0.85), linked to by well-linked entities along well-supported relations. \
                betweenness: how many shortest chains between others pass through it (Brandes); \
                exact on small graphs, estimated from a fixed, seeded sample of sources on large \
                ones (the answer says which).
                """)

        @Option(help: ArgumentHelp("Only rank entities of this type.", valueName: "type"))
        var type: EntityKind?

        @Option(help: ArgumentHelp("degree, pagerank or betweenness.", valueName: "measure"))
        var by: Centrality = .degree

        @Option(help: ArgumentHelp("How many to show.", valueName: "n"))
        var limit: Int = 10

        @OptionGroup var corpus: CorpusOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
        }

        func run() throws {
            let index = try CorpusLoader.index(corpus)
            let ranking = index.top(by: by, kinds: type.map { [$0] }, limit: limit)
            if output.json {
                try JSONOutput.print(TopAnswer(ranking, by: by, kind: type))
                return
            }
            var table = TextTable("RANK", "NAME", "TYPE", by.rawValue.uppercased())
            for (rank, item) in ranking.entities.enumerated() {
                table.add(String(rank + 1), item.entity.name, item.entity.kind.rawValue, Self.format(item.score, by))
            }
            print(table.render())
            var footer = "\(ranking.entities.count) of \(ranking.total) \(type.map { "\($0.rawValue) " } ?? "")entities"
            if let sources = ranking.sources, !ranking.exact {
                footer += "; betweenness estimated from \(sources) sampled sources (seeded, the same on every run)"
            }
            print(footer)
        }

        static func format(_ score: Double, _ measure: Centrality) -> String {
            switch measure {
            case .degree: String(Int(score))
            case .pagerank: String(format: "%.5f", score)
            case .betweenness: String(format: "%.1f", score)
            }
        }
    }
}
