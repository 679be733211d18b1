import ArgumentParser
import GraphCore
import QueryAnswers

extension LinkChart {
    /// Lists the entities of a corpus.
    struct Entities: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "entities",
            abstract: "List the people, places, agencies and events in the reports.",
            discussion: "Sorted by number of mentions, most mentioned first.")

        @Argument(help: ArgumentHelp("Folder of reports.", valueName: "corpus"))
        var corpus: String = "seeds"

        @Option(help: ArgumentHelp("Only entities of this type: \(EntityKind.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "type"))
        var type: EntityKind?

        @OptionGroup var store: StoreOptions

        @OptionGroup var output: OutputOptions

        func run() throws {
            let graph = try CorpusLoader.graph(corpus, db: store.db)
            let entities = graph.sortedEntities
                .filter { type == nil || $0.kind == type }
                .sorted { ($1.mentions.count, $0.name, $0.id) < ($0.mentions.count, $1.name, $1.id) }
            if output.json {
                try JSONOutput.print(entities.map(EntitySummary.init))
                return
            }
            var table = TextTable("NAME", "TYPE", "MENTIONS", "REPORTS", "ALIASES")
            for entity in entities {
                table.add(entity.name, entity.kind.rawValue, String(entity.mentions.count),
                          String(entity.documents.count), entity.aliases.abbreviatedList())
            }
            print(table.render())
            print("\(entities.count) entities")
        }
    }
}

extension EntityKind: ExpressibleByArgument {}
