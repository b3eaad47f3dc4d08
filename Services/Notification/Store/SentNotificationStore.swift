import Foundation
import InngangModels
import InngangPostgres

/// `sent_notifications`: **the "never twice" rule in the database.** A message is *claimed*
/// (row inserted, committed) before it is handed to a provider; its digest is UNIQUE, so no
/// second claim — by a retried job, a re-planned key, a second worker — can ever exist. A
/// retry after a crash or a provider error resumes the claim and hands the message over again
/// with the **same** notification id (SMTP `Message-ID`, SMS `Idempotency-Key`/`reference`,
/// the file sink's `notificationId`), so the peer (or ``FileSinkLedger``) can tell.
///
/// `in_flight_until` marks a hand-over in progress: set when claiming (now + the job lease),
/// cleared when the provider answered. A claim still in flight is left alone by other workers,
/// so an expired-but-still-running job is not doubled.
enum SentNotificationStore {
    enum State: String, Sendable {
        case claimed, delivered, failed, abandoned
    }

    struct Claim: Sendable {
        var notificationID: NotificationID
        var state: State
        var channel: Channel
        /// Another worker is handing it over right now.
        var inFlight: Bool
    }

    static func lock(digest: String, on connection: PostgresConnection) async throws -> Claim? {
        guard let row = try await connection.query("""
            SELECT notification_id, state, channel, COALESCE(in_flight_until > clock_timestamp(), false)
              FROM sent_notifications WHERE key_digest = $1 FOR UPDATE
            """, [digest]).first
        else { return nil }
        guard let state = State(rawValue: try row.decode(1, as: String.self)),
              let channel = Channel(rawValue: try row.decode(2, as: String.self))
        else { throw NotificationServiceError(.corruptRow, "sent notification \(digest.prefix(12)) has an unknown state or channel") }
        return Claim(notificationID: NotificationID(try row.decode(0, as: UUID.self)), state: state, channel: channel,
                     inFlight: try row.decode(3, as: Bool.self))
    }

    /// Claims a new message (first hand-over).
    static func claim(
        digest: String, notificationID: NotificationID, caseID: CaseID, channel: Channel, inFlightFor lease: Duration,
        on connection: PostgresConnection
    ) async throws {
        try await connection.query("""
            INSERT INTO sent_notifications (notification_id, key_digest, case_id, channel, in_flight_until)
            VALUES ($1, $2, $3, $4, clock_timestamp() + make_interval(secs => $5))
            """, [notificationID.rawValue, digest, caseID.rawValue, channel.rawValue, Double(lease.components.seconds)])
    }

    /// Resumes an existing claim (another hand-over of the same message, same id).
    static func reclaim(digest: String, channel: Channel, inFlightFor lease: Duration, on connection: PostgresConnection) async throws {
        try await connection.query("""
            UPDATE sent_notifications
               SET channel = $2, attempts = attempts + 1, in_flight_until = clock_timestamp() + make_interval(secs => $3)
             WHERE key_digest = $1
            """, [digest, channel.rawValue, Double(lease.components.seconds)])
    }

    /// The provider answered without taking the message: the claim may be resumed at once.
    static func release(digest: String, pool: PostgresPool) async throws {
        try await pool.query("UPDATE sent_notifications SET in_flight_until = NULL WHERE key_digest = $1 AND state = 'claimed'", [digest])
    }

    /// Records the delivery. - Returns: `false` when the claim was settled already (nothing to do).
    static func markDelivered(
        digest: String, at deliveredAt: Date, providerMessageID: String?, on connection: PostgresConnection
    ) async throws -> Bool {
        try await connection.query("""
            UPDATE sent_notifications
               SET state = 'delivered', delivered_at = $2, provider_message_id = $3, in_flight_until = NULL
             WHERE key_digest = $1 AND state = 'claimed'
            """, [digest, deliveredAt, providerMessageID]).affectedRows == 1
    }

    /// Ends a claim without delivery (`failed`: the provider refused; `abandoned`: a send-time
    /// rule said no on a resumed claim).
    static func end(digest: String, as state: State, reason: String, on connection: PostgresConnection) async throws {
        try await connection.query("""
            UPDATE sent_notifications SET state = $2, failure_reason = $3, in_flight_until = NULL
             WHERE key_digest = $1 AND state = 'claimed'
            """, [digest, state.rawValue, reason])
    }
}
