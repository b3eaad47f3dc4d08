#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Logging
import Synchronization

/// `LISTEN`s on channels over a dedicated connection and a dedicated thread that waits on the
/// socket with `poll()`. Notifications arrive on `notifications`.
///
/// When the connection breaks, the thread reconnects with backoff and `LISTEN`s again, then
/// delivers one `PostgresNotification(isReconnect: true)` per channel, because notifications sent
/// in between are lost. `close()` (or ending the iteration of `notifications`) stops the thread and
/// finishes the stream. Call `close()` when done: the thread runs until then.
public final class PostgresListener: Sendable {
    /// The notifications, in arrival order. Iterate it from one task only.
    public let notifications: AsyncStream<PostgresNotification>
    private let worker: ListenerWorker

    private init(notifications: AsyncStream<PostgresNotification>, worker: ListenerWorker) {
        self.notifications = notifications
        self.worker = worker
    }

    /// Connects, runs `LISTEN` for every channel, and starts delivering notifications.
    /// Throws when the first connection or `LISTEN` fails.
    public static func listen(_ configuration: PostgresConfiguration, channels: [String], logger: Logger) async throws -> PostgresListener {
        guard !channels.isEmpty else {
            throw PostgresError(code: .invalidConfiguration, message: "a listener needs at least one channel")
        }
        let connection = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<LibPQConnection, any Error>) in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try ListenerWorker.connectAndListen(configuration, channels: channels) })
            }
        }
        let (stream, continuation) = AsyncStream.makeStream(of: PostgresNotification.self, bufferingPolicy: .bufferingNewest(10_000))
        let worker: ListenerWorker
        do {
            worker = try ListenerWorker(configuration: configuration, channels: channels, continuation: continuation, logger: logger)
        } catch {
            connection.finish()
            throw error
        }
        continuation.onTermination = { [weak worker] _ in worker?.stop() }
        worker.start(with: connection)
        return PostgresListener(notifications: stream, worker: worker)
    }

    /// Stops listening, closes the connection and finishes `notifications`. Idempotent.
    public func close() {
        worker.stop()
    }
}

/// The listener thread's state and loop.
final class ListenerWorker: Sendable {
    private let configuration: PostgresConfiguration
    private let channels: [String]
    private let continuation: AsyncStream<PostgresNotification>.Continuation
    private let logger: Logger
    private let wakeup: WakeupPipe
    private let stopped = Atomic<Bool>(false)

    private static let initialBackoff: Duration = .milliseconds(100)
    private static let maximumBackoff: Duration = .seconds(10)

    init(configuration: PostgresConfiguration, channels: [String], continuation: AsyncStream<PostgresNotification>.Continuation, logger: Logger) throws {
        self.configuration = configuration
        self.channels = channels
        self.continuation = continuation
        var logger = logger
        logger[metadataKey: PostgresLogKey.database] = "\(configuration.database)"
        self.logger = logger
        self.wakeup = try WakeupPipe()
    }

    static func connectAndListen(_ configuration: PostgresConfiguration, channels: [String]) throws -> LibPQConnection {
        let connection = try LibPQConnection.connect(configuration)
        do {
            let statements = try channels.map { "LISTEN \(try connection.escapeIdentifier($0))" }
            _ = try connection.execute(statements.joined(separator: "; "))
        } catch {
            connection.finish()
            throw error
        }
        return connection
    }

    func start(with connection: LibPQConnection) {
        let thread = Thread { [self] in run(connection) }
        thread.name = "inngang-postgres-listener"
        thread.start()
    }

    func stop() {
        guard !stopped.exchange(true, ordering: .acquiringAndReleasing) else { return }
        wakeup.signal()
    }

    private var isStopped: Bool { stopped.load(ordering: .acquiring) }

    private func run(_ initial: LibPQConnection) {
        var connection: LibPQConnection? = initial
        var backoff = Self.initialBackoff
        while !isStopped {
            guard let live = connection, !live.isBad else {
                connection?.finish()
                connection = nil
                guard waitForWakeup(timeout: backoff) == false else { continue }
                do {
                    connection = try Self.connectAndListen(configuration, channels: channels)
                    backoff = Self.initialBackoff
                    logger.info("postgres listener reconnected")
                    for channel in channels {
                        continuation.yield(PostgresNotification(channel: channel, payload: "", isReconnect: true))
                    }
                } catch {
                    logger.warning("postgres listener could not reconnect", metadata: [PostgresLogKey.reason: "\(error)"])
                    backoff = min(backoff * 2, Self.maximumBackoff)
                }
                continue
            }
            deliverPending(from: live)
            var descriptors = [
                pollfd(fd: live.socket, events: Int16(POLLIN), revents: 0),
                pollfd(fd: wakeup.readDescriptor, events: Int16(POLLIN), revents: 0),
            ]
            let ready = poll(&descriptors, nfds_t(descriptors.count), -1)
            if ready < 0 {
                if errno == EINTR { continue }
                logger.error("postgres listener poll failed", metadata: [PostgresLogKey.reason: "errno \(errno)"])
                live.finish()
                connection = nil
                continue
            }
            if descriptors[1].revents != 0 { wakeup.drain() }
            if descriptors[0].revents != 0 {
                if !live.consumeInput() {
                    logger.warning("postgres listener connection lost", metadata: [PostgresLogKey.reason: "\(live.errorMessage)"])
                    live.finish()
                    connection = nil
                    continue
                }
                deliverPending(from: live)
            }
        }
        connection?.finish()
        wakeup.release()
        continuation.finish()
    }

    private func deliverPending(from connection: LibPQConnection) {
        while let notification = connection.nextNotification() {
            if case .dropped = continuation.yield(notification) {
                logger.warning("postgres listener buffer full; dropped the oldest notification", metadata: [PostgresLogKey.channel: "\(notification.channel)"])
            }
        }
    }

    /// Waits up to `timeout` for `stop()`; returns true when woken by it.
    private func waitForWakeup(timeout: Duration) -> Bool {
        var descriptor = pollfd(fd: wakeup.readDescriptor, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        let ready = poll(&descriptor, 1, milliseconds)
        if ready > 0 { wakeup.drain() }
        return isStopped
    }
}
