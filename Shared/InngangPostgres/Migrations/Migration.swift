/// One versioned schema change. Once applied, its SQL must never change: add a new migration.
public struct Migration: Sendable {
    /// Positive, unique; migrations apply in ascending order.
    public var version: Int
    /// Short description, recorded for people reading the table.
    public var name: String
    /// One or more statements, run in one transaction (so no `CREATE INDEX CONCURRENTLY`).
    public var sql: String

    public init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
    }
}
