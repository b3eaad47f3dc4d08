import InngangKafka
import InngangPostgres
import Hummingbird
import Logging
import ServiceLifecycle

/// What a service brings to the shared bootstrap: its name, default port and database, its own
/// migrations and topics, and a function adding its routes and background services.
public struct ServiceDefinition: Sendable {
    public var name: String
    public var defaultPort: Int
    public var defaultDatabase: String
    /// The service's own migrations (versions 1–7999). The outbox, inbox and job-queue tables
    /// are added by the bootstrap.
    public var migrations: [Migration]
    /// Topics this service publishes to; created at start when `INNGANG_KAFKA_CREATE_TOPICS` is on
    /// (development default), declared as Strimzi `KafkaTopic` resources in production.
    public var topics: [KafkaTopicSpecification]
    public var configure: @Sendable (ServiceContext, Router<InngangRequestContext>) async throws -> [any Service]

    public init(name: String, defaultPort: Int, defaultDatabase: String, migrations: [Migration] = [],
                topics: [KafkaTopicSpecification] = [],
                configure: @escaping @Sendable (ServiceContext, Router<InngangRequestContext>) async throws -> [any Service] = { _, _ in [] }) {
        self.name = name
        self.defaultPort = defaultPort
        self.defaultDatabase = defaultDatabase
        self.migrations = migrations
        self.topics = topics
        self.configure = configure
    }
}

/// What the bootstrap hands a service: configuration, its database pool, the producer (for
/// direct sends; state changes go through the outbox) and a logger.
public struct ServiceContext: Sendable {
    public var configuration: ServiceConfiguration
    public var environment: EnvironmentReader
    public var pool: PostgresPool
    public var databaseConfiguration: PostgresConfiguration
    public var producer: KafkaProducer
    public var logger: Logger
}
