import InngangPostgres
import Testing

@Suite("Prepared statement cache")
struct StatementCacheTests {
    /// The connection's cache bound (`StatementCache.defaultCapacity`).
    static let capacity = 256

    @Test func repeatedStatementIsPreparedOnceAndReused() async throws {
        try await withConnection { connection in
            let sql = "SELECT $1::int + 1 AS next"
            for i in 0..<50 {
                let next = try await connection.query(sql, [i]).rows[0].decode("next", as: Int.self)
                #expect(next == i + 1)
            }
            let prepared = try await preparedCount(of: sql, on: connection)
            #expect(prepared == 1)
        }
    }

    @Test func alteredTableBetweenIdenticalQueriesIsRetriedTransparently() async throws {
        try await withConnection { connection in
            try await connection.execute("CREATE TABLE item (id int PRIMARY KEY, amount int); INSERT INTO item VALUES (1, 10)")
            let sql = "SELECT * FROM item WHERE id = $1"
            #expect(try await connection.query(sql, [1]).rows[0].decode("amount", as: Int.self) == 10)

            // Another session changes the result type: the cached plan now fails with 0A000.
            let migrator = try await PostgresConnection.connect(connection.configuration, logger: TestDatabase.logger)
            defer { migrator.close() }
            try await migrator.execute("ALTER TABLE item ALTER COLUMN amount TYPE text USING amount || ' kr'")
            let changed = try await connection.query(sql, [1])
            #expect(try changed.rows[0].decode("amount", as: String.self) == "10 kr")

            try await migrator.execute("ALTER TABLE item ADD COLUMN note text DEFAULT 'n'")
            let widened = try await connection.query(sql, [1])
            #expect(widened.columnNames == ["id", "amount", "note"])
            #expect(try await preparedCount(of: sql, on: connection) == 1, "the stale statement was deallocated")
        }
    }

