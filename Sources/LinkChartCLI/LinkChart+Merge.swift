import ArgumentParser
import Curation

extension LinkChart {
    /// Records that two entities are one.
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Make B part of A: B's mentions, aliases and relations go to A, and B's name becomes an alias of A.",
            discussion: """
                The decision is kept in the corpus's curation file (linkchart-curation.yaml in the \
                corpus folder) and applied to every report each time the graph is built, from the \
                store or from the reports. Exit 2 when a name names no entity, several, or both \
                names are one entity already.
                """)

        @Argument(help: "The entity to keep (name, alias or id).")
        var keep: String

        @Argument(help: "The entity to merge into it.")
        var other: String

        @OptionGroup var decision: DecisionOptions
        @OptionGroup var corpus: CorpusOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            var session = try CurationSession(corpus)
            let a = try session.resolve(keep)
            let b = try session.resolve(other)
            guard a.id != b.id else { throw CurationCommandError.alreadyOne(keep, other, entity: "\(a.name) (id \(a.id))") }
            let number = try session.record(.merge(CurationSession.handle(b), into: CurationSession.handle(a)), decision)
            try session.report(number, json: output.json)
        }
    }
}
