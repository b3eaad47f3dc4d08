import Hummingbird
import Logging

/// Authenticates `Authorization: Bearer …` with the `TokenVerifier`. A request without a token
/// passes on without a caller (routes that need one call `context.requireCaller()`); a request
/// with an invalid token is refused with 401 at once.
public struct AuthenticationMiddleware: RouterMiddleware {
    public typealias Context = InngangRequestContext
    let verifier: TokenVerifier

    public init(verifier: TokenVerifier) { self.verifier = verifier }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization] else { return try await next(request, context) }
        guard header.count > 7, header.prefix(7).lowercased() == "bearer " else {
            throw ProblemDetails.unauthorized("The Authorization header must be 'Bearer <token>'.")
        }
        var context = context
        do {
            let caller = try await verifier.verify(String(header.dropFirst(7)))
            context.caller = caller
            context.logger[metadataKey: LogKey.caller] = .string(caller.auditReference)
        } catch {
            context.logger.notice("token refused", metadata: [LogKey.authReason: .string(error.reason.rawValue)])
            throw ProblemDetails.unauthorized("The bearer token was not accepted: \(error.description).")
        }
        return try await next(request, context)
    }
}