    @Test func moreDistinctStatementsThanTheBoundStillWorkAndHotOnesStayCached() async throws {
        try await withConnection { connection in
            let hot = "SELECT $1::int * 10"
            #expect(try await value(hot, [1], as: Int.self, on: connection) == 10)
            let firstHotName: String = try await value("SELECT name FROM pg_prepared_statements WHERE statement = $1", [hot], on: connection)
            let total = Self.capacity + 44
            for i in 0..<total {
                let sum: Int = try await value("SELECT $1::int + \(i)", [1], on: connection)
                #expect(sum == i + 1)
                if i % 50 == 0 { #expect(try await value(hot, [i], as: Int.self, on: connection) == i * 10) }
            }
            // Least recently used goes first: the statement used throughout was never evicted.
            let hotName: String = try await value("SELECT name FROM pg_prepared_statements WHERE statement = $1", [hot], on: connection)
            #expect(hotName == firstHotName)
            // The oldest statements were evicted; running them again prepares them anew.
            for i in 0..<10 {
                let sum: Int = try await value("SELECT $1::int + \(i)", [2], on: connection)
                #expect(sum == i + 2)
            }
            let onServer: Int = try await value("SELECT count(*) FROM pg_prepared_statements", on: connection)
            #expect(onServer <= Self.capacity, "evicted statements are deallocated on the server")
            #expect(onServer >= Self.capacity - 1)
        }
    }

    @Test func failedStatementsInATransactionDoNotPoisonTheConnectionAfterRollback() async throws {
        try await withConnection { connection in
            try await connection.execute("CREATE TABLE note (id int PRIMARY KEY)")
            let insert = "INSERT INTO note VALUES ($1)"
            try await connection.query("BEGIN")
            try await connection.query(insert, [1])
            await #expect { try await connection.query(insert, [1]) } throws: { ($0 as? PostgresError)?.code == .uniqueViolation }
            // Prepared for the first time inside the failed transaction: fails, is not cached.
            await #expect { try await connection.query("SELECT $1::int * 2", [21]) } throws: { ($0 as? PostgresError)?.sqlState == "25P02" }
            try await connection.query("ROLLBACK")

            #expect(try await value("SELECT $1::int * 2", [21], as: Int.self, on: connection) == 42)
            try await connection.query(insert, [1])
            #expect(try await value("SELECT count(*) FROM note", as: Int.self, on: connection) == 1)

            // Prepared inside a transaction, failed at execution (bad input): usable after ROLLBACK.
            let lookup = "SELECT count(*) FROM note WHERE id = $1"
            try await connection.query("BEGIN")
            await #expect { try await connection.query(lookup, ["not a number"]) } throws: { ($0 as? PostgresError)?.sqlState == "22P02" }
            try await connection.query("ROLLBACK")
            #expect(try await value(lookup, [1], as: Int.self, on: connection) == 1)
            #expect(try await preparedCount(of: lookup, on: connection) == 1)
        }
    }

    @Test func resultTypeChangeInsideATransactionThrowsAndRecoversAfterRollback() async throws {
        try await withConnection { connection in
            try await connection.execute("CREATE TABLE item (id int, amount int); INSERT INTO item VALUES (1, 10)")
            let sql = "SELECT * FROM item WHERE id = $1"
            try await connection.query("BEGIN")
            #expect(try await connection.query(sql, [1]).columnNames == ["id", "amount"])
            try await connection.query("ALTER TABLE item ADD COLUMN note text")
            // Retrying would run in an aborted transaction; the error surfaces instead.
            let error = try await #require(throws: PostgresError.self) { try await connection.query(sql, [1]) }
            #expect(error.sqlState == "0A000")
            try await connection.query("ROLLBACK")
            #expect(try await connection.query(sql, [1]).columnNames == ["id", "amount"])
            #expect(!connection.isBroken)
        }
    }

    @Test func statementsDeallocatedBehindTheCacheArePreparedAgain() async throws {
        try await withConnection { connection in
            let sql = "SELECT $1::text || '!'"
            #expect(try await value(sql, ["a"], as: String.self, on: connection) == "a!")
            try await connection.execute("DEALLOCATE ALL")
            #expect(try await value(sql, ["b"], as: String.self, on: connection) == "b!")
            #expect(try await preparedCount(of: sql, on: connection) == 1)
        }
    }

    @Test func statementThatFailsToPrepareIsNotCachedAndFailsAsBefore() async throws {
        try await withConnection { connection in
            for _ in 0..<2 {
                await #expect { try await connection.query("SELEC $1", [1]) } throws: { ($0 as? PostgresError)?.code == .syntaxError }
            }
            let cached: Int = try await value("SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE 'SELEC %'", on: connection)
            #expect(cached == 0)
            #expect(try await value("SELECT $1::int", [5], on: connection) == 5)
        }
    }

    @Test func newConnectionStartsWithAnEmptyCache() async throws {
        try await TestDatabase.withFresh { configuration in
            let sql = "SELECT $1::int"
            let first = try await PostgresConnection.connect(configuration, logger: TestDatabase.logger)
            try await first.query(sql, [1])
            first.close()
            let second = try await PostgresConnection.connect(configuration, logger: TestDatabase.logger)
            defer { second.close() }
            #expect(try await preparedCount(of: sql, on: second) == 0)
            #expect(try await value(sql, [2], as: Int.self, on: second) == 2)
        }
    }

    // MARK: Helpers

    /// The first column of the first row.
    private func value<T: PostgresDecodable>(
        _ sql: String, _ parameters: [any PostgresEncodable] = [], as: T.Type = T.self, on connection: PostgresConnection
    ) async throws -> T {
        try await connection.query(sql, parameters).rows[0].decode(0, as: T.self)
    }

    private func withConnection(_ body: (PostgresConnection) async throws -> Void) async throws {
        try await TestDatabase.withFresh { configuration in
            let connection = try await PostgresConnection.connect(configuration, logger: TestDatabase.logger)
            defer { connection.close() }
            try await body(connection)
        }
    }

    /// How many of the session's prepared statements have exactly this text.
    private func preparedCount(of sql: String, on connection: PostgresConnection) async throws -> Int {
        try await connection.query("SELECT count(*) FROM pg_prepared_statements WHERE statement = $1", [sql]).rows[0].decode(0, as: Int.self)
    }
}
