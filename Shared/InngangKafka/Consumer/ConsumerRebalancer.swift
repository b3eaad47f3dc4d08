import CRdKafka
import Logging

/// librdkafka's rebalance callback: applies assignments (eager or cooperative protocol) and makes sure
/// messages of revoked partitions that are still buffered are never handed out.
///
/// Runs on the thread inside `rd_kafka_consumer_poll` / `rd_kafka_consumer_close` (the consumer's poll thread).
struct ConsumerRebalancer: Sendable {
    let group: ConsumerGroupState
    let buffer: ConsumerBuffer
    let logger: Logger

    func handle(rk: OpaquePointer, code: rd_kafka_resp_err_t, list: UnsafeMutablePointer<rd_kafka_topic_partition_list_t>) {
        let rebalanceProtocol = rd_kafka_rebalance_protocol(rk).map { String(cString: $0) } ?? "NONE"
        let cooperative = rebalanceProtocol == "COOPERATIVE"
        let partitions = RDKafkaTopicPartitionList.topicPartitions(of: list)
        var metadata: Logger.Metadata = [
            KafkaLoggingKeys.rebalanceProtocol: "\(rebalanceProtocol)",
            KafkaLoggingKeys.partitions: "\(Self.describe(partitions))",
        ]
        switch code {
        case RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS:
            let error: KafkaError?
            if cooperative {
                error = Self.check(rd_kafka_incremental_assign(rk, list), "incremental assign")
            } else {
                error = Self.check(rd_kafka_assign(rk, list), "assign")
            }
            group.assign(partitions, incremental: cooperative)
            if buffer.isFetchPaused, !partitions.isEmpty {
                _ = rd_kafka_pause_partitions(rk, list) // keep the "buffer full" pause for new partitions too
            }
            if let error {
                metadata[KafkaLoggingKeys.error] = "\(error)"
                logger.error("Kafka partition assignment failed", metadata: metadata)
            } else {
                logger.info("Kafka partitions assigned", metadata: metadata)
            }
        case RD_KAFKA_RESP_ERR__REVOKE_PARTITIONS:
            // Drop buffered messages first: after this returns another member may process them.
            let dropped = buffer.discard(Set(partitions))
            metadata[KafkaLoggingKeys.count] = "\(dropped)"
            let lost = rd_kafka_assignment_lost(rk) != 0
            let error: KafkaError?
            if cooperative {
                error = Self.check(rd_kafka_incremental_unassign(rk, list), "incremental unassign")
                group.revoke(partitions)
            } else {
                error = Self.check(rd_kafka_assign(rk, nil), "unassign")
                group.revoke(nil)
            }
            if let error {
                metadata[KafkaLoggingKeys.error] = "\(error)"
                logger.error("Kafka partition revocation failed", metadata: metadata)
            } else if lost {
                logger.warning("Kafka partitions lost (session expired); buffered messages dropped", metadata: metadata)
            } else {
                logger.info("Kafka partitions revoked; buffered messages dropped", metadata: metadata)
            }
        default:
            buffer.discardAll()
            _ = rd_kafka_assign(rk, nil)
            group.revoke(nil)
            metadata[KafkaLoggingKeys.error] = "\(RDKafkaErrorCode.text(code.rawValue))"
            logger.error("Kafka rebalance failed; assignment cleared", metadata: metadata)
        }
    }

    private static func check(_ code: rd_kafka_resp_err_t, _ operation: String) -> KafkaError? {
        code == RD_KAFKA_RESP_ERR_NO_ERROR ? nil : .rdKafka(.consume, operation, error: code)
    }

    private static func check(_ error: OpaquePointer?, _ operation: String) -> KafkaError? {
        guard let error else { return nil }
        defer { rd_kafka_error_destroy(error) }
        let text = String(cString: rd_kafka_error_string(error))
        return KafkaError(.consume, "\(operation): \(text)", rdKafkaError: rd_kafka_error_code(error).rawValue)
    }

    static func describe(_ partitions: [KafkaTopicPartition]) -> String {
        partitions.map { "\($0.topic)[\($0.partition)]" }.sorted().joined(separator: ",")
    }
}
