import Foundation
import InngangModels
import InngangPostgres

/// Filings sent with an `Idempotency-Key` (`filing_idempotency`), per appellant: the appeal the
/// key filed, the request as a SHA-256 of its canonical form (computed by PostgreSQL, so the
/// appeal's text is not stored twice) and the first answer as sent (kept for the record; a replay
/// answers with the appeal as it is now, see ``AppealFiling``).
enum FilingIdempotency {
    enum Lookup: Equatable {
        case unused
        /// The same request filed this appeal before: answer with it again.
        case replay(AppealID)
        /// The key was used for another request.
        case reusedForOtherRequest
    }

    /// Serialises requests with the same appellant and key until the transaction ends, so two
    /// concurrent retries cannot both file.
    static func lock(appellant: String, key: String, on connection: PostgresConnection) async throws {
        try await connection.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 7411))", [appellant + "\n" + key])
    }

    static func lookup(appellant: String, key: String, fingerprint: [UInt8], on connection: PostgresConnection) async throws -> Lookup {
        let rows = try await connection.query(
            """
            SELECT appeal_id, request_hash = sha256($3::bytea) FROM filing_idempotency
            WHERE appellant_pid = $1 AND idempotency_key = $2
            """,
            [appellant, key, fingerprint])
        guard let row = rows.first else { return .unused }
        return try row.decode(1, as: Bool.self) ? .replay(AppealID(try row.decode(0, as: UUID.self))) : .reusedForOtherRequest
    }

    static func store(appellant: String, key: String, fingerprint: [UInt8], appealID: AppealID, response: String,
                      on connection: PostgresConnection) async throws {
        try await connection.query(
            """
            INSERT INTO filing_idempotency (appellant_pid, idempotency_key, request_hash, appeal_id, response)
            VALUES ($1, $2, sha256($3::bytea), $4, $5)
            """,
            [appellant, key, fingerprint, appealID.rawValue, response])
    }
}
