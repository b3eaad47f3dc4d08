import Foundation
import InngangModels
import InngangPostgres

/// The transactional outbox: events are written to `inngang_outbox` in the same PostgreSQL
/// transaction as the state change they announce, and ``OutboxRelay`` publishes them afterwards.
///
/// An event whose transaction rolls back is never published; a committed one is published at
/// least once (consumers de-duplicate with ``Inbox``). Rows are published in `id` order, so the
/// events of one partition key keep their order as long as the service serialises its writes per
/// key (e.g. by locking the case row), which it needs anyway.
///
/// Every insert fires a statement-level trigger that sends `NOTIFY inngang_outbox`; PostgreSQL
/// delivers it only on commit and folds duplicates within a transaction, so appending costs no
/// extra round trip.
public enum Outbox {
    /// The `LISTEN`/`NOTIFY` channel the insert trigger notifies.
    public static let notificationChannel = "inngang_outbox"

    /// Appends one event, inside the caller's transaction (`pool.withTransaction { conn in … }`).
    ///
    /// - Parameters:
    ///   - topic: the Kafka topic to publish to.
    ///   - key: the partition key (Inngang uses the case id, so one case's events stay in order).
    /// - Throws: `PostgresError` with `.uniqueViolation` when an event with the same id is
    ///   already in the outbox.
    public static func append(_ event: CloudEvent, topic: String, key: String, on connection: PostgresConnection) async throws {
        _ = try await connection.query(
            """
            INSERT INTO inngang_outbox
                (event_id, topic, partition_key, ce_type, ce_source, ce_subject, ce_time, content_type, data)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            """,
            [event.id, topic, key, event.type, event.source, event.subject, event.time, event.datacontenttype, event.data]
        )
    }

    /// Appends several events with one statement, inside the caller's transaction. They are
    /// published in the order given.
    public static func append(
        _ events: [(event: CloudEvent, topic: String, key: String)],
        on connection: PostgresConnection
    ) async throws {
        guard !events.isEmpty else { return }
        if events.count == 1 {
            try await append(events[0].event, topic: events[0].topic, key: events[0].key, on: connection)
            return
        }
        let parameters: [any PostgresEncodable] = [
            PostgresArrayLiteral.text(events.lazy.map { $0.event.id }),
            PostgresArrayLiteral.text(events.lazy.map { $0.topic }),
            PostgresArrayLiteral.text(events.lazy.map { $0.key }),
            PostgresArrayLiteral.text(events.lazy.map { $0.event.type }),
            PostgresArrayLiteral.text(events.lazy.map { $0.event.source }),
            PostgresArrayLiteral.text(events.lazy.map { $0.event.subject }),
            PostgresArrayLiteral.timestamptz(events.lazy.map { $0.event.time }),
            PostgresArrayLiteral.text(events.lazy.map { $0.event.datacontenttype }),
            PostgresArrayLiteral.bytea(events.lazy.map { $0.event.data }),
        ]
        _ = try await connection.query(
            """
            INSERT INTO inngang_outbox
                (event_id, topic, partition_key, ce_type, ce_source, ce_subject, ce_time, content_type, data)
            SELECT event_id, topic, partition_key, ce_type, ce_source, ce_subject, ce_time, content_type, data
            FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                        $7::timestamptz[], $8::text[], $9::bytea[])
                 WITH ORDINALITY
                 AS e(event_id, topic, partition_key, ce_type, ce_source, ce_subject, ce_time, content_type, data, position)
            ORDER BY position
            """,
            parameters
        )
    }

    /// Deletes up to `limit` published rows created before `date` (retention). Rows still
    /// needed for ``OutboxRelay/replay(from:to:)`` must be kept; unpublished rows are never deleted.
    ///
    /// - Returns: the number of rows deleted; call again while it equals `limit`.
    @discardableResult
    public static func deletePublished(createdBefore date: Date, limit: Int = 10_000, on connection: PostgresConnection) async throws -> Int {
        let result = try await connection.query(
            """
            DELETE FROM inngang_outbox
            WHERE id IN (
                SELECT id FROM inngang_outbox
                WHERE published_at IS NOT NULL AND created_at < $1
                ORDER BY id
                LIMIT $2
            )
            """,
            [date, limit]
        )
        return result.affectedRows
    }

    /// How many events wait to be published (for metrics and tests).
    public static func unpublishedCount(on connection: PostgresConnection) async throws -> Int {
        let result = try await connection.query("SELECT count(*) FROM inngang_outbox WHERE published_at IS NULL", [])
        return try result.rows[0].decode(0, as: Int.self)
    }
}
