import ArgumentParser
import Foundation
import InngangJobs
import InngangPostgres
import Logging

/// The raw-SQL reference for the drain: pgbench runs JobSQL's lease and complete statements (see
/// ``PgbenchScript``) from `connections` clients on a queue filled like Inngang's.
struct RawSQLDrainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "raw-sql-drain",
        abstract: "Drain the same queue with pgbench running JobSQL's lease and complete statements.")

    @OptionGroup var common: CommonOptions
    @OptionGroup var queueOptions: QueueOptions

    @Option(help: "Jobs to enqueue before pgbench starts.")
    var jobs = 20_000

    @Option(help: "The pgbench executable.")
    var pgbench = "pgbench"

    @Option(help: "pgbench query mode (-M): extended matches Inngang's PQexecParams; prepared is the ceiling.")
    var queryMode = "extended"

    @Option(help: "The committed copy of the script (bench/pgbench/lease_complete.sql), checked against JobSQL.")
    var expectScript: String?

    func run() async throws {
        // The script that runs is always generated from JobSQL, so it is exact by construction; a
        // committed copy that no longer matches is reported (it documents what runs) but not fatal.
        var committedCopy = "not checked"
        if let expectScript {
            let committed = try? String(contentsOfFile: expectScript, encoding: .utf8)
            committedCopy = committed == PgbenchScript.text ? "matches JobSQL" : "stale"
            if committed != PgbenchScript.text {
                progress("WARNING: \(expectScript) differs from JobSQL; refresh it: inngang-bench pgbench-script > \(expectScript)")
            }
        }
        let logger = common.makeLogger("inngang-bench.raw-sql-drain")
        let measurement = try await ScratchDatabase.with(adminURL: common.databaseURL, prefix: "rawsql", logger: logger) { database in
            try await withPool(database.configuration, maxConnections: 1, logger: logger) { pool in
                try await measure(database: database, pool: pool, logger: logger, committedCopy: committedCopy)
            }
        }
        progress(String(format: "raw SQL (pgbench) drain: %.0f jobs/s", measurement.value))
        try measurement.emit()
    }

    private func measure(
        database: ScratchDatabase, pool: PostgresPool, logger: Logger, committedCopy: String
    ) async throws -> Measurement {
        let clients = queueOptions.connections
        let batchSize = queueOptions.batchSize
        try await MigrationRunner.apply(JobQueue.migrations, pool: pool, logger: logger)
        progress("enqueueing \(jobs) jobs (not timed)")
        try await JobQueue(pool: pool, logger: logger).enqueueNoOps(jobs)
        try await pool.query("VACUUM ANALYZE inngang_jobs")

        let scriptURL = FileManager.default.temporaryDirectory.appendingPathComponent("\(database.name).pgbench.sql")
        try PgbenchScript.text.write(to: scriptURL, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: scriptURL) }
        // Every lease of a non-empty queue returns a full batch (SKIP LOCKED hands each client other
        // rows), so this many transactions per client drain the queue; one more finds it empty.
        let perClient = (jobs + clients * batchSize - 1) / (clients * batchSize) + 1
        let configuration = database.configuration
        var arguments = [
            pgbench, "-n", "-M", queryMode, "-c", "\(clients)", "-j", "\(clients)", "-t", "\(perClient)",
            "-f", scriptURL.path, "-h", configuration.host, "-p", "\(configuration.port)", "-U", configuration.user,
        ]
        for (name, value) in PgbenchScript.variables(batchSize: batchSize).sorted(by: { $0.key < $1.key }) {
            arguments += ["-D", "\(name)=\(value)"]
        }
        arguments.append(configuration.database)
        let output = try await runProcess(arguments, environment: configuration.password.map { ["PGPASSWORD": $0] } ?? [:])
        guard output.status == 0 else {
            throw BenchError(.referenceFailed, "pgbench exited with \(output.status): \(output.standardError)\(output.standardOutput)")
        }
        let report = try PgbenchReport(output.standardOutput)
        let remaining = try await pool.query("SELECT count(*) FROM inngang_jobs")[0].decode(0, as: Int.self)
        guard remaining == 0 else { throw BenchError(.invalidResult, "pgbench left \(remaining) of \(jobs) jobs in the queue") }

        // tps excludes pgbench's connection set-up, as the Inngang run excludes the pool's.
        let seconds = Double(report.transactions) / report.tps
        var parameters = queueOptions.settings.description
        parameters["workers"] = "\(clients)"
        parameters["query_mode"] = queryMode
        parameters["handler_concurrency"] = nil
        parameters["committed_script"] = committedCopy
        return Measurement(
            benchmark: "jobqueue_drain", system: "raw_sql", value: Double(jobs) / seconds, unit: "jobs/s",
            details: [
                "jobs": Double(jobs), "seconds": seconds, "transactions": Double(report.transactions),
                "tps": report.tps, "wall_seconds": output.seconds,
            ],
            parameters: parameters)
    }
}

/// The figures of pgbench's summary that the drain needs.
struct PgbenchReport {
    var transactions: Int
    var tps: Double

    init(_ text: String) throws {
        func value(after prefix: String) -> Substring? {
            text.split(separator: "\n").first { $0.hasPrefix(prefix) }?.dropFirst(prefix.count)
        }
        guard let processed = value(after: "number of transactions actually processed: "),
              let count = processed.split(separator: "/").first.flatMap({ Int($0) }),
              let tpsText = value(after: "tps = "),
              let tps = tpsText.split(separator: " ").first.flatMap({ Double($0) }), tps > 0
        else {
            throw BenchError(.referenceFailed, "cannot read pgbench's summary:\n\(text)")
        }
        transactions = count
        self.tps = tps
    }
}
