import CRdKafka
import Dispatch
import Logging

/// A consumer-group member that yields messages as an `AsyncSequence` and commits only when told to.
///
/// - A dedicated thread polls librdkafka (`rd_kafka_consumer_poll`) and fills a bounded buffer
///   (``KafkaConsumerConfiguration/maxBufferedMessages``); when it is full, fetching pauses.
/// - Rebalances (eager or cooperative) are applied by the consumer itself; buffered messages of revoked
///   partitions are dropped, never yielded after the revocation.
/// - Offsets are committed only by ``commit(_:)``: call it after the message's effect is durable.
/// - Iteration ends after ``close()`` (or after a fatal error, see ``terminationError``).
public final class KafkaConsumer: Sendable, AsyncSequence {
    public typealias Element = KafkaIncomingMessage

    private let handle: RDKafkaHandle
    private let buffer: ConsumerBuffer
    private let group: ConsumerGroupState
    /// Runs blocking commits, and the final `rd_kafka_destroy` after them.
    private let commitQueue: DispatchQueue
    private let pollThread: PollThread
    private let logger: Logger

    /// Creates the consumer and subscribes to the configured topics. Joining the group happens in the
    /// background; ``assignment`` shows when partitions arrive.
    public init(configuration: KafkaConsumerConfiguration, logger: Logger) throws {
        try KafkaRuntime.check()
        var logger = logger
        logger[metadataKey: KafkaLoggingKeys.groupId] = "\(configuration.groupId)"
        let buffer = ConsumerBuffer(capacity: configuration.maxBufferedMessages)
        let group = ConsumerGroupState()
        let rebalancer = ConsumerRebalancer(group: group, buffer: buffer, logger: logger)
        let handle = try RDKafkaHandle(
            type: RD_KAFKA_CONSUMER,
            properties: configuration.rdKafkaProperties(),
            context: RDKafkaClientContext(logger: logger) { rk, code, list in
                rebalancer.handle(rk: rk, code: code, list: list)
            }
        )
        // Serve the main queue (logs, errors, rebalances) from rd_kafka_consumer_poll.
        _ = rd_kafka_poll_set_consumer(handle.pointer)
        let subscription = RDKafkaTopicPartitionList(capacity: configuration.topics.count)
        for topic in configuration.topics { subscription.add(topic: topic, partition: -1) }
        let code = subscription.withPointer { rd_kafka_subscribe(handle.pointer, $0) }
        guard code == RD_KAFKA_RESP_ERR_NO_ERROR else {
            _ = rd_kafka_consumer_close(handle.pointer)
            handle.destroy()
            throw KafkaError.rdKafka(.consume, "cannot subscribe to \(configuration.topics.joined(separator: ","))", error: code)
        }
        let commitQueue = DispatchQueue(label: "inngang.kafka.consumer.\(handle.name)")
        let poller = ConsumerPoller(handle: handle, buffer: buffer, group: group, commitQueue: commitQueue, logger: logger)
        self.handle = handle
        self.buffer = buffer
        self.group = group
        self.commitQueue = commitQueue
        self.logger = logger
        pollThread = PollThread(
            name: "kafka-consumer-poll",
            iteration: { poller.pollOnce() },
            onExit: { _ in poller.shutDown() }
        )
        logger.debug("Kafka consumer subscribed", metadata: [
            KafkaLoggingKeys.topics: "\(configuration.topics.joined(separator: ","))",
            KafkaLoggingKeys.runtimeVersion: "\(KafkaRuntime.versionString)",
        ])
    }

    deinit {
        // Not closed: the poll thread leaves the group and destroys the handle on its own.
        pollThread.requestStop(dispose: true)
    }

    /// The partitions currently assigned to this member.
    public var assignment: [KafkaTopicPartition] {
        group.assignment.sorted { ($0.topic, $0.partition) < ($1.topic, $1.partition) }
    }

    /// Consumed messages waiting for an iterator (for tests and diagnostics).
    var bufferedMessageCount: Int { buffer.count }

    /// Why iteration ended on its own (a fatal librdkafka error), if it did.
    public var terminationError: KafkaError? { group.terminationError }

    /// Commits `message.offset + 1` for the message's partition and waits for the broker's answer.
    /// Call after the message's effect is durable. Throws ``KafkaError/Code/commit`` or ``KafkaError/Code/closed``.
    public func commit(_ message: KafkaIncomingMessage) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            commitQueue.async { [handle] in
                guard !handle.isDestroyed else {
                    return continuation.resume(throwing: KafkaError(.closed, "the consumer is closed"))
                }
                let offsets = RDKafkaTopicPartitionList()
                offsets.add(topic: message.topic, partition: message.partition, offset: message.offset + 1)
                let code = offsets.withPointer { rd_kafka_commit(handle.pointer, $0, 0) }
                if code != RD_KAFKA_RESP_ERR_NO_ERROR {
                    continuation.resume(throwing: KafkaError.rdKafka(
                        .commit, "commit of \(message.topic)[\(message.partition)]@\(message.offset + 1) failed", error: code))
                } else if let (partition, code) = offsets.firstError {
                    continuation.resume(throwing: KafkaError.rdKafka(
                        .commit, "commit of \(partition.topic)[\(partition.partition)] failed", error: code))
                } else {
                    continuation.resume()
                }
            }
        }
    }

    /// Ends iteration, revokes the assignment, leaves the group (`rd_kafka_consumer_close`) and destroys the
    /// client. Buffered, unyielded messages are dropped (their offsets are not committed). Idempotent.
    public func close() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            switch group.addCloseWaiter(continuation) {
            case .resumeNow: continuation.resume()
            case .stopPolling: pollThread.requestStop(dispose: false)
            case .wait: break
            }
        }
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(consumer: self)
    }

    /// Yields consumed messages; returns `nil` after ``KafkaConsumer/close()`` or when its task is cancelled.
    public struct AsyncIterator: AsyncIteratorProtocol {
        // Holds the consumer so `for await m in KafkaConsumer(...)` keeps it alive while iterating.
        let consumer: KafkaConsumer

        public mutating func next() async -> KafkaIncomingMessage? {
            await consumer.buffer.next()
        }
    }
}
