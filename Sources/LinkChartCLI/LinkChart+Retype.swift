import ArgumentParser
import Curation
import GraphCore

extension LinkChart {
    /// Records that an entity is of another kind.
    struct Retype: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "retype",
            abstract: "Change NAME's type (person, place, agency, event).",
            discussion: """
                The entity's id changes with its type (ids are type:name). If an entity of that \
                type and name exists, the two become one. Exit 2 when NAME names no entity or several.
                """)

        @Argument(help: "The entity (name, alias or id).")
        var name: String

        @Argument(help: ArgumentHelp("The new type: \(EntityKind.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "type"))
        var type: EntityKind

        @OptionGroup var decision: DecisionOptions
        @OptionGroup var corpus: CorpusOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            var session = try CurationSession(corpus)
            let entity = try session.resolve(name)
            guard entity.kind != type else {
                try session.reportNothing("\"\(entity.name)\" is already a\(type == .agency || type == .event ? "n" : "") \(type.rawValue)", json: output.json)
                return
            }
            let number = try session.record(.retype(CurationSession.handle(entity), to: type), decision)
            try session.report(number, json: output.json)
        }
    }
}
