import CRdKafka
import Dispatch
import Logging
import Synchronization

/// An idempotent (`enable.idempotence=true`, `acks=all`) Kafka producer.
///
/// `send` returns when the broker has acknowledged the message (its delivery report arrived).
/// Messages are handed to librdkafka on a private serial queue; a dedicated thread serves delivery
/// reports with `rd_kafka_poll`. Call ``close()`` before dropping the producer to flush what is queued.
public final class KafkaProducer: Sendable {
    private enum State { case open, closing, closed }

    private let handle: RDKafkaHandle
    private let enqueuer: MessageEnqueuer
    /// Serialises every use of the handle other than polling: enqueueing, flushing, closing.
    private let queue: DispatchQueue
    private let pollThread: PollThread
    private let state = Mutex(State.open)
    private let logger: Logger

    /// Creates the producer. Throws ``KafkaError/Code/runtimeTooOld`` when the loaded librdkafka is too old
    /// and ``KafkaError/Code/configuration`` for invalid or weakening properties.
    public init(configuration: KafkaProducerConfiguration, logger: Logger) throws {
        try KafkaRuntime.check()
        var logger = logger
        logger[metadataKey: KafkaLoggingKeys.clientId] = "\(configuration.clientId)"
        let handle = try RDKafkaHandle(
            type: RD_KAFKA_PRODUCER,
            properties: configuration.rdKafkaProperties(),
            context: RDKafkaClientContext(logger: logger),
            deliveryReports: true
        )
        let enqueuer = MessageEnqueuer(rk: handle.pointer)
        self.handle = handle
        self.enqueuer = enqueuer
        self.logger = logger
        queue = DispatchQueue(label: "inngang.kafka.producer.\(handle.name)")
        pollThread = PollThread(
            name: "kafka-producer-poll",
            iteration: {
                rd_kafka_poll(handle.pointer, 100)
                return true
            },
            onExit: { dispose in
                guard dispose else { return } // close() cleans up itself
                KafkaProducer.shutDown(handle: handle, enqueuer: enqueuer, flushTimeoutMs: 0)
            }
        )
        logger.debug("Kafka producer started", metadata: [KafkaLoggingKeys.runtimeVersion: "\(KafkaRuntime.versionString)"])
    }

    deinit {
        // Not closed: stop polling; the poll thread fails what is still queued and destroys the handle.
        pollThread.requestStop(dispose: true)
    }

    /// Sends one message and returns when the broker acknowledged it.
    /// Throws ``KafkaError/Code/produce`` (not enqueued), ``KafkaError/Code/delivery`` (not acknowledged)
    /// or ``KafkaError/Code/closed``.
    public func send(_ message: KafkaOutgoingMessage) async throws -> KafkaDeliveryReport {
        try await send([message])[0].get()
    }

    /// Sends all messages and returns when every one is acknowledged or failed; results are in input order.
    ///
    /// Cancellation does not recall messages already handed to librdkafka, so this waits for all of them.
    public func send(_ messages: [KafkaOutgoingMessage]) async -> [Result<KafkaDeliveryReport, KafkaError>] {
        guard !messages.isEmpty else { return [] }
        guard state.withLock({ $0 == .open }) else {
            return Array(repeating: .failure(KafkaError(.closed, "the producer is closed")), count: messages.count)
        }
        let batch = DeliveryBatch(count: messages.count)
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            batch.onCompletion(continuation)
            queue.async { [handle, enqueuer] in
                if handle.isDestroyed {
                    for index in 0..<messages.count {
                        batch.enqueueFailed(at: index, KafkaError(.closed, "the producer is closed"))
                    }
                } else {
                    enqueuer.enqueue(messages, into: batch)
                }
                batch.enqueueFinished()
            }
        }
        return withExtendedLifetime(batch) { batch.results(for: messages) }
    }

    /// Waits until every queued message is acknowledged or failed. Throws ``KafkaError/Code/timeout``.
    public func flush(timeout: Duration) async throws {
        let code: rd_kafka_resp_err_t = await withCheckedContinuation { continuation in
            queue.async { [handle] in
                guard !handle.isDestroyed else { return continuation.resume(returning: RD_KAFKA_RESP_ERR_NO_ERROR) }
                continuation.resume(returning: rd_kafka_flush(handle.pointer, timeout.milliseconds))
            }
        }
        if code == RD_KAFKA_RESP_ERR__TIMED_OUT {
            let outstanding = handle.isDestroyed ? 0 : rd_kafka_outq_len(handle.pointer)
            throw KafkaError(.timeout, "flush timed out with \(outstanding) messages outstanding", rdKafkaError: code.rawValue, isRetriable: true)
        } else if code != RD_KAFKA_RESP_ERR_NO_ERROR {
            throw KafkaError.rdKafka(.produce, "flush failed", error: code)
        }
    }

    /// Flushes (up to 10 s), fails whatever is still queued, stops polling and destroys the client.
    /// Idempotent; later `send`s fail with ``KafkaError/Code/closed``.
    public func close() async {
        await close(flushTimeout: .seconds(10))
    }

    /// ``close()`` with an explicit flush timeout.
    public func close(flushTimeout: Duration) async {
        let first = state.withLock { state in
            guard state == .open else { return false }
            state = .closing
            return true
        }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            // Serial queue: a second close() resumes only after the first has finished.
            queue.async { [self] in
                if first {
                    pollThread.requestStop(dispose: false)
                    pollThread.join()
                    KafkaProducer.shutDown(handle: handle, enqueuer: enqueuer, flushTimeoutMs: flushTimeout.milliseconds)
                    state.withLock { $0 = .closed }
                    logger.debug("Kafka producer closed")
                }
                continuation.resume()
            }
        }
    }

    /// Flush, purge the rest (their senders get an error), release topic handles, destroy. Blocking.
    private static func shutDown(handle: RDKafkaHandle, enqueuer: MessageEnqueuer, flushTimeoutMs: Int32) {
        guard !handle.isDestroyed else { return }
        let rk = handle.pointer
        if flushTimeoutMs > 0 { _ = rd_kafka_flush(rk, flushTimeoutMs) }
        if rd_kafka_outq_len(rk) > 0 {
            _ = rd_kafka_purge(rk, RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT)
            // Serve the purged messages' delivery reports so every sender resumes.
            let deadline = ContinuousClock.now + .seconds(5)
            while rd_kafka_outq_len(rk) > 0, ContinuousClock.now < deadline {
                rd_kafka_poll(rk, 50)
            }
        }
        rd_kafka_poll(rk, 0)
        enqueuer.releaseTopicHandles()
        handle.destroy()
    }
}

extension Duration {
    /// Whole milliseconds, clamped to librdkafka's `int` timeouts.
    var milliseconds: Int32 {
        let (seconds, attoseconds) = components
        let total = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        return Int32(clamping: max(total, 0))
    }
}
