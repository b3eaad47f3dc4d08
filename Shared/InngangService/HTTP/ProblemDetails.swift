import Foundation
import HTTPTypes
import Hummingbird

/// An RFC 9457 problem: the body of every error response (`application/problem+json`).
/// `detail` is written for the person or system calling and never contains personal data.
public struct ProblemDetails: Error, ResponseGenerator, Codable, Sendable, Equatable {
    public static let mediaType = "application/problem+json"

    public var type: String
    public var title: String
    public var status: Int
    public var detail: String?
    public var instance: String?
    /// Field-level problems for validation errors: pointer → message.
    public var errors: [FieldProblem]?

    public struct FieldProblem: Codable, Sendable, Equatable {
        public var pointer: String
        public var detail: String
        public init(pointer: String, detail: String) { self.pointer = pointer; self.detail = detail }
    }

    public init(type: String, title: String, status: Int, detail: String? = nil, instance: String? = nil, errors: [FieldProblem]? = nil) {
        self.type = type
        self.title = title
        self.status = status
        self.detail = detail
        self.instance = instance
        self.errors = errors
    }

    /// The problem type URI namespace; types are documented in docs/problems.md.
    public static func typeURI(_ slug: String) -> String { "https://inngang.no/problems/\(slug)" }

    public static func badRequest(_ detail: String, errors: [FieldProblem]? = nil) -> ProblemDetails {
        .init(type: typeURI("bad-request"), title: "The request is not valid", status: 400, detail: detail, errors: errors)
    }
    public static func validation(_ errors: [FieldProblem]) -> ProblemDetails {
        .init(type: typeURI("validation"), title: "Some fields are not valid", status: 422,
              detail: "See errors for each field.", errors: errors)
    }
    public static func unauthorized(_ detail: String) -> ProblemDetails {
        .init(type: typeURI("unauthorized"), title: "Authentication required", status: 401, detail: detail)
    }
    public static func forbidden(_ detail: String) -> ProblemDetails {
        .init(type: typeURI("forbidden"), title: "Not allowed", status: 403, detail: detail)
    }
    /// Also used for resources that exist but belong to someone else, so their existence is not revealed.
    public static func notFound(_ detail: String = "No such resource.") -> ProblemDetails {
        .init(type: typeURI("not-found"), title: "Not found", status: 404, detail: detail)
    }
    public static func conflict(_ detail: String) -> ProblemDetails {
        .init(type: typeURI("conflict"), title: "Conflict", status: 409, detail: detail)
    }
    public static func unavailable(_ detail: String) -> ProblemDetails {
        .init(type: typeURI("unavailable"), title: "Temporarily unavailable", status: 503, detail: detail)
    }
    public static func internalError(requestID: String) -> ProblemDetails {
        .init(type: typeURI("internal"), title: "Internal error", status: 500,
              detail: "Something went wrong on our side. Quote request id \(requestID) when contacting support.")
    }

    public var httpStatus: HTTPResponse.Status { HTTPResponse.Status(code: status) }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var body = self
        if body.instance == nil { body.instance = request.uri.path }
        let data = try encoder.encode(body)
        return Response(
            status: httpStatus,
            headers: [.contentType: Self.mediaType],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

