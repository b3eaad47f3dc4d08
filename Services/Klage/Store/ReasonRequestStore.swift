import Foundation
import InngangModels
import InngangPostgres
import KlageDomain

/// One row of `reason_requests`: a party's request for the reasons for a decision
/// (forvaltningsloven § 24 second paragraph) and when the reasons were given.
struct StoredReasonRequest: Sendable {
    var reasonRequestID: ReasonRequestID
    var caseID: CaseID
    var decisionID: DecisionID
    var service: ServiceCode
    var requesterPID: String
    var requestedAt: Date
    /// Whether it interrupted the deadline on the facts known when it was made (for the record;
    /// the rules are applied again to the facts known now, see ``ReasonsRequestRule``).
    var inTimeAtRequest: Bool
    /// When the reasons were given (server time of `POST …/answered`): the new deadline runs from this day.
    var answeredAt: Date?
    /// `Caller.auditReference` of the employee who recorded it.
    var answeredBy: String?

    /// The request as the rules see it (``NoticeFacts/reasonsRequest``).
    var facts: ReasonsRequest { ReasonsRequest(requestedAt: requestedAt, reasonsDeliveredAt: answeredAt) }
}

/// `reason_requests`: SQL for requests for reasons, each statement on the caller's connection
/// (inside the caller's transaction). Parameters are always bound.
enum ReasonRequestStore {
    /// The constraint that allows one request per party and decision.
    static let onePerParty = "reason_requests_one_per_party_idx"

    static let columns = """
        reason_request_id, case_id, decision_id, service, requester_pid, requested_at, in_time_at_request, answered_at, answered_by
        """

    /// Stores a new request; with an `Idempotency-Key`, the key and the request's SHA-256
    /// (computed by PostgreSQL) so a retry finds it.
    static func insert(_ request: StoredReasonRequest, key: String?, fingerprint: [UInt8]?, on connection: PostgresConnection) async throws {
        try await connection.query(
            """
            INSERT INTO reason_requests (\(columns), idempotency_key, request_hash)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, sha256($11::bytea))
            """,
            [request.reasonRequestID.rawValue, request.caseID.rawValue, request.decisionID.rawValue, request.service.rawValue,
             request.requesterPID, request.requestedAt, request.inTimeAtRequest, request.answeredAt, request.answeredBy,
             key, key == nil ? nil : fingerprint])
    }

    /// Records when the reasons were given (the row was locked by ``load(_:forUpdate:on:)``).
    static func markAnswered(_ id: ReasonRequestID, at time: Date, by actor: String, on connection: PostgresConnection) async throws {
        try await connection.query(
            "UPDATE reason_requests SET answered_at = $2, answered_by = $3 WHERE reason_request_id = $1 AND answered_at IS NULL",
            [id.rawValue, time, actor])
    }

    /// The case a request belongs to, without locking (to take the case lock first).
    static func caseID(of id: ReasonRequestID, on connection: PostgresConnection) async throws -> CaseID? {
        let rows = try await connection.query("SELECT case_id FROM reason_requests WHERE reason_request_id = $1", [id.rawValue])
        return try rows.first.map { CaseID(try $0.decode(0, as: UUID.self)) }
    }

    static func load(_ id: ReasonRequestID, forUpdate: Bool = false, on connection: PostgresConnection) async throws -> StoredReasonRequest? {
        let rows = try await connection.query(
            "SELECT \(columns) FROM reason_requests WHERE reason_request_id = $1" + (forUpdate ? " FOR UPDATE" : ""), [id.rawValue])
        return try rows.first.map(decode)
    }

    /// `party`'s request for the reasons for `decisionID`, if any.
    static func ofParty(_ party: String, decisionID: DecisionID, on connection: PostgresConnection) async throws -> StoredReasonRequest? {
        let rows = try await connection.query(
            "SELECT \(columns) FROM reason_requests WHERE decision_id = $1 AND requester_pid = $2", [decisionID.rawValue, party])
        return try rows.first.map(decode)
    }

    // MARK: Idempotency-Key

    enum Lookup: Equatable {
        case unused
        /// The same request made this one before: answer with it again.
        case replay(ReasonRequestID)
        /// The key was used for another request.
        case reusedForOtherRequest
    }

    /// Serialises requests with the same requester and key until the transaction ends.
    static func lock(requester: String, key: String, on connection: PostgresConnection) async throws {
        try await connection.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 7412))", [requester + "\n" + key])
    }

    static func lookup(requester: String, key: String, fingerprint: [UInt8], on connection: PostgresConnection) async throws -> Lookup {
        let rows = try await connection.query(
            """
            SELECT reason_request_id, request_hash = sha256($3::bytea) FROM reason_requests
            WHERE requester_pid = $1 AND idempotency_key = $2
            """,
            [requester, key, fingerprint])
        guard let row = rows.first else { return .unused }
        return try row.decode(1, as: Bool.self) ? .replay(ReasonRequestID(try row.decode(0, as: UUID.self))) : .reusedForOtherRequest
    }

    // MARK: decoding

    static func decode(_ row: PostgresRow) throws -> StoredReasonRequest {
        StoredReasonRequest(
            reasonRequestID: ReasonRequestID(try row.decode(0, as: UUID.self)), caseID: CaseID(try row.decode(1, as: UUID.self)),
            decisionID: DecisionID(try row.decode(2, as: UUID.self)), service: ServiceCode(rawValue: try row.decode(3, as: String.self)),
            requesterPID: try row.decode(4, as: String.self), requestedAt: try row.decode(5, as: Date.self),
            inTimeAtRequest: try row.decode(6, as: Bool.self), answeredAt: try row.decodeIfPresent(7, as: Date.self),
            answeredBy: try row.decodeIfPresent(8, as: String.self))
    }
}
