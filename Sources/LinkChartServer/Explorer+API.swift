import GraphCore
import GraphQuery
import QueryAnswers

extension Explorer {
    /// `GET /api/entities/{id or name}`: the entity as `entities --json` lists it.
    func apiEntity(_ name: String) throws(ServerError) -> EntitySummary {
        EntitySummary(try resolve(name))
    }

    /// `GET /api/neighbors?name=…`: the answer of `neighbors NAME --json`, with the same
    /// options (`depth`, `type`, `relation` (repeatable), `min_weight`, `limit`).
    func apiNeighbors(_ query: QueryParameters) throws(ServerError) -> NeighborsAnswer {
        let entity = try resolve(try query.required("name"))
        let depth = try query.integer("depth", in: 1...10, default: 1)
        let neighborQuery = NeighborQuery(
            depth: depth, kinds: try query.entityKind("type").map { [$0] }, relationKinds: try query.relationKinds("relation"),
            minimumWeight: try query.integer("min_weight", in: 1...Int.max, default: 1),
            limit: try query.optionalInteger("limit", in: 1...Int.max))
        guard let answer = index.neighbors(of: entity.id, neighborQuery) else { throw .noEntity(name: entity.id.rawValue, suggestions: []) }
        return NeighborsAnswer(answer, depth: depth, in: index)
    }

    /// `GET /api/path?from=…&to=…`: the answer of `path A B --json`, or with `all=true` of
    /// `path A B --all --json` (`max_length`, `limit`); `relation` filters both.
    func apiPath(_ query: QueryParameters) throws(ServerError) -> PathResponse {
        let start = try resolve(try query.required("from"))
        let goal = try resolve(try query.required("to"))
        let kinds = try query.relationKinds("relation")
        if try query.flag("all") {
            let maxLength = try query.integer("max_length", in: 1...8, default: 3)
            let limit = try query.integer("limit", in: 1...Int.max, default: 10)
            guard let set = index.allPaths(from: start.id, to: goal.id, maxLength: maxLength, limit: limit, relationKinds: kinds),
                  !set.paths.isEmpty else { throw .noPath(from: start, to: goal) }
            return .all(AllPathsAnswer(set, from: start, to: goal, maxLength: maxLength, in: index))
        }
        guard let path = index.shortestPath(from: start.id, to: goal.id, relationKinds: kinds) else { throw .noPath(from: start, to: goal) }
        return .one(PathAnswer(path, from: start, to: goal, in: index))
    }

    /// `GET /api/search?q=…`: the answer of `search TEXT --json` (`type`, `limit`, default 10).
    func apiSearch(_ query: QueryParameters) throws(ServerError) -> SearchAnswer {
        let text = try query.required("q")
        let hits = nameSearch.search(text, limit: try query.integer("limit", in: 1...1_000, default: 10),
                                     kinds: try query.entityKind("type").map { [$0] })
        return SearchAnswer(query: text, hits: hits)
    }

    /// `GET /api/timeline`: the answer of `timeline [NAME] --json` (`entity`, `limit`).
    func apiTimeline(_ query: QueryParameters) throws(ServerError) -> TimelineAnswer {
        let entity = try query.text("entity").map { (name: String) throws(ServerError) -> Entity in try resolve(name) }
        guard let timeline = index.timeline(of: entity?.id, limit: try query.optionalInteger("limit", in: 1...Int.max)) else {
            throw .noEntity(name: query.text("entity") ?? "", suggestions: [])
        }
        return TimelineAnswer(timeline, entity: entity)
    }
}

/// The answer of `/api/path`: one chain, or with `all=true` every chain found.
enum PathResponse: Encodable, Sendable {
    case one(PathAnswer)
    case all(AllPathsAnswer)

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .one(let answer): try answer.encode(to: encoder)
        case .all(let answer): try answer.encode(to: encoder)
        }
    }
}

/// The JSON body of an error from `/api/`.
struct APIError: Encodable, Sendable {
    var error: String
    var status: Int
    /// The closest names, for an unknown name.
    var suggestions: [EntityReference]?
    /// The entities an ambiguous name could mean.
    var candidates: [EntityReference]?

    init(_ error: ServerError) {
        self.error = error.description
        status = error.status.code
        switch error {
        case .noEntity(_, let entities): suggestions = entities.map(EntityReference.init)
        case .ambiguous(_, let entities): candidates = entities.map(EntityReference.init)
        default: break
        }
    }
}
