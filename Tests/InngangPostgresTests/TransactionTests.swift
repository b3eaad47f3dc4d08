import InngangPostgres
import Testing

@Suite("Transactions")
struct TransactionTests {
    struct Boom: Error {}

    @Test func throwingTransactionRollsBack() async throws {
        try await TestDatabase.withPool { pool in
            try await pool.query("CREATE TABLE note (id int PRIMARY KEY)")
            await #expect(throws: Boom.self) {
                try await pool.withTransaction { connection in
                    try await connection.query("INSERT INTO note VALUES ($1)", [1])
                    throw Boom()
                }
            }
            #expect(try await pool.query("SELECT count(*) FROM note").rows[0].decode(0, as: Int.self) == 0)
        }
    }

    @Test func returningTransactionCommits() async throws {
        try await TestDatabase.withPool { pool in
            try await pool.query("CREATE TABLE note (id int PRIMARY KEY)")
            let inserted = try await pool.withTransaction { connection in
                try await connection.query("INSERT INTO note VALUES ($1), ($2)", [1, 2]).affectedRows
            }
            #expect(inserted == 2)
            #expect(try await pool.query("SELECT count(*) FROM note").rows[0].decode(0, as: Int.self) == 2)
        }
    }

    @Test func swallowedStatementErrorMakesCommitThrow() async throws {
        try await TestDatabase.withPool { pool in
            try await pool.query("CREATE TABLE note (id int PRIMARY KEY)")
            let error = try await #require(throws: PostgresError.self) {
                try await pool.withTransaction { connection in
                    try await connection.query("INSERT INTO note VALUES ($1)", [1])
                    _ = try? await connection.query("INSERT INTO note VALUES ($1)", [1])   // fails, error ignored
                }
            }
            #expect(error.code == .transactionRolledBack)
            #expect(try await pool.query("SELECT count(*) FROM note").rows[0].decode(0, as: Int.self) == 0)
        }
    }

    @Test func connectionReturnedInsideATransactionIsRolledBack() async throws {
        try await TestDatabase.withPool(maxConnections: 1) { pool in
            try await pool.query("CREATE TABLE note (id int PRIMARY KEY)")
            try await pool.withConnection { connection in
                try await connection.execute("BEGIN; INSERT INTO note VALUES (1)")
            }
            let row = try await pool.query("SELECT count(*), pg_current_xact_id_if_assigned() IS NULL FROM note").rows[0]
            #expect(try row.decode(0, as: Int.self) == 0)
            #expect(try row.decode(1, as: Bool.self), "the next user is not inside the old transaction")
        }
    }
}
