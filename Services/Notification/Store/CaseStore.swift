import Foundation
import InngangModels
import InngangPostgres
import NotificationDomain

/// The cases the service knows: recipient lists from case-received, routed services from
/// case-routed. Every function runs on the caller's connection (inside its transaction).
enum CaseStore {
    /// A case's recipient list and child.
    struct Recipients: Sendable {
        var list: CaseRecipients
        var child: PersonRef
    }

    /// Stores the recipient list of `event` (first writer wins: a case is received once).
    /// - Returns: `true` when this call stored it.
    @discardableResult
    static func recordReceived(_ event: CaseReceivedV1, eventID: String, on connection: PostgresConnection) async throws -> Bool {
        let recipients = String(decoding: try EventJSON.encoder.encode(CaseRecipients(event).recipients), as: UTF8.self)
        return try await connection.query("""
            INSERT INTO case_recipients (case_id, child_pid, recipients, source_event_id, received_at)
            VALUES ($1, $2, $3::jsonb, $4, $5) ON CONFLICT (case_id) DO NOTHING
            """, [event.caseID.rawValue, event.child.nationalIdentityNumber, recipients, eventID, event.receivedAt]).affectedRows == 1
    }

    static func recipients(of caseID: CaseID, on connection: PostgresConnection) async throws -> Recipients? {
        guard let row = try await connection.query(
            "SELECT child_pid, recipients::text FROM case_recipients WHERE case_id = $1", [caseID.rawValue]).first
        else { return nil }
        let list: [Recipient]
        do {
            list = try EventJSON.decoder.decode([Recipient].self, from: Data(try row.decode(1, as: String.self).utf8))
        } catch {
            throw NotificationServiceError(.corruptRow, "the recipient list of case \(caseID) cannot be decoded")
        }
        return Recipients(list: CaseRecipients(caseID: caseID, recipients: list),
                          child: PersonRef(nationalIdentityNumber: try row.decode(0, as: String.self)))
    }

    static func recordRouted(_ event: CaseRoutedV1, on connection: PostgresConnection) async throws {
        try await connection.query("""
            INSERT INTO case_services (case_id, service, routed_at) VALUES ($1, $2, $3)
            ON CONFLICT (case_id, service) DO NOTHING
            """, [event.caseID.rawValue, event.service.rawValue, event.routedAt])
    }

    /// Whether `caseID` was routed to `service`.
    static func isRouted(_ caseID: CaseID, to service: String, on connection: PostgresConnection) async throws -> Bool {
        try await !connection.query(
            "SELECT 1 FROM case_services WHERE case_id = $1 AND service = $2", [caseID.rawValue, service]).rows.isEmpty
    }
}
