import Foundation
import InngangKafka
import InngangMessaging
import InngangModels
import InngangPostgres

extension ServiceContext {
    /// The CloudEvents `source` of this service's events: `/inngang/<service>`.
    public var eventSource: String { "/inngang/" + configuration.serviceName }

    /// A new event from this service (``eventSource``), with `subject` = the case id when given.
    public func event(_ type: EventType, subject: String? = nil, time: Date = Date(), data payload: some Encodable) throws -> CloudEvent {
        try CloudEvent(source: eventSource, type: type, time: time, subject: subject, data: payload)
    }

    /// Appends `event` to the outbox inside the caller's transaction, to the catalogue `topic`
    /// in this deployment's Kafka namespace, keyed by `key` (Inngang: the case id).
    public func publish(_ event: CloudEvent, topic: String, key: String, on connection: PostgresConnection) async throws {
        try await Outbox.append(event, topic: configuration.topic(topic), key: key, on: connection)
    }

    /// An ``InboxConsumer`` of catalogue `topics` (namespaced here), in consumer group
    /// ``ServiceConfiguration/consumerGroup(_:)``. Add it to the services `configure` returns.
    ///
    /// - Parameters:
    ///   - purpose: distinguishes several consumers of one service (group and inbox name).
    ///   - handler: the effect of one event, in the inbox transaction.
    public func inboxConsumer(topics: [String], purpose: String? = nil, handler: @escaping InboxHandler) throws -> InboxConsumer {
        var settings = KafkaConsumerConfiguration(
            bootstrapServers: configuration.kafkaBrokers, groupId: configuration.consumerGroup(purpose),
            topics: topics.map(configuration.topic))
        settings.clientId = "inngang-" + configuration.serviceName
        let consumer = try KafkaConsumer(configuration: settings, logger: logger)
        let inboxName = "inngang-" + configuration.serviceName + (purpose.map { "-" + $0 } ?? "")
        return InboxConsumer(name: inboxName, consumer: consumer, pool: pool, producer: producer, handler: handler, logger: logger)
    }
}
