import CRdKafka
import Dispatch
import Logging

/// Topic administration: create topics (idempotently) and read partition counts from metadata.
public struct KafkaAdmin: Sendable {
    private let client: AdminClient

    /// Creates an admin client. Throws ``KafkaError/Code/runtimeTooOld`` when the loaded librdkafka is too old.
    public init(bootstrapServers: String, logger: Logger) throws {
        try KafkaRuntime.check()
        client = try AdminClient(bootstrapServers: bootstrapServers, logger: logger)
    }

    /// Creates the topics that do not exist yet; a topic that already exists counts as success
    /// (its partition count and configuration are not changed). Throws ``KafkaError/Code/admin`` naming the
    /// topics that failed (illegal names or sizes are refused before asking the broker), or
    /// ``KafkaError/Code/timeout``.
    public func createTopics(_ topics: [KafkaTopicSpecification], timeout: Duration = .seconds(15)) async throws {
        guard !topics.isEmpty else { return }
        for topic in topics { try topic.validate() }
        try await client.run { try $0.createTopics(topics, timeout: timeout) }
    }

    /// The number of partitions of `topic` from the cluster's metadata, or `nil` when the topic does not exist.
    public func partitionCount(topic: String, timeout: Duration = .seconds(10)) async throws -> Int? {
        try await client.run { try $0.partitionCount(topic: topic, timeout: timeout) }
    }

    /// Destroys the client and waits until librdkafka's threads are gone. Call before the process
    /// exits: a client left to `deinit` is destroyed in the background, which can still be running
    /// when the C runtime tears down (OpenSSL) at exit. Idempotent; the admin is unusable after.
    public func close() async {
        await client.close()
    }
}

/// Owns the admin's `rd_kafka_t` (a producer handle that never produces) and runs blocking admin calls
/// on its own serial queue.
final class AdminClient: Sendable {
    private let handle: RDKafkaHandle
    private let queue: DispatchQueue
    private let logger: Logger

    init(bootstrapServers: String, logger: Logger) throws {
        handle = try RDKafkaHandle(
            type: RD_KAFKA_PRODUCER,
            properties: [
                "bootstrap.servers": bootstrapServers,
                "client.id": "inngang-admin",
                // Metadata look-ups must not create the topic they ask about.
                "allow.auto.create.topics": "false",
            ],
            context: RDKafkaClientContext(logger: logger)
        )
        queue = DispatchQueue(label: "inngang.kafka.admin.\(handle.name)")
        self.logger = logger
    }

    deinit {
        // Destroying joins librdkafka's threads: do it off whichever thread dropped the last reference.
        // (A no-op after ``close()``.)
        let handle = self.handle
        guard !handle.isDestroyed else { return }
        DispatchQueue.global().async { handle.destroy() }
    }

