/// The answer of `GET /api/`: the routes of the JSON API and their parameters, so a
/// client can find its way without the README.
struct APIIndex: Encodable, Sendable {
    struct Route: Encodable, Sendable {
        var path: String
        var parameters: [String]
        var answer: String
    }

    var routes: [Route] = [
        Route(path: "/api/entities/{id or name}", parameters: [], answer: "one entity as `linkchart entities --json` lists it"),
        Route(path: "/api/neighbors", parameters: ["name", "depth", "type", "relation (repeatable)", "min_weight", "limit"],
              answer: "`linkchart neighbors NAME --json`"),
        Route(path: "/api/path", parameters: ["from", "to", "relation (repeatable)", "all", "max_length", "limit"],
              answer: "`linkchart path A B --json`, or with all=true `path --all --json`"),
        Route(path: "/api/search", parameters: ["q", "type", "limit"], answer: "`linkchart search TEXT --json`"),
        Route(path: "/api/timeline", parameters: ["entity", "limit"], answer: "`linkchart timeline [NAME] --json`"),
        Route(path: "/api/explain", parameters: ["from", "to"], answer: "`linkchart explain A B --json`"),
        Route(path: "/api/common", parameters: ["first", "second", "limit"], answer: "`linkchart common A B --json`"),
        Route(path: "/api/reports", parameters: ["name (repeatable)", "limit"], answer: "`linkchart reports NAME… --json`"),
        Route(path: "/api/top", parameters: ["by", "type", "limit"], answer: "`linkchart top --json`"),
    ]
}
