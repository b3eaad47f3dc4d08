import ApplicationStatusDomain
import Foundation
import InngangModels
import InngangPostgres

/// The events a case's timeline is folded from (`case_events`) and the free text of reports
/// (`report_texts`). Every function runs on the caller's connection, inside its transaction.
enum CaseEventStore {
    /// Stores `event` (read as `recorded`) for its case.
    ///
    /// - Returns: `false` when an event with the same id was stored before (own reports come
    ///   back from Kafka; redeliveries): nothing changes then.
    @discardableResult
    static func insert(_ event: CloudEvent, as recorded: RecordedEvent, on connection: PostgresConnection) async throws -> Bool {
        let result = try await connection.query(
            """
            INSERT INTO case_events (event_id, case_id, type, source, event_time, business_at, data)
            VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)
            ON CONFLICT (event_id) DO NOTHING
            """,
            [event.id, recorded.event.caseID.rawValue, event.type, event.source, event.time,
             recorded.event.businessTime, String(decoding: event.data, as: UTF8.self)])
        return result.affectedRows == 1
    }

    /// Every stored event of `caseID`, read back into timeline events (any order: the fold does
    /// not depend on it).
    static func events(of caseID: CaseID, on connection: PostgresConnection) async throws -> [RecordedEvent] {
        let rows = try await connection.query(
            "SELECT event_id, type, source, event_time, data::text FROM case_events WHERE case_id = $1",
            [caseID.rawValue])
        var events: [RecordedEvent] = []
        events.reserveCapacity(rows.count)
        for row in rows {
            let cloudEvent = CloudEvent(
                id: try row.decode(0, as: String.self), source: try row.decode(2, as: String.self),
                type: try row.decode(1, as: String.self), time: try row.decode(3, as: Date.self),
                subject: caseID.description, data: Array(try row.decode(4, as: String.self).utf8))
            // Every stored event was readable when it was stored. A type the fold no longer uses
            // is left out; one that no longer decodes throws (a server fault, never hidden).
            if let recorded = try RecordedEvent(cloudEvent: cloudEvent) { events.append(recorded) }
        }
        return events
    }

    /// Stores the free text of the report event `eventID`.
    static func insertText(_ text: String, eventID: String, on connection: PostgresConnection) async throws {
        try await connection.query("INSERT INTO report_texts (event_id, text) VALUES ($1, $2)", [eventID, text])
    }

    /// The free texts of `caseID`'s reports, keyed by event id (for ``CitizenViewRenderer``).
    static func texts(of caseID: CaseID, on connection: PostgresConnection) async throws -> [String: String] {
        let rows = try await connection.query(
            """
            SELECT t.event_id, t.text FROM report_texts t
            JOIN case_events e ON e.event_id = t.event_id
            WHERE e.case_id = $1
            """,
            [caseID.rawValue])
        var texts: [String: String] = [:]
        for row in rows { texts[try row.decode(0, as: String.self)] = try row.decode(1, as: String.self) }
        return texts
    }
}
