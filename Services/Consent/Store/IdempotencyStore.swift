import InngangPostgres

/// Answers to writes sent with an `Idempotency-Key` (`idempotency_keys`), per caller (`scope`,
/// the audit reference) and operation. The request is remembered as a SHA-256 of its canonical
/// form, computed by PostgreSQL, so no free text is stored twice.
///
/// Callers take ``lock(scope:operation:key:on:)`` first in the write's transaction, so two
/// concurrent requests with one key run one after the other: the second sees the first's answer.
enum IdempotencyStore {
    enum Lookup: Equatable {
        /// The key is new for this caller and operation.
        case unused
        /// The same request was answered before: send this answer again.
        case replay(status: Int, body: String)
        /// The key was used for another request.
        case reusedForOtherRequest
    }

    /// A transaction-scoped advisory lock on the key.
    static func lock(scope: String, operation: String, key: String, on conn: PostgresConnection) async throws {
        try await conn.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [scope + "\n" + operation + "\n" + key])
    }

    static func lookup(scope: String, operation: String, key: String, request: [UInt8],
                       on conn: PostgresConnection) async throws -> Lookup {
        let rows = try await conn.query("""
            SELECT status, response, request_hash = sha256($4::bytea) FROM idempotency_keys
            WHERE scope = $1 AND operation = $2 AND idempotency_key = $3
            """, [scope, operation, key, request])
        guard let row = rows.first else { return .unused }
        guard try row.decode(2, as: Bool.self) else { return .reusedForOtherRequest }
        return .replay(status: try row.decode(0, as: Int.self), body: try row.decode(1, as: String.self))
    }

    static func store(scope: String, operation: String, key: String, request: [UInt8], status: Int, body: String,
                      on conn: PostgresConnection) async throws {
        try await conn.query("""
            INSERT INTO idempotency_keys (scope, operation, idempotency_key, request_hash, status, response)
            VALUES ($1, $2, $3, sha256($4::bytea), $5, $6)
            """, [scope, operation, key, request, status, body])
    }
}
