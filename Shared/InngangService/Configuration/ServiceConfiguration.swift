import Foundation
import Logging

/// The deployment environment. `development` enables the development JWT issuer under `.local/jwt`.
public enum DeploymentEnvironment: String, CaseIterable, Sendable {
    case development, test, production
}

public enum LogFormat: String, CaseIterable, Sendable {
    /// One JSON object per line (default; what log collectors expect).
    case json
    /// Human-readable single lines, for `make run`.
    case text
}

/// Settings every Inngang service shares, read from `INNGANG_*` environment variables.
/// Each service wraps this in its own configuration struct with its own settings.
public struct ServiceConfiguration: Sendable {
    public var serviceName: String
    public var environment: DeploymentEnvironment
    public var httpHost: String
    public var httpPort: Int
    public var databaseURL: String
    public var kafkaBrokers: String
    public var logLevel: Logger.Level
    public var logFormat: LogFormat
    public var databasePoolSize: Int
    public var auth: AuthConfiguration
    /// Prepended to every topic and consumer-group name (`INNGANG_KAFKA_NAMESPACE`, default
    /// empty), so a test run or a second environment can share one broker without seeing
    /// another's events. Lowercase letters, digits, `.`, `-`, `_`; ends with `.` when set.
    public var kafkaNamespace: String

    /// `name` in this deployment's Kafka namespace: use for every topic published to or consumed.
    public func topic(_ name: String) -> String { kafkaNamespace + name }

    /// The consumer group of one of this service's consumers, in the Kafka namespace:
    /// `inngang-<service>` or `inngang-<service>-<purpose>`.
    public func consumerGroup(_ purpose: String? = nil) -> String {
        kafkaNamespace + "inngang-" + serviceName + (purpose.map { "-" + $0 } ?? "")
    }

    /// Reads the shared settings. `defaultPort` and `defaultDatabase` give each service distinct
    /// development defaults so `make run` needs no configuration at all.
    public static func read(
        service: String, defaultPort: Int, defaultDatabase: String, from env: inout EnvironmentReader
    ) -> ServiceConfiguration {
        let environment = env.choice("INNGANG_ENV", default: DeploymentEnvironment.development)
        let isProduction = environment == .production
        let databaseURL: String
        if isProduction {
            databaseURL = env.requiredString("INNGANG_DATABASE_URL", hint: "postgres://user:password@host:5432/\(defaultDatabase)")
        } else {
            databaseURL = env.string("INNGANG_DATABASE_URL", default: "postgres://inngang:inngang@127.0.0.1:55432/\(defaultDatabase)")
        }
        let kafka = isProduction
            ? env.requiredString("INNGANG_KAFKA_BROKERS", hint: "host1:9092,host2:9092")
            : env.string("INNGANG_KAFKA_BROKERS", default: "127.0.0.1:59092")
        let levelRaw = env.string("INNGANG_LOG_LEVEL", default: "info").lowercased()
        let level = Logger.Level(rawValue: levelRaw) ?? {
            env.record("INNGANG_LOG_LEVEL must be one of trace, debug, info, notice, warning, error, critical, got '\(levelRaw)'")
            return .info
        }()
        let auth = AuthConfiguration.read(environment: environment, from: &env)
        var namespace = env.string("INNGANG_KAFKA_NAMESPACE", default: "")
        if !namespace.isEmpty {
            let allowed = namespace.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || ".-_".contains($0) }
            if !allowed || namespace.count > 60 {
                env.record("INNGANG_KAFKA_NAMESPACE may hold only lowercase letters, digits, '.', '-' and '_' (at most 60)")
            }
            if !namespace.hasSuffix(".") { namespace += "." }
        }
        return ServiceConfiguration(
            serviceName: service,
            environment: environment,
            httpHost: env.string("INNGANG_HTTP_HOST", default: isProduction ? "0.0.0.0" : "127.0.0.1"),
            httpPort: env.int("INNGANG_HTTP_PORT", default: defaultPort, range: 1...65535),
            databaseURL: databaseURL,
            kafkaBrokers: kafka,
            logLevel: level,
            logFormat: env.choice("INNGANG_LOG_FORMAT", default: LogFormat.json),
            databasePoolSize: env.int("INNGANG_DATABASE_POOL_SIZE", default: 10, range: 1...200),
            auth: auth,
            kafkaNamespace: namespace
        )
    }
}
