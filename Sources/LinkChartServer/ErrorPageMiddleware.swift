import Hummingbird

/// Answers what no route handles in the explorer's own way: an error page, or JSON under
/// `/api/`, with the security headers. An unknown address is 404; a method other than GET
/// (which the router reports as an unknown address) is 405.
///
/// The route handlers never throw (they turn every ``ServerError`` into an answer), so
/// what reaches this middleware is the router's own 404 or 405, or a failure Hummingbird
/// reports; the server goes on serving after any of them.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    /// The names the error page's search box suggests.
    var suggestions: [Suggestion]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPResponseError {
            // Every route is GET, and the router answers any other method as an unknown address.
            let status: HTTPResponse.Status = error.status == .notFound && request.method != .get
                ? .methodNotAllowed : error.status
            let path = String(request.uri.path.prefix(200))
            let serverError: ServerError = status == .notFound
                ? .noPage(path)
                : .refused(status, method: request.method.rawValue, path: path)
            var response = request.uri.path.hasPrefix("/api/") || request.uri.path == "/api"
                ? ExplorerServer.json(APIError(serverError), status: status)
                : ExplorerServer.html(Explorer.errorPage(serverError), status: status, suggestions: suggestions)
            if status == .methodNotAllowed { response.headers[.allow] = "GET" }
            return response
        }
    }
}
