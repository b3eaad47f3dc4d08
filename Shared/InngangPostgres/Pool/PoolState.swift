/// The pool's bookkeeping, kept inside the pool's mutex. Each transition returns what the caller
/// must do after leaving the lock (resume a waiter, close or open a connection).
struct PoolState {
    struct Waiter {
        let id: UInt64
        let continuation: CheckedContinuation<PostgresConnection, any Error>
        /// Started once the waiter is queued; cancelled when it is served.
        var timeout: Task<Void, Never>?

        func resume(with result: Result<PostgresConnection, any Error>) {
            timeout?.cancel()
            continuation.resume(with: result)
        }
    }

    enum AcquireAction {
        case use(PostgresConnection)
        case fail(any Error)
        /// The waiter was queued; `openConnection` says whether to open a new connection for the queue.
        case wait(openConnection: Bool)
    }

    enum ReturnAction {
        case keep
        case handOver(Waiter, PostgresConnection)
        case discard(PostgresConnection, openReplacement: Bool)
    }

    let maxConnections: Int
    private(set) var idle: [PostgresConnection] = []
    /// FIFO of tasks waiting for a connection.
    private(set) var waiters: [Waiter] = []
    /// Connections that exist or are being opened.
    private(set) var open = 0
    private(set) var opening = 0
    private(set) var closed = false
    private var nextWaiterID: UInt64 = 0

    init(maxConnections: Int) {
        self.maxConnections = maxConnections
    }

    var inUse: Int { open - opening - idle.count }

    mutating func makeWaiterID() -> UInt64 {
        nextWaiterID &+= 1
        return nextWaiterID
    }

    /// Fast path: an idle connection, without queueing.
    mutating func takeIdle() -> PostgresConnection? {
        closed ? nil : idle.popLast()
    }

    mutating func acquire(_ waiter: Waiter, isCancelled: Bool) -> AcquireAction {
        if closed { return .fail(PostgresError(code: .poolClosed, message: "the connection pool is closed")) }
        if isCancelled { return .fail(CancellationError()) }
        if let connection = idle.popLast() { return .use(connection) }
        waiters.append(waiter)
        return .wait(openConnection: reserveSlotForWaiters())
    }

    /// A connection comes back from a user (or was just opened).
    mutating func release(_ connection: PostgresConnection, healthy: Bool) -> ReturnAction {
        guard healthy, !closed else {
            open -= 1
            return .discard(connection, openReplacement: reserveSlotForWaiters())
        }
        if !waiters.isEmpty { return .handOver(waiters.removeFirst(), connection) }
        idle.append(connection)
        return .keep
    }

    mutating func opened(_ connection: PostgresConnection) -> ReturnAction {
        opening -= 1
        return release(connection, healthy: true)
    }

    /// Opening failed: the first waiter gets the error (fail fast when the server is down), and the
    /// next waiter, if any, gets another attempt.
    mutating func openFailed() -> (failed: Waiter?, retry: Bool) {
        opening -= 1
        open -= 1
        guard !waiters.isEmpty else { return (nil, false) }
        let failed = waiters.removeFirst()
        return (failed, reserveSlotForWaiters())
    }

    /// Attaches the timeout task to a queued waiter; false when the waiter was already served.
    mutating func attachTimeout(_ timeout: Task<Void, Never>, toWaiter id: UInt64) -> Bool {
        guard let index = waiters.firstIndex(where: { $0.id == id }) else { return false }
        waiters[index].timeout = timeout
        return true
    }

    mutating func removeWaiter(id: UInt64) -> Waiter? {
        guard let index = waiters.firstIndex(where: { $0.id == id }) else { return nil }
        return waiters.remove(at: index)
    }

    mutating func close() -> (idle: [PostgresConnection], waiters: [Waiter]) {
        closed = true
        defer {
            open -= idle.count
            idle = []
            waiters = []
        }
        return (idle, waiters)
    }

    /// Reserves a slot for a new connection when waiters outnumber connections being opened.
    private mutating func reserveSlotForWaiters() -> Bool {
        guard !closed, waiters.count > opening, open < maxConnections else { return false }
        open += 1
        opening += 1
        return true
    }
}
