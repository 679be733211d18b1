import Dispatch
import Foundation
import GraphCore
import Hummingbird
import Logging
import QueryAnswers

/// The web server of `linkchart serve`: pages and a JSON API over one ``Explorer``.
///
/// | route | what |
/// |---|---|
/// | `GET /` | the corpus diagram, the most important entities, the reports |
/// | `GET /search?q=` | fuzzy search, each hit linked to its entity |
/// | `GET /entity/{id}` | ego diagram, relations by type with evidence; `depth`, `type`, `relation` |
/// | `GET /path?from=&to=` | the cheapest chain as a diagram and with its evidence |
/// | `GET /report/{id}` | the report's text with entities marked, and its diagram |
/// | `GET /timeline[?entity=]` | the events by date |
/// | `GET /api/entities/{id}`, `/api/neighbors`, `/api/path`, `/api/search`, `/api/timeline`, `/api/explain`, `/api/common`, `/api/reports`, `/api/top` | the CLI's `--json` answers |
///
/// Path segments are percent-decoded by the handlers (an id may hold `/` as `%2F`); query
/// values as browsers send forms. Unknown or ambiguous names answer 404 or 409 with the
/// entities meant, bad parameters 400; every answer carries a Content-Security-Policy
/// that allows no script.
public enum ExplorerServer {
    /// The router with every page and API route.
    public static func router(_ explorer: Explorer) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: ErrorPageMiddleware(suggestions: explorer.suggestions))
        router.get("/") { request, _ in await page(explorer, request) { _ throws(ServerError) in try explorer.homePage() } }
        router.get("/style.css") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
                     body: .init(byteBuffer: ByteBuffer(string: Stylesheet.css)))
        }
        router.get("/search") { request, _ in
            await page(explorer, request) { query throws(ServerError) in
                explorer.searchPage(query.text("q"), kind: try query.entityKind("type"), limit: try query.integer("limit", in: 1...200, default: 20))
            }
        }
        router.get("/entity/{id}") { request, context in
            let id = Result { () throws(ServerError) in try segment(context, "id") }
            return await page(explorer, request) { query throws(ServerError) in
                try explorer.entityPage(try id.get(), try Explorer.EntityFilters(query))
            }
        }
        router.get("/path") { request, _ in
            await page(explorer, request) { query throws(ServerError) in
                try explorer.pathPage(from: query.text("from"), to: query.text("to"), relationKinds: try query.relationKinds("relation"))
            }
        }
        router.get("/report/{id}") { request, context in
            let id = Result { () throws(ServerError) in try segment(context, "id") }
            return await page(explorer, request) { _ throws(ServerError) in try explorer.reportPage(try id.get()) }
        }
        router.get("/timeline") { request, _ in
            await page(explorer, request) { query throws(ServerError) in
                try explorer.timelinePage(query.text("entity"), limit: try query.integer("limit", in: 1...10_000, default: 500))
            }
        }
        router.get("/api") { request, _ in api(request) { _ throws(ServerError) in APIIndex() } }
        router.get("/api/entities/{id}") { request, context in
            api(request) { _ throws(ServerError) in try explorer.apiEntity(try segment(context, "id")) }
        }
        router.get("/api/neighbors") { request, _ in api(request) { query throws(ServerError) in try explorer.apiNeighbors(query) } }
        router.get("/api/path") { request, _ in api(request) { query throws(ServerError) in try explorer.apiPath(query) } }
        router.get("/api/search") { request, _ in api(request) { query throws(ServerError) in try explorer.apiSearch(query) } }
        router.get("/api/timeline") { request, _ in api(request) { query throws(ServerError) in try explorer.apiTimeline(query) } }
        router.get("/api/explain") { request, _ in api(request) { query throws(ServerError) in try explorer.apiExplain(query) } }
        router.get("/api/common") { request, _ in api(request) { query throws(ServerError) in try explorer.apiCommon(query) } }
        router.get("/api/reports") { request, _ in api(request) { query throws(ServerError) in try explorer.apiReports(query) } }
        router.get("/api/top") { request, _ in api(request) { query throws(ServerError) in try explorer.apiTop(query) } }
        return router
    }

    /// The application serving `explorer` on `host`:`port` (port 0 picks a free one);
    /// `onRunning` is told the port once the server listens.
    public static func application(
        _ explorer: Explorer, host: String, port: Int, logger: Logger? = nil, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        Application(
            router: router(explorer),
            configuration: .init(address: .hostname(host, port: port), serverName: "linkchart"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
            logger: logger)
    }

    /// The headers every answer carries: nothing may run scripts, load from elsewhere,
    /// frame the page or be sniffed as another type.
    static let securityHeaders: HTTPFields = [
        .contentSecurityPolicy:
            "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
        .xContentTypeOptions: "nosniff",
        HTTPFields.referrerPolicyName: "no-referrer",
    ]

    /// A page built from the request's query, or the error page of what went wrong.
    ///
    /// Pages may lay out a diagram, which blocks a thread while libgvc (one layout at a
    /// time) works or waits for its lock. So pages are built on Dispatch's threads, not on
    /// the few threads of Swift's cooperative pool: API queries and pages whose diagram is
    /// kept answer at once even while layouts queue.
    static func page(
        _ explorer: Explorer, _ request: Request, _ build: @escaping @Sendable (QueryParameters) throws(ServerError) -> HTMLPage
    ) async -> Response {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: pageNow(explorer, request, build))
            }
        }
    }

    private static func pageNow(_ explorer: Explorer, _ request: Request, _ build: (QueryParameters) throws(ServerError) -> HTMLPage) -> Response {
        do {
            let query = try QueryParameters(request.uri.query.map { $0[...] } ?? "")
            return html(try build(query), status: .ok, suggestions: explorer.suggestions)
        } catch {
            return html(Explorer.errorPage(error), status: error.status, suggestions: explorer.suggestions)
        }
    }

    /// A JSON answer built from the request's query, or the JSON error.
    static func api<T: Encodable>(_ request: Request, _ build: (QueryParameters) throws(ServerError) -> T) -> Response {
        do {
            let query = try QueryParameters(request.uri.query.map { $0[...] } ?? "")
            return json(try build(query), status: .ok)
        } catch {
            return json(APIError(error), status: error.status)
        }
    }

    static func html(_ page: HTMLPage, status: HTTPResponse.Status, suggestions: [Suggestion]) -> Response {
        var headers = securityHeaders
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: page.html(suggestions: suggestions))))
    }

    static func json(_ value: some Encodable, status: HTTPResponse.Status) -> Response {
        var headers = securityHeaders
        headers[.contentType] = "application/json; charset=utf-8"
        var buffer = ByteBuffer()
        do {
            buffer.writeBytes(try AnswerJSON.data(value))
        } catch {
            return Response(status: .internalServerError, headers: headers,
                            body: .init(byteBuffer: ByteBuffer(string: "{\"error\": \"the answer could not be encoded\", \"status\": 500}\n")))
        }
        buffer.writeString("\n")  // as the CLI prints it
        return Response(status: status, headers: headers, body: .init(byteBuffer: buffer))
    }

    /// A path parameter, percent-decoded.
    static func segment(_ context: BasicRequestContext, _ name: String) throws(ServerError) -> String {
        guard let raw = context.parameters.get(name), let decoded = Links.decode(raw[...]), !decoded.isEmpty else {
            throw .badParameter(name: name, problem: "it is not valid percent-encoded UTF-8")
        }
        return decoded
    }
}

extension HTTPFields {
    /// `Referrer-Policy`, which HTTPTypes does not name.
    static var referrerPolicyName: HTTPFields.Element.Name {
        // A constant, valid header name: the initialiser cannot fail on it.
        HTTPFields.Element.Name("Referrer-Policy") ?? .contentSecurityPolicy
    }
}
