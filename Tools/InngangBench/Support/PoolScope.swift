import InngangPostgres
import Logging

/// Runs `body` with a new pool and closes the pool afterwards, also when `body` throws.
func withPool<T>(
    _ configuration: PostgresConfiguration, maxConnections: Int, logger: Logger,
    _ body: (PostgresPool) async throws -> T
) async throws -> T {
    let pool = PostgresPool(configuration: configuration, maxConnections: maxConnections, logger: logger)
    do {
        let result = try await body(pool)
        await pool.close()
        return result
    } catch {
        await pool.close()
        throw error
    }
}

/// Runs `body` with a dedicated connection (not from a pool) and closes it afterwards.
func withConnection<T>(
    _ configuration: PostgresConfiguration, logger: Logger, _ body: (PostgresConnection) async throws -> T
) async throws -> T {
    let connection = try await PostgresConnection.connect(configuration, logger: logger)
    defer { connection.close() }
    return try await body(connection)
}
