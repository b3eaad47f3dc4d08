import InngangPostgres
import Testing

@Suite("Connection pool")
struct PoolTests {
    @Test func exhaustedPoolWaitsThenTimesOutWithClearError() async throws {
        try await TestDatabase.withFresh { configuration in
            // Part 1: the only connection is held; a second acquire times out with a clear message.
            let short = PostgresPool(configuration: configuration, maxConnections: 1, acquireTimeout: .milliseconds(300), logger: TestDatabase.logger)
            // Open the connection first: under load, opening alone can exceed 300ms (a timed-out
            // acquire still leaves the opened connection idle in the pool for the next one).
            #expect(await eventually { (try? await short.ping()) != nil })
            let held = Signal(), release = Signal()
            let holder = Task {
                try await short.withConnection { connection in
                    held.fire()
                    await release.wait()
                    return try await connection.query("SELECT 1").rows[0].decode(0, as: Int.self)
                }
            }
            try await held.wait(failingAfter: .seconds(30))
            let clock = ContinuousClock()
            let start = clock.now
            let error = try await #require(throws: PostgresError.self) { try await short.query("SELECT 1") }
            #expect(clock.now - start >= .milliseconds(300))
            #expect(error.code == .poolTimeout)
            #expect(error.isRetriable)
            #expect(error.message.contains("no connection free within 300ms; pool size 1"), "\(error.message)")
            release.fire()
            #expect(try await holder.value == 1)
            await short.close()

            // Part 2: a waiter gets the connection as soon as the holder releases it.
            let pool = PostgresPool(configuration: configuration, maxConnections: 1, acquireTimeout: .seconds(30), logger: TestDatabase.logger)
            try await pool.ping()
            let held2 = Signal(), release2 = Signal()
            let holder2 = Task {
                try await pool.withConnection { connection in
                    held2.fire()
                    await release2.wait()
                    return try await connection.query("SELECT pg_backend_pid()").rows[0].decode(0, as: Int.self)
                }
            }
            try await held2.wait(failingAfter: .seconds(30))
            let waiter = Task { try await pool.query("SELECT pg_backend_pid()").rows[0].decode(0, as: Int.self) }
            #expect(await eventually { pool.statistics.waiting == 1 })
            #expect(pool.statistics.open == 1)
            release2.fire()
            let holderPID = try await holder2.value
            #expect(try await waiter.value == holderPID, "the waiter reuses the released connection")
            await pool.close()
        }
    }

    @Test func cancelledWaiterLeavesTheQueue() async throws {
        try await TestDatabase.withPool(maxConnections: 1, acquireTimeout: .seconds(30)) { pool in
            let held = Signal(), release = Signal()
            let holder = Task { try await pool.withConnection { _ in held.fire(); await release.wait() } }
            try await held.wait(failingAfter: .seconds(30))
            let waiter = Task { try await pool.query("SELECT 1") }
            #expect(await eventually { pool.statistics.waiting == 1 })
            waiter.cancel()
            await #expect(throws: CancellationError.self) { try await waiter.value }
            #expect(pool.statistics.waiting == 0)
            release.fire()
            try await holder.value
            try await pool.ping()
        }
    }

    @Test func brokenConnectionIsDiscardedAndReplaced() async throws {
        try await TestDatabase.withPool(maxConnections: 1) { pool in
            let admin = try await PostgresConnection.connect(pool.configuration, logger: TestDatabase.logger)
            defer { admin.close() }
            let firstPID = try await pool.withConnection { connection in
                let pid = try await connection.query("SELECT pg_backend_pid()").rows[0].decode(0, as: Int.self)
                try await admin.query("SELECT pg_terminate_backend($1)", [pid])
                let error = try await #require(throws: PostgresError.self) { try await connection.query("SELECT 1") }
                #expect(error.code == .connectionFailure)
                #expect(error.isRetriable)
                #expect(connection.isBroken)
                return pid
            }
            let secondPID = try await pool.query("SELECT pg_backend_pid()").rows[0].decode(0, as: Int.self)
            #expect(secondPID != firstPID)
            #expect(pool.statistics.open == 1)
        }
    }

    @Test func closedPoolFailsWaitersAndRefusesToLendConnections() async throws {
        try await TestDatabase.withFresh { configuration in
            let pool = PostgresPool(configuration: configuration, maxConnections: 1, acquireTimeout: .seconds(30), logger: TestDatabase.logger)
            try await pool.ping()
            let held = Signal(), release = Signal()
            let holder = Task { try await pool.withConnection { _ in held.fire(); await release.wait() } }
            try await held.wait(failingAfter: .seconds(30))
            let waiter = Task { try await pool.ping() }
            #expect(await eventually { pool.statistics.waiting == 1 })

            await pool.close()
            await #expect { try await waiter.value } throws: { ($0 as? PostgresError)?.code == .poolClosed }
            let error = try await #require(throws: PostgresError.self) { try await pool.ping() }
            #expect(error.code == .poolClosed)
            #expect(pool.statistics.open == 1, "the lent connection stays open until it comes back")
            release.fire()
            try await holder.value
            #expect(pool.statistics.open == 0)
        }
    }

    @Test func unreachableServerFailsAcquireWithConnectionFailure() async throws {
        var configuration = try TestDatabase.serverConfiguration()
        configuration.port = 1   // nothing listens there
        configuration.password = "pool-test-password"
        let pool = PostgresPool(configuration: configuration, maxConnections: 2, acquireTimeout: .seconds(10), logger: TestDatabase.logger)
        let error = try await #require(throws: PostgresError.self) { try await pool.ping() }
        #expect(error.code == .connectionFailure)
        #expect(!error.message.contains("pool-test-password"))
        #expect(pool.statistics.open == 0)
        await pool.close()
    }

    @Test func concurrentUsersNeverExceedTheBound() async throws {
        try await TestDatabase.withPool(maxConnections: 3, acquireTimeout: .seconds(30)) { pool in
            let total = try await withThrowingTaskGroup(of: Int.self) { group in
                for task in 0..<40 {
                    group.addTask {
                        var sum = 0
                        for index in 0..<10 {
                            sum += try await pool.query("SELECT $1::int + $2::int", [task, index]).rows[0].decode(0, as: Int.self)
                            #expect(pool.statistics.open <= 3)
                        }
                        return sum
                    }
                }
                return try await group.reduce(0, +)
            }
            #expect(total == (0..<40).reduce(0) { $0 + 10 * $1 } + 40 * 45)
            let backends = try await pool.query("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()").rows[0].decode(0, as: Int.self)
            #expect(backends <= 3)
        }
    }
}
