/// Writes that create a record or a message (a caseworker's report, a consent request, a legal
/// basis) must carry an `Idempotency-Key`, so that a retry is answered from what the first request
/// stored and never records twice or notifies a family twice. Each service parses the header by its
/// own rules; this turns "absent" into the same `400` problem everywhere.
public enum IdempotencyKeyRequirement {
    /// `key` when present; `400` naming `what` (e.g. "report") when absent.
    public static func require(_ key: String?, per what: String) throws -> String {
        guard let key else {
            throw ProblemDetails.badRequest("Send an Idempotency-Key header (a new UUID for each \(what), the same one when retrying).")
        }
        return key
    }
}
