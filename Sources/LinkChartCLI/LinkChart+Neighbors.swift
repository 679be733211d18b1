import ArgumentParser
import GraphCore

extension LinkChart {
    /// Shows what an entity is connected to.
    struct Neighbors: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the entities connected to NAME, with the relation and its evidence.",
            discussion: """
                NAME is matched against names and aliases, ignoring case and hyphens. Typed \
                relations (located_in, occurred_in) come before co-mentions, heavier before lighter.
                """)

        @Argument(help: "The entity's name, an alias, or its id.")
        var name: String

        @Option(help: "How many relations away to look.")
        var depth: Int = 1

        @Option(help: ArgumentHelp("Only neighbours of this type.", valueName: "type"))
        var type: EntityKind?

        @OptionGroup var corpus: CorpusOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard (1...10).contains(depth) else { throw ValidationError("--depth must be between 1 and 10") }
        }

        func run() throws {
            let graph = try CorpusLoader.graph(corpus.corpus)
            let entity = try graph.resolve(name)
            let neighbors = graph.neighbors(of: entity.id, depth: depth, kinds: type.map { [$0] })
            if output.json {
                try JSONOutput.print(NeighborsAnswer(entity: EntityReference(entity), depth: depth, neighbors: neighbors.map { neighbor in
                    NeighborsAnswer.Item(
                        entity: EntityReference(neighbor.entity), depth: neighbor.depth,
                        via: graph.entities[neighbor.via].map(EntityReference.init),
                        relation: neighbor.strongest.kind.rawValue, weight: neighbor.strongest.weight,
                        relations: neighbor.relations.map { .init(type: $0.kind.rawValue, weight: $0.weight) },
                        evidence: neighbor.strongest.evidence.first.map { EvidenceSummary($0, in: graph) })
                }))
                return
            }
            print("\(entity.name) (\(entity.kind.rawValue)): \(neighbors.count) connected within depth \(depth)")
            guard !neighbors.isEmpty else { return }
            var table = TextTable("NAME", "TYPE", "DEPTH", "RELATION", "WEIGHT", "EVIDENCE")
            for neighbor in neighbors {
                let relation = neighbor.strongest
                var kinds = relation.kind.rawValue
                if neighbor.relations.count > 1 { kinds += " +" + neighbor.relations.dropFirst().map(\.kind.rawValue).joined(separator: ",") }
                let evidence = relation.evidence.first.map { "[\($0.document)] " + $0.text.truncated(to: 100) } ?? ""
                table.add(neighbor.entity.name, neighbor.entity.kind.rawValue, String(neighbor.depth), kinds, String(relation.weight), evidence)
            }
            print(table.render())
        }
    }
}

/// The JSON answer of `neighbors`.
struct NeighborsAnswer: Encodable {
    struct Item: Encodable {
        struct RelationWeight: Encodable {
            var type: String
            var weight: Int
        }
        var entity: EntityReference
        var depth: Int
        var via: EntityReference?
        var relation: String
        var weight: Int
        var relations: [RelationWeight]
        var evidence: EvidenceSummary?
    }
    var entity: EntityReference
    var depth: Int
    var neighbors: [Item]
}
