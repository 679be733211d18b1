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
    /// Entities and relations are counted in the graph the store gives (``graph()``), so
    /// the counts are exactly what the queries see.
    ///
    /// - Complexity: that of ``graph()``: every report's facts are read.
    public func statistics() throws -> StoreStatistics {
        let graph = try graph()
        var entities: [String: Int] = [:]
        for entity in graph.entities.values { entities[entity.kind.rawValue, default: 0] += 1 }
        var relations: [String: Int] = [:]
        for relation in graph.relations.values { relations[relation.kind.rawValue, default: 0] += 1 }
        return try perform("counting") {
            try writer.read { db in
                let last = try Double.fetchOne(db, sql: "SELECT MAX(finished_at) FROM ingests")
                return StoreStatistics(
                    path: path,
                    reports: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") ?? 0,
                    entities: entities,
                    relations: relations,
                    bytes: fileBytes(),
                    lastIngest: last.map(Date.init(timeIntervalSince1970:)))
            }
        }
    }

    private func fileBytes() -> Int64 {
        ["", "-wal"].reduce(0) { total, suffix in
            let size = (try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? NSNumber)?.int64Value
            return total + (size ?? 0)
        }
    }
}
