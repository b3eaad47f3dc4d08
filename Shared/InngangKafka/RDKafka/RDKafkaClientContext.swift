import CRdKafka
import Logging

/// State that librdkafka's callbacks reach through the handle's opaque pointer (`rd_kafka_opaque`).
///
/// Retained by ``RDKafkaHandle`` until after `rd_kafka_destroy` returns, so every callback sees a live object.
final class RDKafkaClientContext: @unchecked Sendable {
    // Immutable after the handle is created; callbacks only read.
    let logger: Logger
    /// Called on the thread that polls the consumer queue when the group assigns or revokes partitions.
    /// Set before `rd_kafka_new`; never changed afterwards.
    let rebalance: (@Sendable (OpaquePointer, rd_kafka_resp_err_t, UnsafeMutablePointer<rd_kafka_topic_partition_list_t>) -> Void)?

    init(
        logger: Logger,
        rebalance: (@Sendable (OpaquePointer, rd_kafka_resp_err_t, UnsafeMutablePointer<rd_kafka_topic_partition_list_t>) -> Void)? = nil
    ) {
        self.logger = logger
        self.rebalance = rebalance
    }

    /// The context registered as opaque of `rk`.
    static func from(_ rk: OpaquePointer?) -> RDKafkaClientContext? {
        guard let rk, let opaque = rd_kafka_opaque(rk) else { return nil }
        return Unmanaged<RDKafkaClientContext>.fromOpaque(opaque).takeUnretainedValue()
    }
}
