import Dispatch
import Logging
import Synchronization

/// One libpq connection, used by one task at a time.
///
/// Every blocking libpq call runs on the connection's own serial `DispatchQueue` and is awaited
/// through a continuation, so Swift's cooperative thread pool never blocks. Cancelling the
/// awaiting task while a statement runs sends a cancel request to the server; the statement then
/// fails with `.queryCanceled`. A task that is already cancelled can still run statements (so
/// `ROLLBACK` works during shutdown).
public final class PostgresConnection: @unchecked Sendable {
    private struct State {
        var closed = false
        var broken = false
        var transactionStatus: LibPQConnection.TransactionStatus = .idle
        var nextStatementID: UInt64 = 0
        var runningStatementID: UInt64?
    }

    private let libpq: LibPQConnection
    private let queue: DispatchQueue
    private let cancelToken: LibPQCancelToken?
    /// Entered while a cancel request is in flight, so it cannot hit the next statement.
    private let pendingCancels = DispatchGroup()
    private let state = Mutex(State())
    private let logger: Logger
    /// Where this connection points, without the password.
    public let configuration: PostgresConfiguration

    private init(libpq: LibPQConnection, queue: DispatchQueue, configuration: PostgresConfiguration, logger: Logger) {
        self.libpq = libpq
        self.queue = queue
        self.cancelToken = libpq.makeCancelToken()
        self.configuration = configuration
        self.logger = logger
    }


    /// Opens a connection; throws `.connectionFailure` with libpq's reason.
    public static func connect(_ configuration: PostgresConfiguration, logger: Logger) async throws -> PostgresConnection {
        let queue = DispatchQueue(label: "inngang.postgres.connection")
        let libpq = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<LibPQConnection, any Error>) in
            queue.async {
                continuation.resume(with: Result { try LibPQConnection.connect(configuration) })
            }
        }
        var logger = logger
        logger[metadataKey: PostgresLogKey.database] = "\(configuration.database)"
        logger.debug("postgres connection opened", metadata: [PostgresLogKey.host: "\(configuration.host):\(configuration.port)"])
        return PostgresConnection(libpq: libpq, queue: queue, configuration: configuration, logger: logger)
    }

    /// Runs one statement with bound parameters (text format). `$1`, `$2`… in `sql` refer to
    /// `parameters`; values are never spliced into the SQL text.
    ///
    /// Each distinct `sql` is prepared once per connection (a named prepared statement, parameter
    /// types inferred by the server, at most 256 per connection, least recently used evicted) and
    /// reused, so repeated statements skip parsing (and planning, once the server picks a generic
    /// plan). Keep values out of `sql` so it repeats. A statement made stale by `ALTER TABLE`
    /// (SQLSTATE 0A000) or deallocated behind the cache (26000) is prepared again and retried once
    /// when no transaction is open; inside a transaction the error is thrown (the transaction is
    /// aborted) and the next run after `ROLLBACK` prepares afresh.
    @discardableResult
    public func query(_ sql: String, _ parameters: [any PostgresEncodable] = []) async throws -> PostgresResult {
        let texts = parameters.map { $0.postgresText }
        return try await run { try $0.query(sql, parameters: texts) }
    }

    /// Runs one or more statements without parameters through the simple query protocol
    /// (migrations, `BEGIN`/`COMMIT`).
    public func execute(_ sql: String) async throws {
        _ = try await run { try $0.execute(sql) }
    }

    /// True once the connection was lost or closed; a pool discards such connections.
    public var isBroken: Bool {
        state.withLock { $0.broken || $0.closed }
    }

    /// Whether the server reported an open (or failed) transaction after the last statement.
    var isInsideTransaction: Bool {
        state.withLock { $0.transactionStatus != .idle }
    }

    /// Closes the connection once the statement in flight (if any) has finished. Idempotent.
    public func close() {
        guard markClosed() else { return }
        queue.async { [libpq, pendingCancels] in
            pendingCancels.wait()
            libpq.finish()
        }
    }

    /// Closes the connection and waits until the socket is closed.
    func closeAndWait() async {
        guard markClosed() else { return }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            queue.async { [libpq, pendingCancels] in
                pendingCancels.wait()
                libpq.finish()
                continuation.resume()
            }
        }
    }

    private func markClosed() -> Bool {
        state.withLock { state in
            defer { state.closed = true }
            return !state.closed
        }
    }

    // MARK: Running work on the connection's queue

    private func run<T: Sendable>(_ work: @escaping @Sendable (LibPQConnection) throws -> T) async throws -> T {
        let statementID: UInt64? = state.withLock { state in
            guard !state.closed else { return nil }
            state.nextStatementID &+= 1
            return state.nextStatementID
        }
        guard let statementID else {
            throw PostgresError(code: .connectionFailure, message: "connection is closed")
        }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
                queue.async { [self] in
                    pendingCancels.wait()
                    state.withLock { $0.runningStatementID = statementID }
                    let result = Result { try work(libpq) }
                    let broken = libpq.isBad
                    let transactionStatus = libpq.transactionStatus
                    let newlyBroken = state.withLock { state in
                        state.runningStatementID = nil
                        state.transactionStatus = transactionStatus
                        defer { state.broken = state.broken || broken }
                        return broken && !state.broken && !state.closed
                    }
                    if newlyBroken {
                        logger.warning("postgres connection lost", metadata: [PostgresLogKey.reason: "\(libpq.errorMessage)"])
                    }
                    continuation.resume(with: result)
                }
            }
        } onCancel: {
            requestCancel(of: statementID)
        }
    }

    /// Sends a cancel request if `statementID` is the statement running right now.
    private func requestCancel(of statementID: UInt64) {
        guard let cancelToken else { return }
        let send = state.withLock { state in
            guard state.runningStatementID == statementID else { return false }
            pendingCancels.enter()
            return true
        }
        guard send else { return }
        DispatchQueue.global().async { [pendingCancels, logger] in
            if let failure = cancelToken.cancel() {
                logger.debug("postgres cancel request failed", metadata: [PostgresLogKey.reason: "\(failure)"])
            }
            pendingCancels.leave()
        }
    }
}
