import ArgumentParser
import Foundation
import GraphCore
import GraphQuery
import QueryAnswers

extension LinkChart {
    /// Finds entities by a half-remembered or differently spelt name.
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "search",
            abstract: "Find entities whose names or aliases match TEXT, allowing typos and romanisation variants.",
            discussion: """
                Case, hyphens, spacing and apostrophes do not matter, nor do the spellings that \
                romanisations of Korean differ on (K/G, T/D, P/B, L/R, Ch/J, Sh/S, eo/o, oe/oi). \
                Each hit has a score from 0 to 1 and says how it matched: exact, spacing, \
                spelling, prefix, contains or typo.
                """)

        @Argument(help: "The name, or part of it, as you remember it.")
        var text: String

        @Option(help: ArgumentHelp("Only entities of this type.", valueName: "type"))
        var type: EntityKind?

        @Option(help: ArgumentHelp("How many hits to show.", valueName: "n"))
        var limit: Int = 10

        @OptionGroup var corpus: CorpusOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
            guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("give some text to search for") }
        }

        func run() throws {
            let index = try CorpusLoader.index(corpus)
            let hits = NameSearch(index).search(text, limit: limit, kinds: type.map { [$0] })
            if output.json {
                try JSONOutput.print(SearchAnswer(query: text, hits: hits))
                return
            }
            guard !hits.isEmpty else {
                print("no entity name matches \"\(text)\"")
                return
            }
            var table = TextTable("NAME", "TYPE", "SCORE", "MATCH", "MATCHED FORM")
            for hit in hits {
                table.add(hit.entity.name, hit.entity.kind.rawValue, String(format: "%.2f", hit.score), hit.match.rawValue, hit.form)
            }
            print(table.render())
        }
    }
}
