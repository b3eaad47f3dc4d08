import CRdKafka

/// Owns an `rd_kafka_topic_partition_list_t` and lends it out through `withPointer`.
final class RDKafkaTopicPartitionList {
    private let list: UnsafeMutablePointer<rd_kafka_topic_partition_list_t>

    init(capacity: Int = 1) {
        list = rd_kafka_topic_partition_list_new(Int32(max(capacity, 1)))
    }

    convenience init(_ partitions: some Collection<KafkaTopicPartition>) {
        self.init(capacity: partitions.count)
        for partition in partitions { add(topic: partition.topic, partition: partition.partition) }
    }

    deinit {
        rd_kafka_topic_partition_list_destroy(list)
    }

    /// Adds an entry and returns it so callers can set its offset.
    @discardableResult
    func add(topic: String, partition: Int32, offset: Int64? = nil) -> UnsafeMutablePointer<rd_kafka_topic_partition_t> {
        let entry = rd_kafka_topic_partition_list_add(list, topic, partition)!
        if let offset { entry.pointee.offset = offset }
        return entry
    }

    func withPointer<T>(_ body: (UnsafeMutablePointer<rd_kafka_topic_partition_list_t>) throws -> T) rethrows -> T {
        try body(list)
    }

    /// The first per-partition error in the list, if any.
    var firstError: (KafkaTopicPartition, rd_kafka_resp_err_t)? {
        RDKafkaTopicPartitionList.entries(of: list).first { $0.err != RD_KAFKA_RESP_ERR_NO_ERROR }
            .map { (KafkaTopicPartition(topic: String(cString: $0.topic), partition: $0.partition), $0.err) }
    }

    /// The topic/partition pairs of a list owned by librdkafka (e.g. in a rebalance callback).
    static func topicPartitions(of list: UnsafePointer<rd_kafka_topic_partition_list_t>) -> [KafkaTopicPartition] {
        entries(of: list).map { KafkaTopicPartition(topic: String(cString: $0.topic), partition: $0.partition) }
    }

    private static func entries(of list: UnsafePointer<rd_kafka_topic_partition_list_t>) -> UnsafeBufferPointer<rd_kafka_topic_partition_t> {
        UnsafeBufferPointer(start: list.pointee.elems, count: Int(list.pointee.cnt))
    }
}