    /// Destroys the handle on the admin queue (after any running call) and waits for it.
    func close() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            queue.async { [handle] in
                handle.destroy()
                continuation.resume()
            }
        }
    }

    /// Runs `body` on the admin queue (never on the cooperative pool).
    func run<T: Sendable>(_ body: @escaping @Sendable (AdminClient) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async {
                guard !self.handle.isDestroyed else {
                    return continuation.resume(throwing: KafkaError(.closed, "the admin client is closed"))
                }
                continuation.resume(with: Result { try body(self) })
                rd_kafka_poll(self.handle.pointer, 0) // drain error events from the unused main queue
            }
        }
    }

    func createTopics(_ topics: [KafkaTopicSpecification], timeout: Duration) throws {
        let rk = handle.pointer
        var newTopics: [OpaquePointer?] = []
        defer { for topic in newTopics { rd_kafka_NewTopic_destroy(topic) } }
        for topic in topics {
            var errstr = [CChar](repeating: 0, count: 512)
            guard let newTopic = rd_kafka_NewTopic_new(
                topic.name, Int32(topic.partitions), Int32(topic.replicationFactor), &errstr, errstr.count
            ) else {
                let reason = errstr.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
                throw KafkaError(.admin, "invalid topic specification \(topic.name): \(reason)")
            }
            newTopics.append(newTopic)
            for (key, value) in topic.config.sorted(by: { $0.key < $1.key }) {
                let code = rd_kafka_NewTopic_set_config(newTopic, key, value)
                guard code == RD_KAFKA_RESP_ERR_NO_ERROR else {
                    throw KafkaError.rdKafka(.admin, "invalid config \(key) for topic \(topic.name)", error: code)
                }
            }
        }
        let options = rd_kafka_AdminOptions_new(rk, RD_KAFKA_ADMIN_OP_CREATETOPICS)
        defer { rd_kafka_AdminOptions_destroy(options) }
        var errstr = [CChar](repeating: 0, count: 512)
        _ = rd_kafka_AdminOptions_set_request_timeout(options, timeout.milliseconds, &errstr, errstr.count)
        _ = rd_kafka_AdminOptions_set_operation_timeout(options, timeout.milliseconds, &errstr, errstr.count)

        let resultQueue = rd_kafka_queue_new(rk)
        defer { rd_kafka_queue_destroy(resultQueue) }
        newTopics.withUnsafeMutableBufferPointer { buffer in
            rd_kafka_CreateTopics(rk, buffer.baseAddress, buffer.count, options, resultQueue)
        }
        guard let event = rd_kafka_queue_poll(resultQueue, timeout.milliseconds + 5000) else {
            throw KafkaError(.timeout, "CreateTopics got no answer within \(timeout)", isRetriable: true)
        }
        defer { rd_kafka_event_destroy(event) }
        let eventError = rd_kafka_event_error(event)
        guard eventError == RD_KAFKA_RESP_ERR_NO_ERROR else {
            let text = rd_kafka_event_error_string(event).map { String(cString: $0) } ?? ""
            throw KafkaError(
                eventError == RD_KAFKA_RESP_ERR__TIMED_OUT ? .timeout : .admin,
                "CreateTopics failed: \(text)",
                rdKafkaError: eventError.rawValue,
                isRetriable: RDKafkaErrorCode.isRetriable(eventError.rawValue)
            )
        }
        var count = 0
        guard let result = rd_kafka_event_CreateTopics_result(event),
              let results = rd_kafka_CreateTopics_result_topics(result, &count) else {
            throw KafkaError(.admin, "CreateTopics returned no result")
        }
        var failures: [String] = []
        var firstFailure: rd_kafka_resp_err_t?
        for index in 0..<count {
            guard let topicResult = results[index] else { continue }
            let code = rd_kafka_topic_result_error(topicResult)
            let name = String(cString: rd_kafka_topic_result_name(topicResult))
            switch code {
            case RD_KAFKA_RESP_ERR_NO_ERROR:
                logger.info("Kafka topic created", metadata: [KafkaLoggingKeys.topic: "\(name)"])
            case RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS:
                logger.debug("Kafka topic already exists", metadata: [KafkaLoggingKeys.topic: "\(name)"])
            default:
                let text = rd_kafka_topic_result_error_string(topicResult).map { String(cString: $0) } ?? RDKafkaErrorCode.text(code.rawValue)
                failures.append("\(name): \(text)")
                firstFailure = firstFailure ?? code
            }
        }
        if let firstFailure {
            throw KafkaError.rdKafka(.admin, "CreateTopics failed for \(failures.joined(separator: "; "))", error: firstFailure)
        }
    }

    func partitionCount(topic: String, timeout: Duration) throws -> Int? {
        let rk = handle.pointer
        guard let topicHandle = rd_kafka_topic_new(rk, topic, nil) else {
            throw KafkaError.rdKafka(.admin, "cannot create a handle for topic \(topic)", error: rd_kafka_last_error())
        }
        defer { rd_kafka_topic_destroy(topicHandle) }
        var metadata: UnsafePointer<rd_kafka_metadata>?
        let code = rd_kafka_metadata(rk, 0, topicHandle, &metadata, timeout.milliseconds)
        guard code == RD_KAFKA_RESP_ERR_NO_ERROR, let metadata else {
            throw KafkaError.rdKafka(code == RD_KAFKA_RESP_ERR__TIMED_OUT ? .timeout : .admin, "metadata for topic \(topic)", error: code)
        }
        defer { rd_kafka_metadata_destroy(metadata) }
        let topics = UnsafeBufferPointer(start: metadata.pointee.topics, count: Int(metadata.pointee.topic_cnt))
        guard let entry = topics.first(where: { String(cString: $0.topic) == topic }) else { return nil }
        switch entry.err {
        case RD_KAFKA_RESP_ERR_NO_ERROR:
            return Int(entry.partition_cnt)
        case RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART:
            return nil
        default:
            throw KafkaError.rdKafka(.admin, "metadata for topic \(topic)", error: entry.err)
        }
    }
}
