import Foundation
import InngangPostgres

/// The inbox: the ids of the events each consumer has handled, written in the same transaction
/// as the handler's effect, so a redelivered event changes nothing. ``InboxConsumer`` uses it;
/// a service consuming by hand can call ``markReceived(eventID:consumer:on:)`` itself.
public enum Inbox {
    /// The inbox schema. Migration versions 8100–8199 are reserved for the inbox.
    public static var migrations: [Migration] {
        [
            Migration(
                version: 8100,
                name: "inngang_inbox",
                sql: """
                    CREATE TABLE inngang_inbox (
                        event_id    text        NOT NULL,
                        consumer    text        NOT NULL,
                        received_at timestamptz NOT NULL DEFAULT now(),
                        PRIMARY KEY (consumer, event_id)
                    );
                    CREATE INDEX inngang_inbox_received_at_idx ON inngang_inbox (received_at);
                    """
            )
        ]
    }

    /// Records that `consumer` received `eventID`, inside the caller's transaction.
    ///
    /// - Returns: `true` the first time (apply the effect in the same transaction), `false` for a
    ///   duplicate (do nothing). A concurrent transaction recording the same id makes this call
    ///   wait for it, then return `false` if it committed.
    public static func markReceived(eventID: String, consumer: String, on connection: PostgresConnection) async throws -> Bool {
        let result = try await connection.query(
            "INSERT INTO inngang_inbox (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            [consumer, eventID])
        return result.affectedRows == 1
    }

    /// Deletes up to `limit` inbox entries received before `date` (retention). Keep them longer
    /// than any redelivery or replay can reach back.
    ///
    /// - Returns: the number of rows deleted; call again while it equals `limit`.
    @discardableResult
    public static func deleteReceived(before date: Date, limit: Int = 10_000, on connection: PostgresConnection) async throws -> Int {
        let result = try await connection.query(
            """
            DELETE FROM inngang_inbox
            WHERE (consumer, event_id) IN (
                SELECT consumer, event_id FROM inngang_inbox WHERE received_at < $1 LIMIT $2
            )
            """,
            [date, limit])
        return result.affectedRows
    }
}
