import HTTPTypes
import Hummingbird
import Logging

/// Propagates `X-Request-Id`: a well-formed incoming id is kept (so one id follows a request across
/// the portal and Inngang), otherwise Hummingbird's id is used. The id goes into every log line of
/// the request and back in the response header.
public struct RequestIDMiddleware: RouterMiddleware {
    public typealias Context = InngangRequestContext
    public static let header = HTTPField.Name("X-Request-Id")!

    public init() {}

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let incoming = request.headers[Self.header]
        let id = incoming.flatMap { Self.isWellFormed($0) ? $0 : nil } ?? context.id
        context.requestID = id
        context.logger[metadataKey: LogKey.requestID] = .string(id)
        var response = try await next(request, context)
        response.headers[Self.header] = id
        return response
    }

    /// 1–128 characters of letters, digits, `-`, `_` and `.`: nothing that could smuggle log lines.
    static func isWellFormed(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 128 && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
    }
}
