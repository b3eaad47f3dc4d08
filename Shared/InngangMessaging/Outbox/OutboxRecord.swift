import Foundation
import InngangKafka
import InngangModels
import InngangPostgres

/// One row of `inngang_outbox` as the relay reads it.
struct OutboxRecord: Sendable {
    /// The columns ``init(row:)`` expects, in order.
    static let columns = "id, event_id, topic, partition_key, ce_type, ce_source, ce_subject, ce_time, content_type, data"

    var id: Int64
    var topic: String
    var key: String
    var event: CloudEvent

    init(row: PostgresRow) throws {
        id = try row.decode(0, as: Int64.self)
        topic = try row.decode(2, as: String.self)
        key = try row.decode(3, as: String.self)
        event = CloudEvent(
            id: try row.decode(1, as: String.self),
            source: try row.decode(5, as: String.self),
            type: try row.decode(4, as: String.self),
            time: try row.decode(7, as: Date.self),
            subject: try row.decodeIfPresent(6, as: String.self),
            datacontenttype: try row.decode(8, as: String.self),
            data: try row.decode(9, as: [UInt8].self)
        )
    }

    /// The Kafka record: CloudEvents binary mode, keyed by the partition key.
    var message: KafkaOutgoingMessage {
        KafkaOutgoingMessage(cloudEvent: event, topic: topic, key: key)
    }
}
