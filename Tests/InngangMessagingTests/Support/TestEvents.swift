import Foundation
import InngangKafka
import InngangMessaging
import InngangModels
import InngangPostgres
import Synchronization

enum TestEvents {
    static let type = EventType("no.inngang.test.thing-happened", version: 1)

    struct Payload: Codable, Sendable, Equatable {
        var caseId: String
        var sequence: Int
    }

    static func make(_ sequence: Int, caseId: String = "case-1") throws -> CloudEvent {
        try CloudEvent(source: "/inngang/messaging-tests", type: type, subject: caseId, data: Payload(caseId: caseId, sequence: sequence))
    }

    /// Appends `events` to the outbox in one committed transaction.
    static func append(_ events: [CloudEvent], topic: String, key: String = "case-1", pool: PostgresPool) async throws {
        try await pool.withTransaction { connection in
            try await Outbox.append(events.map { (event: $0, topic: topic, key: key) }, on: connection)
        }
    }
}

/// A table the test handlers write their effects to: one row per handler run that committed.
enum EffectTable {
    static func create(_ database: TestDatabase) async throws {
        try await database.pool.query("CREATE TABLE test_effects (event_id text NOT NULL, handled_at timestamptz NOT NULL DEFAULT now())")
    }

    /// The effect of one event: inserted in the inbox transaction.
    static func record(_ event: CloudEvent, on connection: PostgresConnection) async throws {
        try await connection.query("INSERT INTO test_effects (event_id) VALUES ($1)", [event.id])
    }

    static func count(_ database: TestDatabase) async throws -> Int {
        try await database.count("SELECT count(*) FROM test_effects")
    }

    static func contains(_ eventID: String, _ database: TestDatabase) async throws -> Bool {
        try await database.count("SELECT count(*) FROM test_effects WHERE event_id = $1", [eventID]) > 0
    }
}

/// Runs an `InboxConsumer` in a task for the duration of `body`, then cancels it and waits for it
/// to close its Kafka consumer.
func withRunningInbox<T: Sendable>(_ inbox: InboxConsumer, _ body: () async throws -> T) async throws -> T {
    let task = Task { try await inbox.run() }
    let result: Result<T, any Error>
    do { result = .success(try await body()) } catch { result = .failure(error) }
    task.cancel()
    _ = await task.result
    return try result.get()
}

/// A counter shared with a `@Sendable` handler.
final class Counter: Sendable {
    private let value = Mutex(0)
    func increment() { value.withLock { $0 += 1 } }
    var current: Int { value.withLock { $0 } }
}
