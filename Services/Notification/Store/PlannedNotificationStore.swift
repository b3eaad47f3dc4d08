import Foundation
import InngangJobs
import InngangModels
import InngangPostgres
import NotificationDomain

/// `planned_notifications`: every message the planner decided on, keyed by the digest of its
/// ``NotificationKey``, with its state:
///
/// `planned` → (`sending` →) `sent`; or `cancelled` (moot by a later event), `dropped` (a
/// send-time rule said no), `failed` (undeliverable; the coordinator has a task).
///
/// The primary key makes planning idempotent: a key planned once is never enqueued again, even
/// after its job finished and freed the job queue's unique key.
enum PlannedNotificationStore {
    enum State: String, Sendable {
        case planned, sending, sent, cancelled, dropped, failed
    }

    /// One planned message as the job handler sees it (row locked).
    struct Row: Sendable {
        var digest: String
        var planned: PlannedNotification
        var state: State
        var jobKey: String
        var postponements: Int
    }

    /// Inserts `planned` and enqueues its job, in the caller's transaction.
    /// - Returns: `false` when the key was planned before (nothing enqueued).
    static func insert(_ planned: PlannedNotification, queue: JobQueue, on connection: PostgresConnection) async throws -> Bool {
        let digest = KeyDigest.of(planned.key)
        let json = String(decoding: try EventJSON.encoder.encode(planned), as: UTF8.self)
        let jobKey = SendJob.uniqueKey(digest: digest, postponements: 0)
        let inserted = try await connection.query("""
            INSERT INTO planned_notifications
                (key_digest, case_id, source_event_id, purpose, recipient_digest, cancellation_group, planned, send_at, job_key)
            VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9)
            ON CONFLICT (key_digest) DO NOTHING
            """, [digest, planned.caseID.rawValue, planned.key.sourceEventID, planned.purpose.rawValue,
                  KeyDigest.of(person: planned.recipient.person), planned.cancellationGroup?.rawValue, json, planned.sendAt, jobKey])
        guard inserted.affectedRows == 1 else { return false }
        try await queue.enqueue(SendJob.request(digest: digest, runAt: planned.sendAt, postponements: 0), on: connection)
        return true
    }

    /// Cancels the queued messages `cancellation` covers (state `planned` only: a message being
    /// handed over is past the point of no return) and their jobs; only the recipient's when the
    /// cancellation names one.
    /// - Returns: how many were cancelled.
    static func apply(_ cancellation: Cancellation, caseID: CaseID, queue: JobQueue, on connection: PostgresConnection) async throws -> Int {
        let rows = try await connection.query("""
            UPDATE planned_notifications
               SET state = 'cancelled', outcome_reason = 'moot', updated_at = now()
             WHERE case_id = $1 AND cancellation_group = $2 AND state = 'planned'
               AND source_event_id IS DISTINCT FROM $3
               AND ($4::text IS NULL OR recipient_digest = $4::text)
            RETURNING job_key
            """, [caseID.rawValue, cancellation.group.rawValue, cancellation.exceptSourceEventID,
                  cancellation.recipient.map { KeyDigest.of(person: $0) }])
        for row in rows {
            try await queue.cancel(uniqueKey: try row.decode(0, as: String.self), on: connection)
        }
        return rows.rows.count
    }

    /// Locks and returns the planned message `digest`, or `nil` when there is none.
    static func lock(digest: String, on connection: PostgresConnection) async throws -> Row? {
        guard let row = try await connection.query("""
            SELECT planned::text, state, job_key, postponements FROM planned_notifications WHERE key_digest = $1 FOR UPDATE
            """, [digest]).first
        else { return nil }
        let planned: PlannedNotification
        do {
            planned = try EventJSON.decoder.decode(PlannedNotification.self, from: Data(try row.decode(0, as: String.self).utf8))
        } catch {
            throw NotificationServiceError(.corruptRow, "planned notification \(digest.prefix(12)) cannot be decoded")
        }
        guard let state = State(rawValue: try row.decode(1, as: String.self)) else {
            throw NotificationServiceError(.corruptRow, "planned notification \(digest.prefix(12)) has an unknown state")
        }
        return Row(digest: digest, planned: planned, state: state, jobKey: try row.decode(2, as: String.self),
                   postponements: try row.decode(3, as: Int.self))
    }

    static func setState(
        _ state: State, reason: String? = nil, notificationID: NotificationID? = nil, digest: String, on connection: PostgresConnection
    ) async throws {
        try await connection.query("""
            UPDATE planned_notifications
               SET state = $2, outcome_reason = COALESCE($3, outcome_reason),
                   notification_id = COALESCE($4::uuid, notification_id), updated_at = now()
             WHERE key_digest = $1
            """, [digest, state.rawValue, reason, notificationID?.rawValue])
    }

    /// Moves the message to `until` under a new job (the running job holds the old key).
    static func postpone(_ row: Row, until: Date, queue: JobQueue, on connection: PostgresConnection) async throws {
        let next = row.postponements + 1
        try await connection.query("""
            UPDATE planned_notifications SET send_at = $2, job_key = $3, postponements = $4, updated_at = now() WHERE key_digest = $1
            """, [row.digest, until, SendJob.uniqueKey(digest: row.digest, postponements: next), next])
        try await queue.enqueue(SendJob.request(digest: row.digest, runAt: until, postponements: next), on: connection)
    }
}
