import GraphCore
import QueryAnswers

/// How the query commands write a relation as seen from one of its ends.
enum RelationText {
    /// `forward` when `relation` reads from `from`, `backward` when it reads towards it,
    /// `both` for co-mentions: the `direction` field of the JSON answers.
    static func direction(_ relation: Relation, from: EntityID) -> String {
        RelationSummary.direction(relation, from: from)
    }

    /// `—located_in→`, `←located_in—` or `—co_mentioned—`, read from `from`.
    static func arrow(_ relation: Relation, from: EntityID) -> String {
        switch direction(relation, from: from) {
        case "forward": "—\(relation.kind.rawValue)→"
        case "backward": "←\(relation.kind.rawValue)—"
        default: "—\(relation.kind.rawValue)—"
        }
    }

    /// One evidence line: the report's path (and date), the sentence and its text.
    static func evidenceLine(_ evidence: Evidence, in graph: EntityGraph, indent: String = "   ", width: Int = 220) -> String {
        let document = graph.documents[evidence.document]
        let path = document?.path ?? evidence.document.rawValue
        let date = document?.date.map { ", report dated \($0)" } ?? ""
        return "\(indent)\(path), sentence \(evidence.sentence)\(date): \"\(evidence.text.truncated(to: width))\"\(how(evidence))"
    }

    /// How the sentence was read: ` [event_agent 0.75: agent, "arrested"]`, or nothing
    /// when the graph does not record it.
    static func how(_ evidence: Evidence) -> String {
        guard let rule = evidence.rule else { return "" }
        var text = " [\(rule)"
        if let confidence = evidence.confidence { text += " \(confidence)" }
        if let role = evidence.role {
            text += ": \(role)"
            if let word = evidence.roleWord { text += ", \"\(word)\"" }
        }
        return text + "]"
    }
}
