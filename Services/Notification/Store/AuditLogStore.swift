import InngangModels
import InngangPostgres

/// The notification service's audit of personal-data access (`audit_log`): who (an employee's
/// audit reference, or the service itself), what, which case. Written in the transaction of the
/// access it records.
enum AuditLogStore {
    /// The actor when the service itself reads personal data (the sender reading the registers).
    static let sender = "service:notification-sender"

    enum Action: String {
        /// An employee read the case's notifications (`GET /v1/cases/{caseID}/notifications`).
        case readCaseNotifications = "read-case-notifications"
        /// The sender read a recipient's population-register facts and contact addresses right
        /// before sending (or deciding not to send) one message.
        case readRegistersForMessage = "read-registers-for-message"
    }

    static func record(actor: String, _ action: Action, caseID: CaseID, on connection: PostgresConnection) async throws {
        try await connection.query(
            "INSERT INTO audit_log (actor, action, case_id) VALUES ($1, $2, $3)", [actor, action.rawValue, caseID.rawValue])
    }
}
