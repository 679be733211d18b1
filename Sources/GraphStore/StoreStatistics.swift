import Foundation
import GRDB
import GraphCore

/// What `linkchart stats` prints: how much the store holds.
public struct StoreStatistics: Sendable, Codable, Equatable {
    /// The store's file.
    public var path: String
    /// Reports held.
    public var reports: Int
    /// Entities by type (`person`, `place`, `agency`, `event`).
    public var entities: [String: Int]
    /// Relations by type.
    public var relations: [String: Int]
    /// Bytes on disk: the database file and its write-ahead log.
    public var bytes: Int64
    /// When the last ingest that changed something finished, if any did.
    public var lastIngest: Date?
}

extension GraphStore {
    /// Counts of what the store holds.
    ///
    /// Entities and relations are counted as the graph the store gives (``graph()``) has
    /// them: an entity once however many reports name it, a relation once, and only when
    /// both its ends are entities. Only identifiers and types are decoded.
    ///
    /// - Complexity: O(N) in the size of the stored facts.
    public func statistics() throws -> StoreStatistics {
        try perform("counting") {
            try writer.read { db in
                var entities: [String: String] = [:]
                var relations: Set<RelationKey> = []
                let rows = try Row.fetchCursor(db, sql: "SELECT d.document_id, f.facts FROM documents d JOIN report_facts f ON f.document = d.id")
                while let row = try rows.next() {
                    let id: String = row[0]
                    let bytes = try row.withUnsafeData(atIndex: 1) { data in data.map { [UInt8]($0) } ?? [] }
                    do {
                        let keys = try FactsCodec.keys(bytes)
                        for entity in keys.entities where entities[entity.id] == nil { entities[entity.id] = entity.kind }
                        for relation in keys.relations {
                            relations.insert(RelationKey(kind: relation.kind, source: relation.source, target: relation.target))
                        }
                    } catch {
                        throw StoreError.failed(path: path, operation: "counting \(id)", reason: "\(error)")
                    }
                }
                var entityCounts: [String: Int] = [:]
                for kind in entities.values { entityCounts[kind, default: 0] += 1 }
                var relationCounts: [String: Int] = [:]
                for relation in relations where entities[relation.source] != nil && entities[relation.target] != nil {
                    relationCounts[relation.kind, default: 0] += 1
                }
                let last = try Double.fetchOne(db, sql: "SELECT MAX(finished_at) FROM ingests")
                return StoreStatistics(
                    path: path,
                    reports: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") ?? 0,
                    entities: entityCounts,
                    relations: relationCounts,
                    bytes: fileBytes(),
                    lastIngest: last.map(Date.init(timeIntervalSince1970:)))
            }
        }
    }

    /// A relation as the graph identifies it: its type and ends (symmetric relations have
    /// their ends in order already, as ``Relation`` keeps them).
    private struct RelationKey: Hashable {
        var kind: String
        var source: String
        var target: String
    }

    private func fileBytes() -> Int64 {
        ["", "-wal"].reduce(0) { total, suffix in
            let size = (try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? NSNumber)?.int64Value
            return total + (size ?? 0)
        }
    }
}
