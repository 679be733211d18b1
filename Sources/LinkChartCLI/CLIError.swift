import GraphCore

/// Errors the commands report, each with the exit code it maps to.
enum CLIError: Error, CustomStringConvertible {
    /// No report could be read; the problems say why.
    case nothingRead(String)
    /// No report of the corpus has this identifier or file name.
    case noReport(name: String, known: [String])
    /// Nothing in the graph goes by the name; the closest names are suggested.
    case noEntity(name: String, suggestions: [Entity])
    /// Several entities go by the name.
    case ambiguous(name: String, candidates: [Entity])
    /// The two entities are not connected.
    case noPath(from: String, to: String)
    /// The two entities share no relation (`explain`).
    case notLinked(String, String)
    /// A file could not be written.
    case cannotWrite(path: String, reason: String)
    /// Graphviz could not lay out or render the diagram.
    case renderFailed(String)
    /// `--db` names a file that does not exist.
    case noStore(String)
    /// `serve` could not listen or stopped with an error.
    case serveFailed(host: String, port: Int, reason: String)

    var exitCode: Int32 {
        switch self {
        case .nothingRead, .cannotWrite, .renderFailed, .noStore, .serveFailed: 1
        case .noEntity, .ambiguous, .noReport: 2
        case .noPath, .notLinked: 3
        }
    }

    var description: String {
        switch self {
        case .nothingRead(let corpus):
            return "no report could be read from \(corpus)"
        case .noEntity(let name, let suggestions):
            var text = "no entity named \"\(name)\""
            if !suggestions.isEmpty {
                text += "; did you mean: " + suggestions.map { "\"\($0.name)\" (\($0.kind.rawValue))" }.joined(separator: ", ") + "?"
            }
            return text
        case .ambiguous(let name, let candidates):
            var lines = ["\"\(name)\" is ambiguous; it names \(candidates.count) entities:"]
            for entity in candidates {
                // The reports where the entity is named by this very form, when it is.
                let byForm = Set(entity.mentions.filter { NameKey($0.text) == NameKey(name) }.map(\.document)).sorted()
                let reports = (byForm.isEmpty ? entity.documents : byForm).map(\.rawValue).joined(separator: ", ")
                lines.append("  \(entity.name) (\(entity.kind.rawValue), id \(entity.id)) in \(reports.isEmpty ? "no report" : reports)")
            }
            lines.append("Use a full name or an id to choose one.")
            return lines.joined(separator: "\n")
        case .noReport(let name, let known):
            let listed = known.prefix(5).joined(separator: ", ") + (known.count > 5 ? ", … (\(known.count) in all)" : "")
            return "no report \"\(name)\" in the corpus; reports are named by identifier or file name: \(listed)"
        case .noPath(let from, let to):
            return "no chain of relations links \"\(from)\" and \"\(to)\""
        case .notLinked(let a, let b):
            return "no relation links \"\(a)\" and \"\(b)\" directly; `linkchart path` shows longer chains"
        case .cannotWrite(let path, let reason):
            return "\(path): cannot write: \(reason)"
        case .renderFailed(let message):
            return "rendering failed: \(message)"
        case .noStore(let path):
            return "no store at \(path); create it with `linkchart ingest CORPUS --db \(path)`"
        case .serveFailed(let host, let port, let reason):
            return "cannot serve on \(host):\(port): \(reason); is another program using the port? Try --port with another number, or 0 for any free one"
        }
    }
}
