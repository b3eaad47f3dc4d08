import InngangModels
import InngangPostgres

/// Intake's audit trail: one row per read of a case's personal data through the API by a person,
/// written in the same transaction as the read. The actor is the caller's pseudonymous
/// `auditReference`, never a national identity number.
struct AuditLog: Sendable {
    /// What was done.
    struct Action: RawRepresentable, Sendable, Hashable {
        var rawValue: String
        /// `GET /v1/applications/{caseID}`.
        static let readApplication = Action(rawValue: "read-application")
        /// A submission created a case (the register was read and the application stored).
        static let createApplication = Action(rawValue: "create-application")
        /// A submission answered from an existing case (idempotent replay).
        static let replayApplication = Action(rawValue: "replay-application")
        /// A referral created a case (the employee sees the case's answer).
        static let createReferral = Action(rawValue: "create-referral")
        /// A referral answered from an existing case (idempotent replay).
        static let replayReferral = Action(rawValue: "replay-referral")
    }

    func record(actor: String, action: Action, caseID: CaseID?, requestID: String?, on conn: PostgresConnection) async throws {
        try await conn.query("INSERT INTO audit_log (actor, action, case_id, request_id) VALUES ($1, $2, $3, $4)",
                             [actor, action.rawValue, caseID?.rawValue, requestID])
    }
}
