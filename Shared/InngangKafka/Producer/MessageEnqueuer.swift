import CRdKafka

/// Hands messages to librdkafka with `rd_kafka_produceva` (payloads copied, headers attached).
///
/// Confined to the producer's serial queue: the topic-handle cache and the argument buffer are not locked.
final class MessageEnqueuer: @unchecked Sendable {
    private let rk: OpaquePointer
    private var topicHandles: [String: OpaquePointer] = [:]
    /// Reused argument vector: topic, key, value, headers, flags, opaque.
    private let arguments = UnsafeMutablePointer<rd_kafka_vu_t>.allocate(capacity: 8)

    init(rk: OpaquePointer) {
        self.rk = rk
        arguments.initialize(repeating: rd_kafka_vu_t(), count: 8)
    }

    deinit {
        arguments.deinitialize(count: 8)
        arguments.deallocate()
    }

    /// Enqueues every message; on a full local queue it serves delivery reports (`rd_kafka_poll`) and retries.
    /// Failures to enqueue are recorded in `batch`.
    func enqueue(_ messages: [KafkaOutgoingMessage], into batch: DeliveryBatch) {
        var lastTopic: String?
        var lastHandle: OpaquePointer?
        for index in messages.indices {
            let message = messages[index]
            let topicHandle: OpaquePointer
            if let lastHandle, lastTopic == message.topic {
                topicHandle = lastHandle
            } else {
                guard let handle = self.topicHandle(message.topic) else {
                    batch.enqueueFailed(at: index, KafkaError.rdKafka(
                        .produce, "cannot create a handle for topic \(message.topic)", error: rd_kafka_last_error()))
                    continue
                }
                topicHandle = handle
                lastTopic = message.topic
                lastHandle = handle
            }
            let code = produceRetryingWhenFull(message, topic: topicHandle, opaque: batch.opaque(at: index))
            if code != RD_KAFKA_RESP_ERR_NO_ERROR {
                batch.enqueueFailed(at: index, KafkaError.rdKafka(.produce, "cannot enqueue a message to \(message.topic)", error: code))
            }
        }
    }

    /// Destroys the cached topic handles; must run before `rd_kafka_destroy`.
    func releaseTopicHandles() {
        for handle in topicHandles.values { rd_kafka_topic_destroy(handle) }
        topicHandles.removeAll()
    }

    private func topicHandle(_ topic: String) -> OpaquePointer? {
        if let handle = topicHandles[topic] { return handle }
        guard let handle = rd_kafka_topic_new(rk, topic, nil) else { return nil }
        topicHandles[topic] = handle
        return handle
    }

    private func produceRetryingWhenFull(
        _ message: KafkaOutgoingMessage,
        topic: OpaquePointer,
        opaque: UnsafeMutableRawPointer
    ) -> rd_kafka_resp_err_t {
        let headers = makeHeaders(message.headers)
        while true {
            let code = produce(message, topic: topic, headers: headers, opaque: opaque)
            if code == RD_KAFKA_RESP_ERR__QUEUE_FULL {
                // The local queue is full: serve delivery reports to make room, then retry.
                rd_kafka_poll(rk, 10)
                continue
            }
            if code != RD_KAFKA_RESP_ERR_NO_ERROR, let headers {
                rd_kafka_headers_destroy(headers) // ownership passes to librdkafka only on success
            }
            return code
        }
    }

    private func produce(
        _ message: KafkaOutgoingMessage,
        topic: OpaquePointer,
        headers: OpaquePointer?,
        opaque: UnsafeMutableRawPointer
    ) -> rd_kafka_resp_err_t {
        message.value.withUnsafeBytes { value in
            withOptionalBytes(message.key) { key in
                var count = 0
                arguments[count].vtype = RD_KAFKA_VTYPE_RKT
                arguments[count].u.rkt = topic
                count += 1
                arguments[count].vtype = RD_KAFKA_VTYPE_VALUE
                // An empty value is sent as empty, not as null (a tombstone).
                arguments[count].u.mem.ptr = UnsafeMutableRawPointer(mutating: value.baseAddress) ?? emptyBytes
                arguments[count].u.mem.size = value.count
                count += 1
                if let key {
                    arguments[count].vtype = RD_KAFKA_VTYPE_KEY
                    arguments[count].u.mem.ptr = UnsafeMutableRawPointer(mutating: key.baseAddress) ?? emptyBytes
                    arguments[count].u.mem.size = key.count
                    count += 1
                }
                if let headers {
                    arguments[count].vtype = RD_KAFKA_VTYPE_HEADERS
                    arguments[count].u.headers = headers
                    count += 1
                }
                arguments[count].vtype = RD_KAFKA_VTYPE_MSGFLAGS
                arguments[count].u.i = RD_KAFKA_MSG_F_COPY
                count += 1
                arguments[count].vtype = RD_KAFKA_VTYPE_OPAQUE
                arguments[count].u.ptr = opaque
                count += 1
                guard let error = rd_kafka_produceva(rk, arguments, count) else {
                    return RD_KAFKA_RESP_ERR_NO_ERROR
                }
                let code = rd_kafka_error_code(error)
                rd_kafka_error_destroy(error)
                return code
            }
        }
    }

    private func makeHeaders(_ headers: [KafkaHeader]) -> OpaquePointer? {
        guard !headers.isEmpty else { return nil }
        let list = rd_kafka_headers_new(headers.count)!
        for header in headers {
            var name = header.key
            name.withUTF8 { nameBytes in
                let namePointer = UnsafeRawPointer(nameBytes.baseAddress ?? UnsafePointer(emptyBytes.assumingMemoryBound(to: UInt8.self)))
                    .assumingMemoryBound(to: CChar.self)
                withOptionalBytes(header.value) { value in
                    let valuePointer = value.map { $0.baseAddress ?? UnsafeRawPointer(emptyBytes) }
                    _ = rd_kafka_header_add(list, namePointer, nameBytes.count, valuePointer, value?.count ?? 0)
                }
            }
        }
        return list
    }
}

/// A valid address for zero-length (but non-null) keys, values and header values.
nonisolated(unsafe) private let emptyBytes = UnsafeMutableRawPointer.allocate(byteCount: 1, alignment: 1)

/// Calls `body` with the bytes of `array`, or `nil` when there is no array (a null key or header value).
@inline(__always)
private func withOptionalBytes<R>(_ array: [UInt8]?, _ body: (UnsafeRawBufferPointer?) -> R) -> R {
    guard let array else { return body(nil) }
    return array.withUnsafeBytes { body($0) }
}
