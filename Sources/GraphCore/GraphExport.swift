import Foundation

/// The graph JSON contract (`"format": "linkchart-graph"`), the file other tools and the
/// extraction scorer read.
///
/// Everything in it is sorted (documents, entities and relations by identifier, mentions
/// and evidence by report and position, object keys alphabetically), so exporting the
/// same corpus twice gives byte-identical files.
public struct GraphExport: Sendable, Codable {
    /// The value of the `format` field.
    public static let formatName = "linkchart-graph"
    /// The contract version this build writes and reads.
    public static let currentVersion = 1

    public var format: String
    public var version: Int
    public var documents: [Document]
    public var entities: [Entity]
    public var relations: [Relation]

    /// The export of `graph`.
    public init(_ graph: EntityGraph) {
        format = Self.formatName
        version = Self.currentVersion
        documents = graph.sortedDocuments
        entities = graph.sortedEntities
        relations = graph.sortedRelations
    }

    /// The graph the export describes.
    ///
    /// - Throws: ``GraphError/unsupportedFormat(format:version:)`` for other formats or
    ///   newer versions, ``GraphError/unknownEntity(_:)`` for a relation to a missing entity.
    public func graph() throws -> EntityGraph {
        guard format == Self.formatName, version <= Self.currentVersion else {
            throw GraphError.unsupportedFormat(format: format, version: version)
        }
        var graph = EntityGraph()
        for document in documents { graph.add(document) }
        for entity in entities { graph.add(entity) }
        for relation in relations { try graph.add(relation) }
        return graph
    }
}

extension EntityGraph {
    /// The graph as pretty-printed, deterministic JSON in the `linkchart-graph` contract:
    /// keys sorted, two-space indentation, a newline at the end.
    public func jsonData() throws -> Data {
        Data(GraphJSONWriter.write(GraphExport(self)))
    }

    /// Reads a graph written by ``jsonData()``.
    public init(jsonData: Data) throws {
        self = try JSONDecoder().decode(GraphExport.self, from: jsonData).graph()
    }
}
