import Foundation
import GraphCore
import Yams

extension CurationFile {
    /// The comment at the top of every curation file.
    static let header = """
        # linkchart curation file: corrections analysts made to the entities extracted from the
        # reports in this folder. linkchart applies them, in the order below, to every report
        # each time it builds the graph (from the store or from the reports themselves), so no
        # decision is lost when reports are re-read or re-extracted.
        #
        # Written by `linkchart merge`, `split`, `alias add`, `reject` and `retype`; listed by
        # `linkchart curation`. It may be edited by hand: a decision finds its entity by `id`
        # (`linkchart entities --json` shows ids); `name` is the name it had at the time.

        """

    /// The file's text: the header comment, then the decisions.
    public func yaml() throws -> String {
        let root = Node.Mapping([
            (Node("version"), Node(String(Self.currentVersion))),
            (Node("decisions"), Node(decisions.map(Self.node), Tag(.seq), .block)),
        ], Tag(.map), .block)
        // Unlimited width: a long note stays on one line instead of being folded.
        return Self.header + (try serialize(node: .mapping(root), width: -1, allowUnicode: true))
    }

    /// Reads the text of a curation file; `file` names it in errors.
    public init(yaml text: String, file: String) throws {
        let root: Node?
        do {
            root = try compose(yaml: text)
        } catch {
            throw CurationError.notYAML(file: file, reason: "\(error)")
        }
        guard let root else {
            self.init()  // Only comments, or nothing: no decisions yet.
            return
        }
        guard let mapping = root.mapping else {
            throw CurationError.unsupported(file: file, reason: "expected a mapping with `version` and `decisions` at the top")
        }
        let version = mapping["version"]?.scalar?.string
        guard version == String(Self.currentVersion) else {
            throw CurationError.unsupported(
                file: file, reason: "version is \(version.map { "\"\($0)\"" } ?? "missing"); this build reads version \(Self.currentVersion)")
        }
        for key in mapping.keys.compactMap(\.scalar?.string) where !["version", "decisions"].contains(key) {
            throw CurationError.unsupported(file: file, reason: "unknown key \"\(key)\" at the top; expected `version` and `decisions`")
        }
        var decisions: [CurationDecision] = []
        if let list = mapping["decisions"], !Self.isNull(list) {
            guard let items = list.sequence else {
                throw CurationError.unsupported(file: file, reason: "`decisions` must be a list")
            }
            for (offset, item) in items.enumerated() {
                decisions.append(try DecisionReader(node: item, file: file, number: offset + 1).decision())
            }
        }
        self.init(decisions: decisions)
    }

    /// A decision as a mapping with its keys in a fixed order: action, the entity, what the
    /// action needs, then when, who and why.
    private static func node(_ decision: CurationDecision) -> Node {
        var pairs: [(Node, Node)] = [(Node("action"), Node(decision.action.verb))]
        let entity = decision.action.entity
        pairs.append((Node("id"), quoted(entity.id.rawValue)))
        pairs.append((Node("name"), quoted(entity.name)))
        switch decision.action {
        case .merge(_, let into):
            pairs.append((Node("into_id"), quoted(into.id.rawValue)))
            pairs.append((Node("into"), quoted(into.name)))
        case .split(_, let report):
            pairs.append((Node("report"), quoted(report.rawValue)))
        case .alias(_, let alias):
            pairs.append((Node("alias"), quoted(alias)))
        case .reject:
            break
        case .retype(_, let kind):
            pairs.append((Node("type"), Node(kind.rawValue)))
        }
        pairs.append((Node("made"), Node(DecisionReader.dateFormat.string(from: decision.made))))
        if let by = decision.by { pairs.append((Node("by"), quoted(by))) }
        if let note = decision.note { pairs.append((Node("note"), quoted(note))) }
        return Node.mapping(Node.Mapping(pairs, Tag(.map), .block))
    }

    /// Text from reports or analysts, always double-quoted: the only YAML style in which
    /// every string (newlines, `#`, `: `, `yes`, `~`, leading spaces, control characters)
    /// reads back exactly as written.
    private static func quoted(_ text: String) -> Node {
        .scalar(Node.Scalar(text, Tag(.str), .doubleQuoted))
    }

    /// An unquoted `null`, `~` or nothing.
    static func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}

/// Reads one decision's mapping, naming the decision's number in every complaint.
private struct DecisionReader {
    static let keys: [String: Set<String>] = [
        "merge": ["into_id", "into"], "split": ["report"], "alias": ["alias"], "reject": [], "retype": ["type"],
    ]
    static let common: Set<String> = ["action", "id", "name", "made", "by", "note"]

    /// ISO 8601 in UTC to the second, as the file writes `made`.
    static var dateFormat: ISO8601DateFormatter {
        let format = ISO8601DateFormatter()
        format.formatOptions = [.withInternetDateTime]
        return format
    }

    let node: Node
    let file: String
    let number: Int

    func fail(_ reason: String) -> CurationError {
        .badDecision(file: file, number: number, reason: reason)
    }

    func decision() throws -> CurationDecision {
        guard let mapping = node.mapping else { throw fail("expected a mapping of keys (action, id, name, made, …)") }
        let verb = try required("action", in: mapping)
        guard let extra = Self.keys[verb] else {
            throw fail("unknown action \"\(verb)\"; use one of merge, split, alias, reject, retype")
        }
        for key in mapping.keys.compactMap(\.scalar?.string) where !Self.common.contains(key) && !extra.contains(key) {
            throw fail("unknown key \"\(key)\" for \(verb); its keys are \((Self.common.union(extra)).sorted().joined(separator: ", "))")
        }
        let entity = EntityHandle(id: EntityID(rawValue: try required("id", in: mapping)), name: try required("name", in: mapping))
        let action: CurationAction
        switch verb {
        case "merge":
            action = .merge(entity, into: EntityHandle(id: EntityID(rawValue: try required("into_id", in: mapping)),
                                                          name: try required("into", in: mapping)))
        case "split":
            action = .split(entity, report: DocumentID(rawValue: try required("report", in: mapping)))
        case "alias":
            action = .alias(entity, alias: try required("alias", in: mapping))
        case "retype":
            let type = try required("type", in: mapping)
            guard let kind = EntityKind(rawValue: type) else {
                throw fail("unknown type \"\(type)\"; use one of \(EntityKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            action = .retype(entity, to: kind)
        default:
            action = .reject(entity)
        }
        let madeText = try required("made", in: mapping)
        guard let made = Self.date(madeText) else {
            throw fail("`made` is \"\(madeText)\", not a date like 2026-10-01T09:30:00Z or 2026-10-01")
        }
        return CurationDecision(action, made: made, by: try optional("by", in: mapping), note: try optional("note", in: mapping))
    }

    private func required(_ key: String, in mapping: Node.Mapping) throws -> String {
        guard let value = try optional(key, in: mapping), !value.isEmpty else {
            throw fail("`\(key)` is missing or empty (quote a name like \"null\" or \"~\" to keep it as text)")
        }
        return value
    }

    private func optional(_ key: String, in mapping: Node.Mapping) throws -> String? {
        guard let node = mapping[key], !CurationFile.isNull(node) else { return nil }
        guard let scalar = node.scalar else { throw fail("`\(key)` must be text, not a list or mapping") }
        return scalar.string
    }

    /// A full timestamp, or a day (taken as midnight UTC).
    private static func date(_ text: String) -> Date? {
        if let date = dateFormat.date(from: text) { return date }
        let day = ISO8601DateFormatter()
        day.formatOptions = [.withFullDate]
        return day.date(from: text)
    }
}
