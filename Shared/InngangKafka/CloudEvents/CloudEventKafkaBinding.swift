import Foundation
import InngangModels

/// CloudEvents 1.0 Kafka protocol binding, binary content mode: attributes travel as `ce_*` headers
/// (UTF-8 strings), `datacontenttype` as `content-type`, and `data` is the message value.
enum CloudEventKafkaHeaders {
    static let specversion = "ce_specversion"
    static let id = "ce_id"
    static let source = "ce_source"
    static let type = "ce_type"
    static let time = "ce_time"
    static let subject = "ce_subject"
    static let contentType = "content-type"
}

extension KafkaOutgoingMessage {
    /// The event in binary mode: headers `ce_specversion`, `ce_id`, `ce_source`, `ce_type`, `ce_time`
    /// (RFC 3339, UTC, fractional seconds), `ce_subject` (when set) and `content-type`; the value is `data`.
    /// `key` is the partition key (Inngang uses the case id so one case's events stay in order).
    public init(cloudEvent: CloudEvent, topic: String, key: String) {
        typealias H = CloudEventKafkaHeaders
        var headers = [
            KafkaHeader(key: H.specversion, value: Array(cloudEvent.specversion.utf8)),
            KafkaHeader(key: H.id, value: Array(cloudEvent.id.utf8)),
            KafkaHeader(key: H.source, value: Array(cloudEvent.source.utf8)),
            KafkaHeader(key: H.type, value: Array(cloudEvent.type.utf8)),
            KafkaHeader(key: H.time, value: Array(RFC3339.string(from: cloudEvent.time).utf8)),
        ]
        if let subject = cloudEvent.subject {
            headers.append(KafkaHeader(key: H.subject, value: Array(subject.utf8)))
        }
        headers.append(KafkaHeader(key: H.contentType, value: Array(cloudEvent.datacontenttype.utf8)))
        self.init(topic: topic, key: Array(key.utf8), value: cloudEvent.data, headers: headers)
    }
}

extension CloudEvent {
    /// Reads a binary-mode CloudEvent from a consumed message. Throws ``KafkaError/Code/cloudEventBinding``
    /// naming the missing or invalid attribute (never its value). A missing `content-type` means
    /// `application/json`.
    public init(kafkaMessage message: KafkaIncomingMessage) throws {
        typealias H = CloudEventKafkaHeaders
        let specversion = try Self.required(H.specversion, in: message)
        guard specversion == CloudEvent.specVersion else {
            throw KafkaError(.cloudEventBinding, "invalid attribute \(H.specversion): only 1.0 is supported")
        }
        let id = try Self.required(H.id, in: message)
        let source = try Self.required(H.source, in: message)
        let type = try Self.required(H.type, in: message)
        let timeText = try Self.required(H.time, in: message)
        guard let time = RFC3339.date(from: timeText) else {
            throw KafkaError(.cloudEventBinding, "invalid attribute \(H.time): not an RFC 3339 date-time")
        }
        self.init(
            id: id,
            source: source,
            type: type,
            specversion: specversion,
            time: time,
            subject: try Self.optional(H.subject, in: message),
            datacontenttype: try Self.optional(H.contentType, in: message) ?? "application/json",
            data: message.value
        )
    }

    private static func required(_ name: String, in message: KafkaIncomingMessage) throws -> String {
        guard let value = try optional(name, in: message), !value.isEmpty else {
            throw KafkaError(.cloudEventBinding, "missing attribute \(name) in message from \(message.topic)[\(message.partition)]@\(message.offset)")
        }
        return value
    }

    private static func optional(_ name: String, in message: KafkaIncomingMessage) throws -> String? {
        guard let header = message.headers.first(where: { $0.key == name }), let bytes = header.value else { return nil }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw KafkaError(.cloudEventBinding, "invalid attribute \(name): not UTF-8")
        }
        return text
    }
}
