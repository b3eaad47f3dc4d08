import HTTPTypes
import Hummingbird
import IntakeDomain
import InngangService

extension HTTPField.Name {
    /// The client's key for a retry-safe `POST` (IETF draft *The Idempotency-Key HTTP Header Field*).
    static let idempotencyKey = HTTPField.Name("Idempotency-Key")!
    /// `true` on an answer replayed from an earlier request with the same key.
    static let idempotentReplayed = HTTPField.Name("Idempotent-Replayed")!
}

enum IdempotencyKeyHeader {
    /// The request's one `Idempotency-Key`, or a 400 problem (never echoing the value).
    static func key(of request: Request) throws -> IdempotencyKey {
        let values = request.headers[values: .idempotencyKey]
        guard !values.isEmpty else { throw IntakeProblems.badIdempotencyKey("The Idempotency-Key header is missing.") }
        guard values.count == 1 else { throw IntakeProblems.badIdempotencyKey("Send exactly one Idempotency-Key header.") }
        do { return try IdempotencyKey(values[0]) } catch {
            throw IntakeProblems.badIdempotencyKey(error.message)
        }
    }
}
