import InngangModels
import InngangPostgres

/// `audit_log`: every read of a case's personal data through the API by a person, and every
/// report, in the same transaction as the read or write.
enum AuditLog {
    enum Action: Sendable {
        case listCases
        case readCase
        case report(String)

        var code: String {
            switch self {
            case .listCases: "list-cases"
            case .readCase: "read-case"
            case .report(let kind): "report:" + kind
            }
        }
    }

    /// - Parameter actor: `Caller.auditReference` (pseudonymous, never a national identity number).
    static func record(actor: String, _ action: Action, caseID: CaseID?, on connection: PostgresConnection) async throws {
        try await connection.query(
            "INSERT INTO audit_log (actor, action, case_id) VALUES ($1, $2, $3)",
            [actor, action.code, caseID?.rawValue])
    }
}
