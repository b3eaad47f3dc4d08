import ApplicationStatusDomain
import InngangModels
import InngangPostgres

/// Answers to reports sent with an `Idempotency-Key` (`report_idempotency`), per reporting
/// service. The request is remembered as a SHA-256 of its canonical form (case, kind, fields),
/// computed by PostgreSQL, so no report text is stored twice.
enum ReportIdempotency {
    enum Lookup: Equatable {
        /// The key is new for this service.
        case unused
        /// The same request was answered before: send this body again.
        case replay(String)
        /// The key was used for another request.
        case reusedForOtherRequest
    }

    static func lookup(service: ServiceCode, key: String, fingerprint: [UInt8], on connection: PostgresConnection) async throws -> Lookup {
        let rows = try await connection.query(
            """
            SELECT response, request_hash = sha256($3::bytea) FROM report_idempotency
            WHERE service = $1 AND idempotency_key = $2
            """,
            [service.rawValue, key, fingerprint])
        guard let row = rows.first else { return .unused }
        return try row.decode(1, as: Bool.self) ? .replay(try row.decode(0, as: String.self)) : .reusedForOtherRequest
    }

    /// Remembers the answer.
    ///
    /// - Returns: `false` when a concurrent request (for another case) claimed the key first.
    static func store(
        service: ServiceCode, key: String, fingerprint: [UInt8], caseID: CaseID, eventID: String, response: String,
        on connection: PostgresConnection
    ) async throws -> Bool {
        let result = try await connection.query(
            """
            INSERT INTO report_idempotency (service, idempotency_key, request_hash, case_id, event_id, response)
            VALUES ($1, $2, sha256($3::bytea), $4, $5, $6)
            ON CONFLICT DO NOTHING
            """,
            [service.rawValue, key, fingerprint, caseID.rawValue, eventID, response])
        return result.affectedRows == 1
    }
}
