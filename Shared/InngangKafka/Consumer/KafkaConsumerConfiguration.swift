/// Consumer-group settings. Offsets are committed only by ``KafkaConsumer/commit(_:)``
/// (`enable.auto.commit=false`, `enable.auto.offset.store=false`); overrides of those are refused.
public struct KafkaConsumerConfiguration: Sendable {
    /// Comma separated `host:port` list.
    public var bootstrapServers: String
    public var groupId: String
    public var topics: [String]
    /// Where a group without a committed offset starts: `earliest` or `latest`.
    public var autoOffsetReset: String = "earliest"
    public var sessionTimeoutMs: Int = 6000
    public var heartbeatIntervalMs: Int = 500
    /// How many consumed messages may wait for the application before the consumer pauses fetching.
    public var maxBufferedMessages: Int = 1000
    public var clientId: String = "inngang"
    /// Extra librdkafka properties (applied last), e.g. `partition.assignment.strategy=cooperative-sticky`.
    public var properties: [String: String] = [:]

    public init(bootstrapServers: String, groupId: String, topics: [String]) {
        self.bootstrapServers = bootstrapServers
        self.groupId = groupId
        self.topics = topics
    }

    /// The librdkafka properties, or ``KafkaError/Code/configuration`` when ``properties`` would turn on
    /// automatic offset handling.
    func rdKafkaProperties() throws -> [String: String] {
        for key in ["enable.auto.commit", "enable.auto.offset.store"] {
            if let value = properties[key], value.lowercased() != "false" {
                throw KafkaError(.configuration, "\(key) must stay false: Inngang commits after the effect is durable (got \(value))")
            }
        }
        guard !topics.isEmpty else { throw KafkaError(.configuration, "a consumer needs at least one topic") }
        guard maxBufferedMessages > 0 else { throw KafkaError(.configuration, "maxBufferedMessages must be positive") }
        var result: [String: String] = [
            "bootstrap.servers": bootstrapServers,
            "group.id": groupId,
            "client.id": clientId,
            "auto.offset.reset": autoOffsetReset,
            "session.timeout.ms": String(sessionTimeoutMs),
            "heartbeat.interval.ms": String(heartbeatIntervalMs),
            "enable.partition.eof": "false",
            // Resuming after a full buffer waits for the fetch request in flight; keep its long poll short.
            "fetch.wait.max.ms": "100",
        ]
        result.merge(properties) { _, new in new }
        result["enable.auto.commit"] = "false"
        result["enable.auto.offset.store"] = "false"
        return result
    }
}
