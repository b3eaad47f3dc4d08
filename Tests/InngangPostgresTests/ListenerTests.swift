import InngangPostgres
import Testing

@Suite("LISTEN/NOTIFY")
struct ListenerTests {
    @Test func listenReceivesNotify() async throws {
        try await TestDatabase.withPool { pool in
            let listener = try await PostgresListener.listen(pool.configuration, channels: ["jobs", "Other Channel"], logger: TestDatabase.logger)
            defer { listener.close() }
            try await pool.query("SELECT pg_notify($1, $2)", ["jobs", "payload-1"])
            try await pool.query("SELECT pg_notify($1, $2)", ["not-listened", "ignored"])
            try await pool.query("SELECT pg_notify($1, $2)", ["Other Channel", ""])
            let received = try await withTimeout(.seconds(10)) { [notifications = listener.notifications] in
                var received: [PostgresNotification] = []
                for await notification in notifications {
                    received.append(notification)
                    if received.count == 2 { break }
                }
                return received
            }
            #expect(received == [
                PostgresNotification(channel: "jobs", payload: "payload-1"),
                PostgresNotification(channel: "Other Channel", payload: ""),
            ])
        }
    }

    @Test func listenerReconnectsWhenItsConnectionIsTerminated() async throws {
        try await TestDatabase.withPool { pool in
            let listener = try await PostgresListener.listen(pool.configuration, channels: ["jobs"], logger: TestDatabase.logger)
            defer { listener.close() }
            let terminated = try await pool.query("""
                SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                WHERE datname = current_database() AND query LIKE 'LISTEN%'
                """)
            #expect(terminated.count == 1)
            let received = try await withTimeout(.seconds(20)) { [notifications = listener.notifications] in
                var iterator = notifications.makeAsyncIterator()
                let reconnect = await iterator.next()
                try await pool.query("SELECT pg_notify($1, $2)", ["jobs", "after"])
                let after = await iterator.next()
                return [reconnect, after]
            }
            #expect(received == [
                PostgresNotification(channel: "jobs", payload: "", isReconnect: true),
                PostgresNotification(channel: "jobs", payload: "after"),
            ])
        }
    }

    @Test func closeFinishesTheStream() async throws {
        try await TestDatabase.withFresh { configuration in
            let listener = try await PostgresListener.listen(configuration, channels: ["jobs"], logger: TestDatabase.logger)
            let iteration = Task { [notifications = listener.notifications] in
                var count = 0
                for await _ in notifications { count += 1 }
                return count
            }
            listener.close()
            #expect(try await withTimeout(.seconds(5)) { await iteration.value } == 0)
        }
    }
}
