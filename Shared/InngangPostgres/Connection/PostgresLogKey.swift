import Logging

/// Metadata keys used in this module's log lines.
enum PostgresLogKey {
    static let database = "postgres.database"
    static let host = "postgres.host"
    static let reason = "postgres.reason"
    static let channel = "postgres.channel"
    static let poolSize = "postgres.pool.size"
    static let migrationVersion = "postgres.migration.version"
    static let migrationName = "postgres.migration.name"
}
