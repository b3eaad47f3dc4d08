import ArgumentParser
import InngangJobs
import InngangPostgres
import Logging

/// Drain: enqueue N no-op jobs (not timed), then time the workers until every job is completed
/// (its row deleted by `JobSQL.complete`).
struct JobsDrainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jobs-drain",
        abstract: "Time Inngang's JobWorkers draining a pre-filled queue of no-op jobs.")

    @OptionGroup var common: CommonOptions
    @OptionGroup var queueOptions: QueueOptions

    @Option(help: "Jobs to enqueue before the clock starts.")
    var jobs = 20_000

    func run() async throws {
        let logger = common.makeLogger("inngang-bench.jobs-drain")
        let measurement = try await ScratchDatabase.with(adminURL: common.databaseURL, prefix: "drain", logger: logger) { database in
            try await withPool(database.configuration, maxConnections: queueOptions.connections, logger: logger) { pool in
                try await withConnection(database.configuration, logger: logger) { monitor in
                    try await measure(database: database, pool: pool, monitor: monitor, logger: logger)
                }
            }
        }
        progress(String(format: "inngang drain: %.0f jobs/s", measurement.value))
        try measurement.emit()
    }

    /// `monitor` is a connection of its own, so watching for the end takes nothing from the pool.
    private func measure(
        database: ScratchDatabase, pool: PostgresPool, monitor: PostgresConnection, logger: Logger
    ) async throws -> Measurement {
        let settings = queueOptions.settings
        let jobCount = jobs
        try await MigrationRunner.apply(JobQueue.migrations, pool: pool, logger: logger)
        let queue = JobQueue(pool: pool, logger: logger)
        progress("enqueueing \(jobCount) jobs (not timed)")
        try await queue.enqueueNoOps(jobCount)
        try await monitor.query("VACUUM ANALYZE inngang_jobs")
        try await pool.warmUp()

        let start = ContinuousClock.now
        let fleet = JobWorkerFleet(queue: queue, listenerConfiguration: database.configuration, settings: settings, logger: logger)
        // Cheap in-process wait for the handlers first, then the database for the last completions.
        try await waitUntil("every handler ran", timeout: .seconds(300), interval: .milliseconds(1)) {
            fleet.handled.count >= jobCount
        }
        try await waitUntil("every job is completed", timeout: .seconds(60)) {
            try await monitor.query("SELECT NOT EXISTS (SELECT 1 FROM inngang_jobs)")[0].decode(0, as: Bool.self)
        }
        let elapsed = (ContinuousClock.now - start).inSeconds
        await fleet.stop()
        guard fleet.handled.count == jobCount else {
            throw BenchError(.invalidResult, "handlers ran \(fleet.handled.count) times for \(jobCount) jobs")
        }
        return Measurement(
            benchmark: "jobqueue_drain", system: "inngang", value: Double(jobCount) / elapsed, unit: "jobs/s",
            details: ["jobs": Double(jobCount), "seconds": elapsed],
            parameters: settings.description)
    }
}
