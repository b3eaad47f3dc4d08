import Foundation
import InngangPostgres
import Logging

/// Creates a fresh database per test on the server named by `INNGANG_TEST_DATABASE_URL` and drops it
/// afterwards. Fails (does not skip) when the server is unreachable.
enum TestDatabase {
    static let logger: Logger = {
        var logger = Logger(label: "inngang.postgres.tests")
        logger.logLevel = .error
        return logger
    }()

    static func serverConfiguration() throws -> PostgresConfiguration {
        let url = ProcessInfo.processInfo.environment["INNGANG_TEST_DATABASE_URL"]
            ?? "postgres://inngang:inngang@127.0.0.1:55432/inngang"
        return try PostgresConfiguration(url: url)
    }

    /// Runs `body` with the configuration of a new, empty database.
    @discardableResult
    static func withFresh<T: Sendable>(_ body: (PostgresConfiguration) async throws -> T) async throws -> T {
        let server = try serverConfiguration()
        let name = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(20)
        let identifier = try validatedIdentifier(name)
        let admin = try await PostgresConnection.connect(server, logger: logger)
        defer { admin.close() }
        try await admin.execute("CREATE DATABASE \(identifier)")
        let result: Result<T, any Error>
        do {
            result = .success(try await body(server.withDatabase(name)))
        } catch {
            result = .failure(error)
        }
        try await admin.execute("DROP DATABASE IF EXISTS \(identifier) WITH (FORCE)")
        return try result.get()
    }

    /// Only plain lower-case identifiers may be spliced into CREATE/DROP DATABASE.
    static func validatedIdentifier(_ name: String) throws -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789_")
        guard let first = name.first, first.isLetter, name.count <= 63, name.allSatisfy(allowed.contains) else {
            throw PostgresError(code: .invalidConfiguration, message: "not a safe test database name: \(name)")
        }
        return name
    }

    /// A pool on a fresh database, closed afterwards.
    @discardableResult
    static func withPool<T: Sendable>(
        maxConnections: Int = 4, acquireTimeout: Duration = .seconds(5),
        _ body: (PostgresPool) async throws -> T
    ) async throws -> T {
        try await withFresh { configuration in
            let pool = PostgresPool(configuration: configuration, maxConnections: maxConnections, acquireTimeout: acquireTimeout, logger: logger)
            let result: Result<T, any Error>
            do {
                result = .success(try await body(pool))
            } catch {
                result = .failure(error)
            }
            await pool.close()
            return try result.get()
        }
    }
}

/// Polls `condition` until it holds or `timeout` passes; returns whether it held.
func eventually(timeout: Duration = .seconds(10), _ condition: () async throws -> Bool) async rethrows -> Bool {
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    while clock.now < deadline {
        if try await condition() { return true }
        try? await Task.sleep(for: .milliseconds(20))
    }
    return try await condition()
}
