import Foundation
import GraphCore

/// The decisions analysts made about one corpus, kept in a YAML file in the corpus folder.
///
/// The file is meant to be read by people and kept under version control beside the
/// reports: a comment at the top says what it is, decisions stay in the order they were
/// made, each with the same keys in the same order, and names are always quoted so that no
/// name (`yes`, `null`, `~`, `#`, a colon, a newline) can change what the file means.
public struct CurationFile: Sendable, Hashable {
    /// The file's name in the corpus folder.
    public static let defaultFileName = "linkchart-curation.yaml"
    /// The version of the file's layout this build writes and reads.
    public static let currentVersion = 1

    /// The decisions, in the order they were made and are applied.
    public var decisions: [CurationDecision]

    public init(decisions: [CurationDecision] = []) {
        self.decisions = decisions
    }

    /// Where the curation file of the corpus folder `corpus` is.
    public static func path(forCorpus corpus: String) -> String {
        (corpus as NSString).appendingPathComponent(defaultFileName)
    }

    /// The file at `path`; an empty one (no decisions) when there is no file yet.
    ///
    /// - Throws: ``CurationError`` naming the file and, for a bad decision, its number.
    public static func read(from path: String) throws -> CurationFile {
        guard FileManager.default.fileExists(atPath: path) else { return CurationFile() }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CurationError.io(file: path, reason: "cannot read: \(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CurationError.notYAML(file: path, reason: "the file is not UTF-8 text")
        }
        return try CurationFile(yaml: text, file: path)
    }

    /// Writes the file to `path`, replacing it in one step: a reader never sees half a file.
    public func write(to path: String) throws {
        let text = try yaml()
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CurationError.io(file: path, reason: "cannot write: \(error.localizedDescription)")
        }
    }

    /// The decisions that can be applied to facts; see ``FactsCurator``.
    public var curator: FactsCurator { FactsCurator(decisions) }
}
