import Foundation
import InngangPostgres
import Logging

/// A fresh database for one benchmark run, created next to the admin database and dropped after.
struct ScratchDatabase {
    let admin: PostgresConfiguration
    let configuration: PostgresConfiguration
    let name: String
    private let logger: Logger

    /// Creates `bench_<prefix>_<random>`.
    static func create(adminURL: String, prefix: String, logger: Logger) async throws -> ScratchDatabase {
        let admin = try PostgresConfiguration(url: adminURL)
        let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        let name = "bench_\(prefix)_\(suffix)"
        let connection = try await PostgresConnection.connect(admin, logger: logger)
        defer { connection.close() }
        // An identifier cannot be a bound parameter; the name is built from [a-z0-9_] only.
        try await connection.execute("CREATE DATABASE \(name)")
        return ScratchDatabase(admin: admin, configuration: admin.withDatabase(name), name: name, logger: logger)
    }

    private init(admin: PostgresConfiguration, configuration: PostgresConfiguration, name: String, logger: Logger) {
        self.admin = admin
        self.configuration = configuration
        self.name = name
        self.logger = logger
    }

    /// Drops the database, closing connections that are still open. Failures are logged only.
    func drop() async {
        do {
            let connection = try await PostgresConnection.connect(admin, logger: logger)
            defer { connection.close() }
            try await connection.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        } catch {
            logger.warning("could not drop benchmark database", metadata: ["database": "\(name)", "error": "\(error)"])
        }
    }

    /// Runs `body` with the database and drops it afterwards, also when `body` throws.
    static func with<T>(
        adminURL: String, prefix: String, logger: Logger, _ body: (ScratchDatabase) async throws -> T
    ) async throws -> T {
        let database = try await create(adminURL: adminURL, prefix: prefix, logger: logger)
        do {
            let result = try await body(database)
            await database.drop()
            return result
        } catch {
            await database.drop()
            throw error
        }
    }
}
