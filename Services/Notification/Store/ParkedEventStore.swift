import Foundation
import InngangModels
import InngangPostgres

/// Events that came before their case's recipient list. The intake and status topics are
/// consumed independently, so a caseworker's report may be consumed before the case-received
/// event it depends on; such an event is kept here (inside its own inbox transaction) and
/// replayed, in arrival order, in the transaction that stores case-received. No retry loop, no
/// dead letter, no lost message, however long case-received takes.
///
/// The stored event is the whole CloudEvent (including a meeting's place, which the status
/// service publishes); it is deleted when replayed.
enum ParkedEventStore {
    static func park(_ event: CloudEvent, caseID: CaseID, on connection: PostgresConnection) async throws {
        let json = String(decoding: try EventJSON.encoder.encode(event), as: UTF8.self)
        try await connection.query("""
            INSERT INTO parked_events (case_id, event_id, event) VALUES ($1, $2, $3::jsonb)
            ON CONFLICT (event_id) DO NOTHING
            """, [caseID.rawValue, event.id, json])
    }

    /// Removes and returns the parked events of `caseID`, oldest first.
    static func take(caseID: CaseID, on connection: PostgresConnection) async throws -> [CloudEvent] {
        let rows = try await connection.query(
            "SELECT id, event::text FROM parked_events WHERE case_id = $1 ORDER BY id FOR UPDATE", [caseID.rawValue])
        guard !rows.rows.isEmpty else { return [] }
        try await connection.query("DELETE FROM parked_events WHERE case_id = $1", [caseID.rawValue])
        return try rows.map { row in
            let id = try row.decode(0, as: Int64.self)
            do {
                return try EventJSON.decoder.decode(CloudEvent.self, from: Data(try row.decode(1, as: String.self).utf8))
            } catch {
                throw NotificationServiceError(.corruptRow, "parked event row \(id) cannot be decoded")
            }
        }
    }

    /// How many events wait for their case (for the start-up log).
    static func count(on connection: PostgresConnection) async throws -> Int {
        try await connection.query("SELECT count(*) FROM parked_events").first?.decode(0, as: Int.self) ?? 0
    }
}
