import ArgumentParser
import Curation

extension LinkChart {
    /// Records that something extraction took for an entity is none.
    struct Reject: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reject",
            abstract: "Mark NAME as not an entity: it is dropped with its relations from every report.",
            discussion: "`linkchart curation remove N` undoes it. Exit 2 when NAME names no entity or several.")

        @Argument(help: "The entity (name, alias or id).")
        var name: String

        @OptionGroup var decision: DecisionOptions
        @OptionGroup var corpus: CorpusOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            var session = try CurationSession(corpus)
            let entity = try session.resolve(name)
            let number = try session.record(.reject(CurationSession.handle(entity)), decision)
            try session.report(number, json: output.json)
        }
    }
}
