import ArgumentParser
import GraphCore
import GraphQuery
import QueryAnswers

extension LinkChart {
    /// Shows what an entity is connected to.
    struct Neighbors: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "neighbors",
            abstract: "Show the entities connected to NAME, with the relation and its evidence.",
            discussion: """
                NAME is matched against names and aliases, ignoring case and hyphens. Nearest \
                first, then strongest: typed relations (located_in, occurred_in, participant, \
                member_of, leads, family, reported_by) before co-mentions, heavier before lighter. With --limit the rest \
                are counted.
                """)

        @Argument(help: "The entity's name, an alias, or its id.")
        var name: String

        @Option(help: "How many relations away to look.")
        var depth: Int = 1

        @Option(help: ArgumentHelp("Only neighbours of this type.", valueName: "type"))
        var type: EntityKind?

        @OptionGroup var relation: RelationFilterOptions

        @Option(name: .customLong("min-weight"), help: ArgumentHelp("Follow only relations supported by at least this many sentences.", valueName: "n"))
        var minWeight: Int = 1

        @OptionGroup var limit: LimitOptions
        @OptionGroup var corpus: CorpusOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard (1...10).contains(depth) else { throw ValidationError("--depth must be between 1 and 10") }
            guard minWeight >= 1 else { throw ValidationError("--min-weight must be at least 1") }
        }

        func run() throws {
            let index = try CorpusLoader.index(corpus)
            let entity = try index.resolve(name)
            let query = NeighborQuery(depth: depth, kinds: type.map { [$0] }, relationKinds: relation.kinds,
                                      minimumWeight: minWeight, limit: limit.limit)
            guard let answer = index.neighbors(of: entity.id, query) else { return }
            let neighbors = answer.neighbors
            if output.json {
                try JSONOutput.print(NeighborsAnswer(answer, depth: depth, in: index))
                return
            }
            print("\(entity.name) (\(entity.kind.rawValue)): \(answer.total) connected within depth \(depth)")
            guard !neighbors.isEmpty else { return }
            var table = TextTable("NAME", "TYPE", "DEPTH", "RELATION", "WEIGHT", "CONF", "EVIDENCE")
            for neighbor in neighbors {
                let relation = neighbor.strongest
                var kinds = relation.kind.rawValue
                if neighbor.relations.count > 1 { kinds += " +" + neighbor.relations.dropFirst().map(\.kind.rawValue).joined(separator: ",") }
                let evidence = relation.evidence.first.map { "[\($0.document)] " + $0.text.truncated(to: 100) } ?? ""
                // A participant's side: "participant (target: arrested)".
                if let first = relation.evidence.first(where: { $0.role != nil }), let role = first.role {
                    kinds = kinds.replacingFirst(relation.kind.rawValue, with: "\(relation.kind.rawValue) (\(role)\(first.roleWord.map { ": " + $0 } ?? ""))")
                }
                table.add(neighbor.entity.name, neighbor.entity.kind.rawValue, String(neighbor.depth), kinds, String(relation.weight),
                          String(relation.confidence), evidence)
            }
            print(table.render())
            if let more = LimitOptions.moreLine(answer.omitted) { print(more) }
        }
    }
}

extension String {
    /// The string with the first occurrence of `target` replaced.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
