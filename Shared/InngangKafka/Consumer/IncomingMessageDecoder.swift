import CRdKafka
import Foundation

/// Copies a consumed `rd_kafka_message_t` into a ``KafkaIncomingMessage``.
///
/// Used only on the consumer's poll thread; caches the last topic name to avoid a string per message.
final class IncomingMessageDecoder {
    private var lastTopicHandle: OpaquePointer?
    private var lastTopicName = ""

    func decode(_ message: UnsafePointer<rd_kafka_message_t>) -> KafkaIncomingMessage {
        let raw = message.pointee
        return KafkaIncomingMessage(
            topic: topicName(raw.rkt),
            partition: raw.partition,
            offset: raw.offset,
            key: raw.key.map { bytes($0, raw.key_len) },
            value: raw.payload.map { bytes($0, raw.len) } ?? [],
            headers: headers(message),
            timestamp: timestamp(message)
        )
    }

    private func topicName(_ handle: OpaquePointer?) -> String {
        guard let handle else { return "" }
        if handle != lastTopicHandle {
            lastTopicHandle = handle
            lastTopicName = String(cString: rd_kafka_topic_name(handle))
        }
        return lastTopicName
    }

    private func bytes(_ pointer: UnsafeRawPointer, _ count: Int) -> [UInt8] {
        Array(UnsafeRawBufferPointer(start: pointer, count: count))
    }

    private func headers(_ message: UnsafePointer<rd_kafka_message_t>) -> [KafkaHeader] {
        var list: OpaquePointer?
        guard rd_kafka_message_headers(message, &list) == RD_KAFKA_RESP_ERR_NO_ERROR, let list else { return [] }
        var headers: [KafkaHeader] = []
        headers.reserveCapacity(rd_kafka_header_cnt(list))
        var index = 0
        var name: UnsafePointer<CChar>?
        var value: UnsafeRawPointer?
        var size = 0
        while rd_kafka_header_get_all(list, index, &name, &value, &size) == RD_KAFKA_RESP_ERR_NO_ERROR {
            headers.append(KafkaHeader(
                key: name.map { String(cString: $0) } ?? "",
                value: value.map { bytes($0, size) }
            ))
            index += 1
        }
        return headers
    }

    private func timestamp(_ message: UnsafePointer<rd_kafka_message_t>) -> Date? {
        var type = RD_KAFKA_TIMESTAMP_NOT_AVAILABLE
        let milliseconds = rd_kafka_message_timestamp(message, &type)
        guard type != RD_KAFKA_TIMESTAMP_NOT_AVAILABLE, milliseconds >= 0 else { return nil }
        return Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }
}
