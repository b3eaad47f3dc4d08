import Logging
import Synchronization

/// A bounded pool of `PostgresConnection`s.
///
/// Connections open lazily up to `maxConnections`. When all are busy, callers wait in FIFO order
/// for at most `acquireTimeout` and then get `PostgresError(.poolTimeout)`. Broken connections are
/// discarded on return and replaced when someone waits.
public final class PostgresPool: Sendable {
    public let configuration: PostgresConfiguration
    public let maxConnections: Int
    public let acquireTimeout: Duration
    private let logger: Logger
    private let state: Mutex<PoolState>

    public init(configuration: PostgresConfiguration, maxConnections: Int = 10, acquireTimeout: Duration = .seconds(5), logger: Logger) {
        precondition(maxConnections > 0, "a pool needs at least one connection")
        self.configuration = configuration
        self.maxConnections = maxConnections
        self.acquireTimeout = acquireTimeout
        var logger = logger
        logger[metadataKey: PostgresLogKey.database] = "\(configuration.database)"
        self.logger = logger
        self.state = Mutex(PoolState(maxConnections: maxConnections))
    }

    /// Lends a connection to `body` and takes it back afterwards, also when `body` throws.
    /// A connection returned inside a transaction is rolled back first.
    public func withConnection<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        let connection = try await acquire()
        let result: Result<T, any Error>
        do {
            result = .success(try await body(connection))
        } catch {
            result = .failure(error)
        }
        await resetIfNeeded(connection)
        release(connection)
        return try result.get()
    }

    /// Runs `body` inside `BEGIN`…`COMMIT`. When `body` throws, the transaction is rolled back and the
    /// error rethrown. If COMMIT reports a rollback (a statement failed and its error was swallowed),
    /// throws `.transactionRolledBack`.
    public func withTransaction<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await withConnection { connection in
            try await connection.query("BEGIN")
            let value: T
            do {
                value = try await body(connection)
            } catch {
                if !connection.isBroken {
                    do {
                        try await connection.query("ROLLBACK")
                    } catch let rollbackError {
                        logger.warning("postgres rollback failed", metadata: [PostgresLogKey.reason: "\(rollbackError)"])
                    }
                }
                throw error
            }
            let commit = try await connection.query("COMMIT")
            if commit.commandTag == "ROLLBACK" {
                throw PostgresError(code: .transactionRolledBack, message: "COMMIT rolled back the transaction because a statement in it had failed")
            }
            return value
        }
    }

    /// Runs one statement on a pooled connection.
    @discardableResult
    public func query(_ sql: String, _ parameters: [any PostgresEncodable] = []) async throws -> PostgresResult {
        try await withConnection { try await $0.query(sql, parameters) }
    }

    /// A snapshot of the pool's counters (for metrics and tests).
    public struct Statistics: Sendable, Equatable {
        /// Connections that exist or are being opened.
        public var open: Int
        public var idle: Int
        public var inUse: Int
        /// Tasks waiting for a connection.
        public var waiting: Int
    }

    public var statistics: Statistics {
        state.withLock { Statistics(open: $0.open, idle: $0.idle.count, inUse: $0.inUse, waiting: $0.waiters.count) }
    }

    /// Readiness check: a round trip to the server through the pool.
    public func ping() async throws {
        try await query("SELECT 1")
    }

    /// Closes idle connections and fails waiting and future acquires with `.poolClosed`.
    /// Connections in use are closed when they come back.
    public func close() async {
        let (idle, waiters) = state.withLock { $0.close() }
        let error = PostgresError(code: .poolClosed, message: "the connection pool is closed")
        for waiter in waiters {
            waiter.resume(with: .failure(error))
        }
        for connection in idle {
            await connection.closeAndWait()
        }
    }

    // MARK: Acquire and release

    func acquire() async throws -> PostgresConnection {
        if let connection = state.withLock({ $0.takeIdle() }) {
            return connection
        }
        let id = state.withLock { $0.makeWaiterID() }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<PostgresConnection, any Error>) in
                let waiter = PoolState.Waiter(id: id, continuation: continuation)
                // Checked inside the lock so a concurrent cancel either sees the queued waiter or we see the flag.
                let action = state.withLock { $0.acquire(waiter, isCancelled: Task.isCancelled) }
                switch action {
                case .use(let connection):
                    continuation.resume(returning: connection)
                case .fail(let error):
                    continuation.resume(throwing: error)
                case .wait(let openConnection):
                    startTimeout(forWaiter: id)
                    if openConnection { self.openConnection() }
                }
            }
        } onCancel: {
            state.withLock { $0.removeWaiter(id: id) }?.resume(with: .failure(CancellationError()))
        }
    }

    private func startTimeout(forWaiter id: UInt64) {
        let timeout = Task { [acquireTimeout] in
            guard (try? await Task.sleep(for: acquireTimeout)) != nil else { return }
            self.timeOut(waiter: id)
        }
        if !state.withLock({ $0.attachTimeout(timeout, toWaiter: id) }) {
            timeout.cancel()
        }
    }

    func release(_ connection: PostgresConnection) {
        let healthy = !connection.isBroken
        perform(state.withLock { $0.release(connection, healthy: healthy) })
    }

    private func perform(_ action: PoolState.ReturnAction) {
        switch action {
        case .keep:
            break
        case .handOver(let waiter, let connection):
            waiter.resume(with: .success(connection))
        case .discard(let connection, let openReplacement):
            connection.close()
            if openReplacement { openConnection() }
        }
    }

    private func openConnection() {
        Task {
            do {
                let connection = try await PostgresConnection.connect(configuration, logger: logger)
                perform(state.withLock { $0.opened(connection) })
            } catch {
                logger.warning("postgres pool could not open a connection", metadata: [PostgresLogKey.reason: "\(error)"])
                let (failed, retry) = state.withLock { $0.openFailed() }
                failed?.resume(with: .failure(error))
                if retry { openConnection() }
            }
        }
    }

    private func timeOut(waiter id: UInt64) {
        let (waiter, statistics) = state.withLock { state in
            (state.removeWaiter(id: id), Statistics(open: state.open, idle: state.idle.count, inUse: state.inUse, waiting: state.waiters.count))
        }
        guard let waiter else { return }
        let opening = statistics.open - statistics.inUse - statistics.idle
        let message = "no connection free within \(Self.format(acquireTimeout)); pool size \(maxConnections), "
            + "\(statistics.inUse) in use, \(opening) opening, \(statistics.waiting) other tasks waiting (database \(configuration.database))"
        logger.warning("postgres pool acquire timed out", metadata: [PostgresLogKey.poolSize: "\(maxConnections)"])
        waiter.resume(with: .failure(PostgresError(code: .poolTimeout, message: message)))
    }

    /// A connection that comes back inside a transaction (the body threw between BEGIN and COMMIT
    /// outside `withTransaction`, or a statement was cancelled) is rolled back, or discarded if that fails.
    private func resetIfNeeded(_ connection: PostgresConnection) async {
        guard !connection.isBroken, connection.isInsideTransaction else { return }
        logger.warning("postgres connection returned to the pool inside a transaction; rolling back")
        do {
            try await connection.query("ROLLBACK")
        } catch {
            connection.close()
        }
        if connection.isInsideTransaction { connection.close() }
    }

    static func format(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        if attoseconds == 0 { return "\(seconds)s" }
        let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        return "\(milliseconds)ms"
    }
}
