/// Metadata keys used in this module's log records (dotted, one place).
enum KafkaLoggingKeys {
    static let clientId = "kafka.client.id"
    static let groupId = "kafka.group.id"
    static let topic = "kafka.topic"
    static let topics = "kafka.topics"
    static let partition = "kafka.partition"
    static let partitions = "kafka.partitions"
    static let offset = "kafka.offset"
    static let error = "kafka.error"
    static let errorCode = "kafka.error.code"
    static let facility = "kafka.rdkafka.facility"
    static let rebalanceProtocol = "kafka.rebalance.protocol"
    static let runtimeVersion = "kafka.rdkafka.version"
    static let count = "kafka.count"
}
