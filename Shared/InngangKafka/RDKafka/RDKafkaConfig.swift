import CRdKafka
import Logging

/// Builds an `rd_kafka_conf_t` from properties, with Inngang's callbacks (log, error, rebalance) installed.
///
/// The configuration object is consumed by ``RDKafkaHandle/init(type:properties:context:deliveryReports:)``.
enum RDKafkaConfig {
    /// Creates a configuration; the caller owns the result until it is passed to `rd_kafka_new`.
    static func make(
        properties: [String: String],
        context: RDKafkaClientContext,
        deliveryReportCallback: Bool
    ) throws -> OpaquePointer {
        guard let conf = rd_kafka_conf_new() else {
            throw KafkaError(.configuration, "rd_kafka_conf_new failed")
        }
        do {
            // Deterministic order so errors are reproducible.
            for (key, value) in properties.sorted(by: { $0.key < $1.key }) {
                try set(conf, key, value)
            }
        } catch {
            rd_kafka_conf_destroy(conf)
            throw error
        }
        rd_kafka_conf_set_log_cb(conf) { rk, level, facility, message in
            RDKafkaLogRouter.log(rk: rk, level: level, facility: facility, message: message)
        }
        rd_kafka_conf_set_error_cb(conf) { rk, code, reason, _ in
            RDKafkaLogRouter.error(rk: rk, code: code, reason: reason)
        }
        if context.rebalance != nil {
            rd_kafka_conf_set_rebalance_cb(conf) { rk, code, partitions, _ in
                guard let rk, let partitions, let context = RDKafkaClientContext.from(rk) else { return }
                context.rebalance?(rk, code, partitions)
            }
        }
        if deliveryReportCallback {
            rd_kafka_conf_set_dr_msg_cb(conf) { _, message, _ in
                guard let message else { return }
                DeliveryBatch.deliveryReport(message)
            }
        }
        return conf
    }

    private static func set(_ conf: OpaquePointer, _ key: String, _ value: String) throws {
        var errstr = [CChar](repeating: 0, count: 512)
        let result = rd_kafka_conf_set(conf, key, value, &errstr, errstr.count)
        guard result == RD_KAFKA_CONF_OK else {
            let reason = errstr.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            throw KafkaError(.configuration, "invalid Kafka property \(key): \(reason)")
        }
    }
}
