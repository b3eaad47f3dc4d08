import InngangPostgres
import Testing

@Suite("Connection")
struct ConnectionTests {
    @Test func executeRunsSeveralStatementsWithoutParameters() async throws {
        try await TestDatabase.withFresh { configuration in
            let connection = try await PostgresConnection.connect(configuration, logger: TestDatabase.logger)
            defer { connection.close() }
            try await connection.execute("CREATE TABLE a (id int); INSERT INTO a VALUES (1), (2); INSERT INTO a VALUES (3)")
            let result = try await connection.query("SELECT id FROM a WHERE id >= $1 ORDER BY id", [2])
            #expect(result.map { try? $0.decode(0, as: Int.self) } == [2, 3])
            #expect(result.affectedRows == 2)
            #expect(result.columnNames == ["id"])
            let update = try await connection.query("UPDATE a SET id = id + 10")
            #expect(update.affectedRows == 3)
            #expect(update.commandTag == "UPDATE 3")
        }
    }

    @Test func parametersAreBoundNeverSpliced() async throws {
        try await TestDatabase.withFresh { configuration in
            let connection = try await PostgresConnection.connect(configuration, logger: TestDatabase.logger)
            defer { connection.close() }
            try await connection.execute("CREATE TABLE a (name text)")
            let hostile = "x'); DROP TABLE a; --"
            try await connection.query("INSERT INTO a VALUES ($1)", [hostile])
            #expect(try await connection.query("SELECT name FROM a").rows[0].decode(0, as: String.self) == hostile)
        }
    }

    @Test func cancellingTheTaskCancelsTheRunningStatement() async throws {
        try await TestDatabase.withFresh { configuration in
            let connection = try await PostgresConnection.connect(configuration, logger: TestDatabase.logger)
            defer { connection.close() }
            let observer = try await PostgresConnection.connect(configuration, logger: TestDatabase.logger)
            defer { observer.close() }
            let sleeper = Task { try await connection.query("SELECT pg_sleep(60)") }
            #expect(try await eventually {
                try await observer.query("SELECT count(*) FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(60)' AND state = 'active'")
                    .rows[0].decode(0, as: Int.self) == 1
            })
            let clock = ContinuousClock()
            let start = clock.now
            sleeper.cancel()
            let error = try await #require(throws: PostgresError.self) { try await sleeper.value }
            #expect(error.code == .queryCanceled)
            #expect(clock.now - start < .seconds(10))
            #expect(!connection.isBroken)
            #expect(try await connection.query("SELECT 7").rows[0].decode(0, as: Int.self) == 7)
        }
    }

    @Test func closedConnectionRefusesStatements() async throws {
        try await TestDatabase.withFresh { configuration in
            let connection = try await PostgresConnection.connect(configuration, logger: TestDatabase.logger)
            connection.close()
            #expect(connection.isBroken)
            await #expect { try await connection.query("SELECT 1") } throws: { ($0 as? PostgresError)?.code == .connectionFailure }
        }
    }

    @Test func wrongPasswordIsAConnectionFailureWithoutThePassword() async throws {
        var configuration = try TestDatabase.serverConfiguration()
        configuration.password = "definitely-wrong-password"
        let error = try await #require(throws: PostgresError.self) {
            _ = try await PostgresConnection.connect(configuration, logger: TestDatabase.logger)
        }
        #expect(error.code == .connectionFailure)
        #expect(!error.message.contains("definitely-wrong-password"))
    }
}
