import CRdKafka
import Logging

/// Routes librdkafka's log and error callbacks to the client's `Logger`.
///
/// librdkafka's log lines carry protocol and connection details, never message payloads
/// (unless `debug=msg` is configured, which Inngang never sets by default).
enum RDKafkaLogRouter {
    /// syslog levels (0 emergency … 7 debug) as swift-log levels.
    static func level(syslog: Int32) -> Logger.Level {
        switch syslog {
        case ...2: return .critical
        case 3: return .error
        case 4: return .warning
        case 5: return .notice
        case 6: return .info
        default: return .debug
        }
    }

    static func log(rk: OpaquePointer?, level: Int32, facility: UnsafePointer<CChar>?, message: UnsafePointer<CChar>?) {
        guard let context = RDKafkaClientContext.from(rk) else { return }
        let swiftLevel = self.level(syslog: level)
        guard context.logger.logLevel <= swiftLevel else { return }
        context.logger.log(
            level: swiftLevel,
            "librdkafka: \(message.map { String(cString: $0) } ?? "")",
            metadata: [KafkaLoggingKeys.facility: "\(facility.map { String(cString: $0) } ?? "")"]
        )
    }

    static func error(rk: OpaquePointer?, code: Int32, reason: UnsafePointer<CChar>?) {
        guard let context = RDKafkaClientContext.from(rk) else { return }
        let reasonText = reason.map { String(cString: $0) } ?? ""
        let fatal = code == RD_KAFKA_RESP_ERR__FATAL.rawValue
        // Connection-level errors (broker down, all brokers down) are transient; librdkafka retries.
        context.logger.log(
            level: fatal ? .critical : .warning,
            "librdkafka error: \(reasonText)",
            metadata: [
                KafkaLoggingKeys.errorCode: "\(RDKafkaErrorCode.name(code))",
                KafkaLoggingKeys.error: "\(RDKafkaErrorCode.text(code))",
            ]
        )
    }
}
