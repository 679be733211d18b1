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

extension Explorer {
    /// `GET /api/explain?from=…&to=…`: the answer of `explain A B --json`.
    func apiExplain(_ query: QueryParameters) throws(ServerError) -> ExplainAnswer {
        let a = try resolve(try query.required("from"))
        let b = try resolve(try query.required("to"))
        guard let explanation = index.explain(a.id, b.id), !explanation.items.isEmpty else { throw .notLinked(a, b) }
        return ExplainAnswer(explanation, from: a, to: b, in: graph)
    }

    /// `GET /api/common?first=…&second=…`: the answer of `common A B --json` (`limit`).
    func apiCommon(_ query: QueryParameters) throws(ServerError) -> CommonAnswer {
        let a = try resolve(try query.required("first"))
        let b = try resolve(try query.required("second"))
        let limit = try query.optionalInteger("limit", in: 1...Int.max)
        guard let common = index.commonNeighbors(a.id, b.id, limit: limit) else { throw .noEntity(name: a.id.rawValue, suggestions: []) }
        return CommonAnswer(common, first: a, second: b, in: graph)
    }

    /// `GET /api/reports?name=…[&name=…]`: the answer of `reports NAME… --json` (`limit`).
    func apiReports(_ query: QueryParameters) throws(ServerError) -> ReportsAnswer {
        let names = query.all("name")
        guard !names.isEmpty else { throw .badParameter(name: "name", problem: "give at least one entity (repeat name= for more)") }
        var entities: [Entity] = []
        for name in names { entities.append(try resolve(name)) }
        guard let matches = index.reports(mentioning: entities.map(\.id), limit: try query.optionalInteger("limit", in: 1...Int.max)) else {
            throw .noEntity(name: names.joined(separator: ", "), suggestions: [])
        }
        return ReportsAnswer(matches, entities: entities)
    }

    /// `GET /api/top`: the answer of `top --json` (`by` = degree, pagerank or betweenness; `type`; `limit`, default 10).
    func apiTop(_ query: QueryParameters) throws(ServerError) -> TopAnswer {
        let by: Centrality
        if let text = query.text("by") {
            guard let measure = Centrality(rawValue: text) else {
                throw .badParameter(name: "by", problem: "\"\(text.prefix(40))\" is not one of \(Centrality.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            by = measure
        } else {
            by = .degree
        }
        let kind = try query.entityKind("type")
        let ranking = index.top(by: by, kinds: kind.map { [$0] }, limit: try query.integer("limit", in: 1...10_000, default: 10))
        return TopAnswer(ranking, by: by, kind: kind)
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
