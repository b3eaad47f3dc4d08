import Foundation
import Hummingbird
import Logging

/// Turns every error thrown below it into an RFC 9457 `application/problem+json` response.
/// Unknown errors become a 500 whose detail carries only the request id; the log line names the
/// error's type, never its text (which could carry personal data from a driver or decoder).
public struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    public init() {}

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let problem as ProblemDetails {
            return try problem.response(from: request, context: context)
        } catch let error as AuthenticationError {
            return try ProblemDetails.unauthorized(error.description).response(from: request, context: context)
        } catch let error as DecodingError {
            return try ProblemDetails.badRequest(Self.describe(error)).response(from: request, context: context)
        } catch let error as any HTTPResponseError {
            let detail: String? = switch error.status.code {
            case 404: "No such resource."
            case 405: "This method is not allowed here."
            case 413: "The request body is too large."
            default: (error as? HTTPError)?.body
            }
            let problem = ProblemDetails(
                type: ProblemDetails.typeURI(error.status.code == 404 ? "not-found" : "http-\(error.status.code)"),
                title: error.status.reasonPhrase, status: error.status.code, detail: detail)
            return try problem.response(from: request, context: context)
        } catch {
            context.logger.error("unhandled error", metadata: [LogKey.errorType: "\(String(reflecting: type(of: error)))"])
            let requestID = context.logger[metadataKey: LogKey.requestID]?.description ?? context.id
            return try ProblemDetails.internalError(requestID: requestID).response(from: request, context: context)
        }
    }

    /// Describes a JSON decoding failure by its path only: values are never echoed back.
    static func describe(_ error: DecodingError) -> String {
        func path(_ codingPath: [any CodingKey]) -> String {
            codingPath.isEmpty ? "the body" : "/" + codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: "/")
        }
        switch error {
        case .keyNotFound(let key, let ctx): return "Missing field \(path(ctx.codingPath + [key]))."
        case .typeMismatch(_, let ctx): return "Wrong type at \(path(ctx.codingPath))."
        case .valueNotFound(_, let ctx): return "Missing value at \(path(ctx.codingPath))."
        case .dataCorrupted(let ctx): return ctx.codingPath.isEmpty ? "The body is not valid JSON." : "Invalid value at \(path(ctx.codingPath))."
        @unknown default: return "The body could not be decoded."
        }
    }
}
