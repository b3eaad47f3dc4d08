import CRdKafka

/// Helpers around librdkafka's `rd_kafka_resp_err_t`.
enum RDKafkaErrorCode {
    /// librdkafka's human readable description of an error code.
    static func text(_ code: Int32) -> String {
        String(cString: rd_kafka_err2str(rd_kafka_resp_err_t(rawValue: code)))
    }

    /// librdkafka's symbolic name of an error code (e.g. `_QUEUE_FULL`).
    static func name(_ code: Int32) -> String {
        String(cString: rd_kafka_err2name(rd_kafka_resp_err_t(rawValue: code)))
    }

    /// Codes that will not succeed when tried again as they are.
    private static let permanent: Set<Int32> = [
        RD_KAFKA_RESP_ERR__INVALID_ARG.rawValue,
        RD_KAFKA_RESP_ERR__FATAL.rawValue,
        RD_KAFKA_RESP_ERR_MSG_SIZE_TOO_LARGE.rawValue,
        RD_KAFKA_RESP_ERR_INVALID_MSG_SIZE.rawValue,
        RD_KAFKA_RESP_ERR_INVALID_MSG.rawValue,
        RD_KAFKA_RESP_ERR_INVALID_RECORD.rawValue,
        RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED.rawValue,
        RD_KAFKA_RESP_ERR_CLUSTER_AUTHORIZATION_FAILED.rawValue,
        RD_KAFKA_RESP_ERR_GROUP_AUTHORIZATION_FAILED.rawValue,
        RD_KAFKA_RESP_ERR_TOPIC_EXCEPTION.rawValue,
        RD_KAFKA_RESP_ERR_INVALID_CONFIG.rawValue,
        RD_KAFKA_RESP_ERR_INVALID_PARTITIONS.rawValue,
        RD_KAFKA_RESP_ERR_INVALID_REPLICATION_FACTOR.rawValue,
        RD_KAFKA_RESP_ERR_POLICY_VIOLATION.rawValue,
        RD_KAFKA_RESP_ERR_UNSUPPORTED_VERSION.rawValue,
        RD_KAFKA_RESP_ERR__UNSUPPORTED_FEATURE.rawValue,
        RD_KAFKA_RESP_ERR__UNKNOWN_PARTITION.rawValue,
    ]

    /// Whether an operation that failed with `code` may succeed when tried again later.
    static func isRetriable(_ code: Int32) -> Bool {
        !permanent.contains(code)
    }
}
