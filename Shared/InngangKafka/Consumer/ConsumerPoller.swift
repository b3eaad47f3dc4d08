import CRdKafka
import Dispatch
import Logging

/// The work of the consumer's poll thread: poll, hand messages to the buffer, pause/resume fetching,
/// and shut the consumer down (leave the group, destroy the handle).
final class ConsumerPoller: @unchecked Sendable {
    // `decoder` is used only on the poll thread; everything else is Sendable.
    private let handle: RDKafkaHandle
    private let buffer: ConsumerBuffer
    private let group: ConsumerGroupState
    private let commitQueue: DispatchQueue
    private let logger: Logger
    private let decoder = IncomingMessageDecoder()

    init(handle: RDKafkaHandle, buffer: ConsumerBuffer, group: ConsumerGroupState, commitQueue: DispatchQueue, logger: Logger) {
        self.handle = handle
        self.buffer = buffer
        self.group = group
        self.commitQueue = commitQueue
        self.logger = logger
    }

    /// One poll (up to 100 ms). Returns `false` when the consumer cannot go on (fatal error).
    func pollOnce() -> Bool {
        let rk = handle.pointer
        if buffer.takeResumeRequest() {
            setFetching(paused: false)
        }
        guard let message = rd_kafka_consumer_poll(rk, 100) else { return true }
        defer { rd_kafka_message_destroy(message) }
        let code = message.pointee.err
        guard code == RD_KAFKA_RESP_ERR_NO_ERROR else {
            return handleError(code, message)
        }
        if buffer.push(decoder.decode(message)) {
            setFetching(paused: true)
        }
        return true
    }

    /// Ends iteration, leaves the group (`rd_kafka_consumer_close`, which revokes through the rebalance
    /// callback), then destroys the handle after in-flight commits and resumes `close()` callers.
    func shutDown() {
        buffer.finish()
        let code = rd_kafka_consumer_close(handle.pointer)
        if code != RD_KAFKA_RESP_ERR_NO_ERROR {
            logger.warning("Kafka consumer did not leave the group cleanly", metadata: [
                KafkaLoggingKeys.error: "\(RDKafkaErrorCode.text(code.rawValue))",
            ])
        }
        group.revoke(nil)
        commitQueue.async { [handle, group, logger] in
            handle.destroy()
            logger.debug("Kafka consumer closed")
            for waiter in group.markClosed() { waiter.resume() }
        }
    }

    private func handleError(_ code: rd_kafka_resp_err_t, _ message: UnsafeMutablePointer<rd_kafka_message_t>) -> Bool {
        if code == RD_KAFKA_RESP_ERR__PARTITION_EOF { return true }
        let text = String(cString: rd_kafka_message_errstr(message))
        var metadata: Logger.Metadata = [
            KafkaLoggingKeys.errorCode: "\(RDKafkaErrorCode.name(code.rawValue))",
            KafkaLoggingKeys.error: "\(text)",
        ]
        if let topic = message.pointee.rkt {
            metadata[KafkaLoggingKeys.topic] = "\(String(cString: rd_kafka_topic_name(topic)))"
        }
        guard code == RD_KAFKA_RESP_ERR__FATAL else {
            logger.warning("Kafka consumer error", metadata: metadata)
            return true
        }
        var reason = [CChar](repeating: 0, count: 512)
        let fatal = rd_kafka_fatal_error(handle.pointer, &reason, reason.count)
        let reasonText = reason.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        group.recordTermination(.rdKafka(.consume, "fatal consumer error: \(reasonText)", error: fatal, isRetriable: false))
        logger.critical("Kafka consumer stopped on a fatal error", metadata: metadata)
        return false
    }

    private func setFetching(paused: Bool) {
        let partitions = group.assignment
        guard !partitions.isEmpty else { return }
        let list = RDKafkaTopicPartitionList(partitions)
        _ = list.withPointer { paused ? rd_kafka_pause_partitions(handle.pointer, $0) : rd_kafka_resume_partitions(handle.pointer, $0) }
        logger.debug(paused ? "Kafka consumer buffer full; fetching paused" : "Kafka consumer fetching resumed", metadata: [
            KafkaLoggingKeys.count: "\(partitions.count)",
        ])
    }
}
