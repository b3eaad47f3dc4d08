import Foundation
import InngangJobs
import InngangPostgres
import Logging
import Synchronization

/// A fresh database per test, with the job queue's migrations applied; dropped afterwards.
/// Reads `INNGANG_TEST_DATABASE_URL`; fails (does not skip) when PostgreSQL is unreachable.
struct TestDatabase: Sendable {
    let configuration: PostgresConfiguration
    let pool: PostgresPool
    let queue: JobQueue
    let logger: Logger

    static let defaultURL = "postgres://inngang:inngang@127.0.0.1:55432/inngang"

    static func makeLogger() -> Logger {
        var logger = Logger(label: "inngang.jobs.tests")
        let level = ProcessInfo.processInfo.environment["INNGANG_TEST_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:))
        logger.logLevel = level ?? .critical
        return logger
    }

    /// Runs `body` against a new database `t_jobs_<random>` and drops it afterwards, also on failure.
    static func with<T: Sendable>(
        maxConnections: Int = 20,
        _ body: (TestDatabase) async throws -> T
    ) async throws -> T {
        let logger = makeLogger()
        let url = ProcessInfo.processInfo.environment["INNGANG_TEST_DATABASE_URL"] ?? defaultURL
        let admin = try PostgresConfiguration(url: url)
        let name = "t_jobs_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        let adminConnection = try await PostgresConnection.connect(admin, logger: logger)
        defer { adminConnection.close() }
        try await adminConnection.execute("CREATE DATABASE \(name)")

        let configuration = admin.withDatabase(name)
        let pool = PostgresPool(configuration: configuration, maxConnections: maxConnections, logger: logger)
        let database = TestDatabase(
            configuration: configuration, pool: pool, queue: JobQueue(pool: pool, logger: logger), logger: logger)
        let result: Result<T, any Error>
        do {
            try await MigrationRunner.apply(JobQueue.migrations, pool: pool, logger: logger)
            result = .success(try await body(database))
        } catch {
            result = .failure(error)
        }
        await pool.close()
        try await adminConnection.execute("DROP DATABASE \(name) WITH (FORCE)")
        return try result.get()
    }

    /// Number of rows in `inngang_jobs` in `state` (all rows when `nil`).
    func count(state: JobState? = nil) async throws -> Int {
        let result = if let state {
            try await pool.query("SELECT count(*) FROM inngang_jobs WHERE state = $1::inngang_job_state", [state.rawValue])
        } else {
            try await pool.query("SELECT count(*) FROM inngang_jobs")
        }
        return try result[0].decode(0, as: Int.self)
    }
}

/// Polls `condition` until it holds or `timeout` passes; returns whether it held.
func eventually(
    timeout: Duration = .seconds(10), every interval: Duration = .milliseconds(20),
    _ condition: () async throws -> Bool
) async throws -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if try await condition() { return true }
        try await Task.sleep(for: interval)
    }
    return try await condition()
}

/// A thread-safe value for handlers to record into.
final class Recorder<Value: Sendable>: Sendable {
    private let value: Mutex<Value>
    init(_ initial: Value) { value = Mutex(initial) }
    func update<R: Sendable>(_ body: (inout Value) -> R) -> R { value.withLock { body(&$0) } }
    var current: Value { value.withLock { $0 } }
}

/// Deterministic generator for jitter tests (SplitMix64).
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
