import InngangPostgres
import Testing

@Suite("Migrations")
struct MigrationTests {
    static let first = Migration(version: 1, name: "create a", sql: "CREATE TABLE a (id int)")
    static let second = Migration(version: 2, name: "fill a", sql: "INSERT INTO a VALUES (1); INSERT INTO a VALUES (2)")

    @Test func pendingMigrationsApplyInOrderWithChecksums() async throws {
        try await TestDatabase.withPool { pool in
            try await MigrationRunner.apply([Self.second, Self.first], pool: pool, logger: TestDatabase.logger)
            let recorded = try await pool.query("SELECT version, name, checksum, applied_at FROM inngang_schema_migrations ORDER BY version")
            #expect(recorded.map { try? $0.decode("version", as: Int.self) } == [1, 2])
            #expect(try recorded[0].decode("name", as: String.self) == "create a")
            #expect(try recorded[0].decode("checksum", as: String.self) == "6e70fcd8fa64aaecba4287f3d3313df4303b5e9420cd804c261c029d886ee4d8")
            #expect(try await pool.query("SELECT count(*) FROM a").rows[0].decode(0, as: Int.self) == 2)

            // A second start applies nothing.
            try await MigrationRunner.apply([Self.first, Self.second], pool: pool, logger: TestDatabase.logger)
            #expect(try await pool.query("SELECT count(*) FROM a").rows[0].decode(0, as: Int.self) == 2)
        }
    }

    @Test func changedMigrationChecksumRefusesToStart() async throws {
        try await TestDatabase.withPool { pool in
            try await MigrationRunner.apply([Self.first], pool: pool, logger: TestDatabase.logger)
            let edited = Migration(version: 1, name: "create a", sql: "CREATE TABLE a (id bigint)")
            let error = try await #require(throws: PostgresError.self) {
                try await MigrationRunner.apply([edited, Self.second], pool: pool, logger: TestDatabase.logger)
            }
            #expect(error.code == .migrationChecksumMismatch)
            #expect(error.message.contains("migration 1"))
            #expect(try await pool.query("SELECT count(*) FROM a").rows[0].decode(0, as: Int.self) == 0, "migration 2 did not run")
            #expect(try await pool.query("SELECT count(*) FROM inngang_schema_migrations").rows[0].decode(0, as: Int.self) == 1)
        }
    }

    @Test func migrationsApplyOnceUnderConcurrentStarts() async throws {
        try await TestDatabase.withFresh { configuration in
            // Not idempotent: running either twice would fail.
            let migrations = [
                Migration(version: 1, name: "slow create", sql: "SELECT pg_sleep(0.3); CREATE TABLE a (id int)"),
                Migration(version: 2, name: "fill", sql: "INSERT INTO a VALUES (1)"),
                Migration(version: 3, name: "unique", sql: "ALTER TABLE a ADD CONSTRAINT a_id_key UNIQUE (id)"),
            ]
            let pools = (0..<3).map { _ in PostgresPool(configuration: configuration, maxConnections: 1, logger: TestDatabase.logger) }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for pool in pools {
                    group.addTask { try await MigrationRunner.apply(migrations, pool: pool, logger: TestDatabase.logger) }
                }
                try await group.waitForAll()
            }
            let versions = try await pools[0].query("SELECT version FROM inngang_schema_migrations ORDER BY version")
            #expect(versions.map { try? $0.decode(0, as: Int.self) } == [1, 2, 3])
            #expect(try await pools[0].query("SELECT count(*) FROM a").rows[0].decode(0, as: Int.self) == 1)
            for pool in pools { await pool.close() }
        }
    }

    @Test func failingMigrationRollsBackAndReleasesTheLock() async throws {
        try await TestDatabase.withFresh { configuration in
            let pool = PostgresPool(configuration: configuration, maxConnections: 1, logger: TestDatabase.logger)
            let broken = Migration(version: 2, name: "broken", sql: "CREATE TABLE b (id int); SELECT * FROM nowhere")
            let error = try await #require(throws: PostgresError.self) {
                try await MigrationRunner.apply([Self.first, broken], pool: pool, logger: TestDatabase.logger)
            }
            #expect(error.code == .undefinedTable)
            #expect(error.message.contains("migration 2"))
            #expect(try await pool.query("SELECT to_regclass('b') IS NULL").rows[0].decode(0, as: Bool.self))
            #expect(try await pool.query("SELECT max(version) FROM inngang_schema_migrations").rows[0].decode(0, as: Int.self) == 1)

            // Another instance can take the lock and finish the job once the migration is fixed.
            let other = PostgresPool(configuration: configuration, maxConnections: 1, logger: TestDatabase.logger)
            let fixed = Migration(version: 2, name: "fixed", sql: "CREATE TABLE b (id int)")
            try await withTimeout(.seconds(10)) {
                try await MigrationRunner.apply([Self.first, fixed], pool: other, logger: TestDatabase.logger)
            }
            #expect(try await other.query("SELECT to_regclass('b') IS NOT NULL").rows[0].decode(0, as: Bool.self))
            await pool.close()
            await other.close()
        }
    }

    @Test func duplicateVersionsAreRejected() async throws {
        try await TestDatabase.withPool { pool in
            await #expect { try await MigrationRunner.apply([Self.first, Self.first], pool: pool, logger: TestDatabase.logger) }
                throws: { ($0 as? PostgresError)?.code == .invalidMigration }
        }
    }
}
