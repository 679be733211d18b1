import Hummingbird

/// Answers what no route handles (an unknown address, a method other than GET) in the
/// explorer's own way: an error page, or JSON under `/api/`, with the security headers.
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
            let status = error.status
            let path = String(request.uri.path.prefix(200))
            let serverError: ServerError = status == .notFound
                ? .noPage(path)
                : .badParameter(name: "request", problem: "\(request.method) \(path) answered \(status.code) \(status.reasonPhrase)")
            if request.uri.path.hasPrefix("/api/") || request.uri.path == "/api" {
                var response = ExplorerServer.json(APIError(serverError), status: status)
                response.status = status
                return response
            }
            return ExplorerServer.html(Explorer.errorPage(serverError), status: status, suggestions: suggestions)
        }
    }
}
