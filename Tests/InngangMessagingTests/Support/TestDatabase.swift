import InngangMessaging
import InngangPostgres

/// A fresh database with the outbox and inbox schema, dropped after the test.
struct TestDatabase: Sendable {
    let name: String
    let configuration: PostgresConfiguration
    let pool: PostgresPool

    static func with<T: Sendable>(_ body: (TestDatabase) async throws -> T) async throws -> T {
        let admin = try PostgresConfiguration(url: TestEnvironment.databaseURL)
        let name = "t_messaging_" + TestEnvironment.uniqueSuffix()  // [a-z0-9_] only: safe as an identifier
        try await adminExecute("CREATE DATABASE \(name)", admin)
        let configuration = admin.withDatabase(name)
        let pool = PostgresPool(configuration: configuration, maxConnections: 8, logger: TestEnvironment.logger)
        let database = TestDatabase(name: name, configuration: configuration, pool: pool)
        let result: Result<T, any Error>
        do {
            try await MigrationRunner.apply(Outbox.migrations + Inbox.migrations, pool: pool, logger: TestEnvironment.logger)
            result = .success(try await body(database))
        } catch {
            result = .failure(error)
        }
        await pool.close()
        try await adminExecute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", admin)
        return try result.get()
    }

    private static func adminExecute(_ sql: String, _ configuration: PostgresConfiguration) async throws {
        let connection = try await PostgresConnection.connect(configuration, logger: TestEnvironment.logger)
        defer { connection.close() }
        try await connection.execute(sql)
    }

    /// A single integer read with `sql`.
    func count(_ sql: String, _ parameters: [any PostgresEncodable] = []) async throws -> Int {
        try await pool.query(sql, parameters).rows[0].decode(0, as: Int.self)
    }

    func unpublishedCount() async throws -> Int {
        try await pool.withConnection { try await Outbox.unpublishedCount(on: $0) }
    }
}
