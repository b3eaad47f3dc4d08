import InngangModels
import InngangPostgres

/// `audit_log`: every read of an appeal (or a list of appeals) or a request for reasons through
/// the API by a person and every step taken, in the same transaction as the read or write. The actor is
/// `Caller.auditReference` (pseudonymous), never a national identity number.
enum AuditLog {
    enum Action: String, Sendable {
        case fileAppeal = "file-appeal"
        case replayFiling = "replay-filing"
        case readAppeal = "read-appeal"
        case listAppeals = "list-appeals"
        case completeAppeal = "complete-appeal"
        case underinstansStep = "underinstans-step"
        case klageinstansOutcome = "klageinstans-outcome"
        case interimReply = "interim-reply"
        case postponement = "postponement"
        case requestReasons = "request-reasons"
        case replayReasonRequest = "replay-reason-request"
        case readReasonRequest = "read-reason-request"
        case reasonsGiven = "reasons-given"
    }

    static func record(actor: String, _ action: Action, caseID: CaseID?, appealID: AppealID?, requestID: String?,
                       on connection: PostgresConnection) async throws {
        try await connection.query(
            "INSERT INTO audit_log (actor, action, case_id, appeal_id, request_id) VALUES ($1, $2, $3, $4, $5)",
            [actor, action.rawValue, caseID?.rawValue, appealID?.rawValue, requestID])
    }
}
