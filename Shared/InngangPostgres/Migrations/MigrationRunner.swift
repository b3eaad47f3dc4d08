import Logging

/// Applies versioned SQL migrations at service start.
public enum MigrationRunner {
    /// The `pg_advisory_lock` key held while migrating ("inngang" in ASCII). Advisory locks are
    /// per database, so services with their own databases do not block each other.
    static let lockKey: Int64 = 0x69_6E_6E_67_61_6E_67

    static let checksumSQL = "encode(sha256(convert_to($1, 'UTF8')), 'hex')"

    /// Applies pending migrations once under `pg_advisory_lock`, each in its own transaction,
    /// recording version, name, sha256 checksum and `applied_at` in `inngang_schema_migrations`.
    /// A recorded migration whose checksum differs throws `PostgresError(.migrationChecksumMismatch)`
    /// naming the version, before anything is applied (refuse to start).
    public static func apply(_ migrations: [Migration], pool: PostgresPool, logger: Logger) async throws {
        let ordered = try validated(migrations)
        var logger = logger
        logger[metadataKey: PostgresLogKey.database] = "\(pool.configuration.database)"
        try await pool.withConnection { connection in
            try await connection.query("SELECT pg_advisory_lock($1)", [lockKey])
            do {
                try await applyLocked(ordered, on: connection, logger: logger)
            } catch {
                if !connection.isBroken {
                    _ = try? await connection.query("SELECT pg_advisory_unlock($1)", [lockKey])
                }
                throw error
            }
            try await connection.query("SELECT pg_advisory_unlock($1)", [lockKey])
        }
    }

    private static func validated(_ migrations: [Migration]) throws -> [Migration] {
        let ordered = migrations.sorted { $0.version < $1.version }
        for (index, migration) in ordered.enumerated() {
            guard migration.version > 0 else {
                throw PostgresError(code: .invalidMigration, message: "migration version \(migration.version) (\(migration.name)) must be positive")
            }
            if index > 0, ordered[index - 1].version == migration.version {
                throw PostgresError(code: .invalidMigration, message: "migration version \(migration.version) is used twice")
            }
        }
        return ordered
    }

    private static func applyLocked(_ migrations: [Migration], on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute("""
            CREATE TABLE IF NOT EXISTS inngang_schema_migrations (
                version bigint PRIMARY KEY,
                name text NOT NULL,
                checksum text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            )
            """)
        var recorded: [Int: String] = [:]
        for row in try await connection.query("SELECT version, checksum FROM inngang_schema_migrations") {
            recorded[try row.decode(0, as: Int.self)] = try row.decode(1, as: String.self)
        }

        // Verify everything already applied before changing anything.
        for migration in migrations {
            guard let checksum = recorded[migration.version] else { continue }
            let current = try await connection.query("SELECT \(checksumSQL)", [migration.sql]).rows[0].decode(0, as: String.self)
            guard current == checksum else {
                throw PostgresError(
                    code: .migrationChecksumMismatch,
                    message: "migration \(migration.version) (\(migration.name)) was changed after it was applied "
                        + "(recorded checksum \(checksum.prefix(12))…, now \(current.prefix(12))…); refusing to start. "
                        + "Restore its SQL and add a new migration instead."
                )
            }
        }
        let known = Set(migrations.map(\.version))
        let unknown = recorded.keys.filter { !known.contains($0) }.sorted()
        if !unknown.isEmpty {
            logger.warning("database has migrations this build does not know", metadata: ["postgres.migration.versions": "\(unknown)"])
        }

        for migration in migrations where recorded[migration.version] == nil {
            try await applyOne(migration, on: connection)
            logger.info("applied migration", metadata: [
                PostgresLogKey.migrationVersion: "\(migration.version)",
                PostgresLogKey.migrationName: "\(migration.name)",
            ])
        }
    }

    private static func applyOne(_ migration: Migration, on connection: PostgresConnection) async throws {
        try await connection.query("BEGIN")
        do {
            try await connection.execute(migration.sql)
            try await connection.query(
                "INSERT INTO inngang_schema_migrations (version, name, checksum) VALUES ($2, $3, \(checksumSQL))",
                [migration.sql, migration.version, migration.name]
            )
            let commit = try await connection.query("COMMIT")
            guard commit.commandTag == "COMMIT" else {
                throw PostgresError(code: .transactionRolledBack, message: "COMMIT rolled back")
            }
        } catch var error as PostgresError {
            if !connection.isBroken { _ = try? await connection.query("ROLLBACK") }
            error.message = "migration \(migration.version) (\(migration.name)) failed: \(error.message)"
            throw error
        } catch {
            if !connection.isBroken { _ = try? await connection.query("ROLLBACK") }
            throw error
        }
    }
}
