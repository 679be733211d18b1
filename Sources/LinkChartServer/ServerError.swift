import GraphCore
import Hummingbird

/// What a request got wrong, or what the server could not do, with the HTTP status it
/// answers with and a message the user can act on.
///
/// Pages show the message (and any suggested entities as links); the JSON API answers
/// `{"error": message, "status": code, "suggestions": [...]}`.
public enum ServerError: Error, CustomStringConvertible, Sendable {
    /// A query parameter is missing, malformed or out of range (400).
    case badParameter(name: String, problem: String)
    /// No entity goes by the name (404); the closest names are suggested.
    case noEntity(name: String, suggestions: [Entity])
    /// Several entities go by the name (409); the candidates are listed.
    case ambiguous(name: String, candidates: [Entity])
    /// No report has this identifier (404).
    case noReport(String)
    /// The two entities are not connected (404).
    case noPath(from: Entity, to: Entity)
    /// No relation links the two entities directly (404, `explain`).
    case notLinked(Entity, Entity)
    /// No page at this address (404).
    case noPage(String)
    /// Graphviz could not lay out or render a diagram (500).
    case renderFailed(String)
    /// The router refused the request with this status (a method other than GET: 405).
    case refused(HTTPResponse.Status, method: String, path: String)

    /// The HTTP status of the answer.
    public var status: HTTPResponse.Status {
        switch self {
        case .badParameter: .badRequest
        case .noEntity, .noReport, .noPath, .notLinked, .noPage: .notFound
        case .ambiguous: .conflict
        case .renderFailed: .internalServerError
        case .refused(let status, _, _): status
        }
    }

    /// Entities the user may have meant: suggestions for a miss, candidates for an ambiguous name.
    public var entities: [Entity] {
        switch self {
        case .noEntity(_, let suggestions): suggestions
        case .ambiguous(_, let candidates): candidates
        default: []
        }
    }

    public var description: String {
        switch self {
        case .badParameter(let name, let problem):
            return "bad parameter \"\(name)\": \(problem)"
        case .noEntity(let name, let suggestions):
            return "no entity named \"\(name)\"" + (suggestions.isEmpty ? "" : "; did you mean one of the names below?")
        case .ambiguous(let name, let candidates):
            return "\"\(name)\" is ambiguous; it names \(candidates.count) entities. Choose one by its id."
        case .noReport(let id):
            return "no report \"\(id)\" in the corpus; reports are named by identifier, as listed on the home page"
        case .noPath(let from, let to):
            return "no chain of relations links \"\(from.name)\" and \"\(to.name)\""
        case .notLinked(let a, let b):
            return "no relation links \"\(a.name)\" and \"\(b.name)\" directly; /api/path shows longer chains"
        case .noPage(let path):
            return "no page at \(path); start from the home page or the search"
        case .renderFailed(let message):
            return "the diagram could not be drawn: \(message)"
        case .refused(let status, let method, let path):
            return "\(method) \(path): \(status.reasonPhrase); the explorer answers GET requests only"
        }
    }
}
