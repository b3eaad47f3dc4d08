import Foundation
import Hummingbird
import InngangJobs
import InngangKafka
import InngangMessaging
import InngangPostgres
import Logging
import ServiceLifecycle

/// Starts an Inngang service: configuration (validated, all problems reported at once), logs,
/// metrics, the librdkafka runtime check, database migrations under an advisory lock, topics, the
/// outbox relay, the HTTP server and the service's own components, as one `ServiceGroup` that
/// shuts down gracefully on SIGTERM/SIGINT: readiness off, drain HTTP, stop consumers and relay,
/// flush the producer, close the pool.
public enum ServiceRunner {
    public static func main(_ definition: ServiceDefinition) async {
        var env = EnvironmentReader()
        let configuration = ServiceConfiguration.read(
            service: definition.name, defaultPort: definition.defaultPort, defaultDatabase: definition.defaultDatabase, from: &env)
        let drainSeconds = env.int("INNGANG_SHUTDOWN_DRAIN_SECONDS", default: configuration.environment == .production ? 5 : 0, range: 0...120)
        let createTopics = env.bool("INNGANG_KAFKA_CREATE_TOPICS", default: configuration.environment != .production)
        let databaseConfiguration: PostgresConfiguration
        do {
            databaseConfiguration = try PostgresConfiguration(url: configuration.databaseURL)
        } catch {
            env.record("INNGANG_DATABASE_URL is not a valid postgres:// URL")
            databaseConfiguration = PostgresConfiguration(host: "", port: 0, user: "", password: nil, database: "")
        }
        do {
            try env.validate(service: definition.name)
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            exit(2)
        }

        LoggingSystem.bootstrapInngang(service: definition.name, level: configuration.logLevel, format: configuration.logFormat)
        var logger = Logger(label: "inngang")
        logger[metadataKey: LogKey.service] = .string(definition.name)
        let metrics = PrometheusMetrics.bootstrap()

        do {
            try await run(definition, configuration: configuration, env: env, databaseConfiguration: databaseConfiguration,
                          createTopics: createTopics, drainPeriod: .seconds(drainSeconds), metrics: metrics, logger: logger)
        } catch {
            logger.critical("service stopped with an error", metadata: [LogKey.errorType: "\(type(of: error))", "error": "\(Self.safeDescription(error))"])
            exit(1)
        }
    }

    static func run(_ definition: ServiceDefinition, configuration: ServiceConfiguration, env: EnvironmentReader,
                    databaseConfiguration: PostgresConfiguration, createTopics: Bool, drainPeriod: Duration,
                    metrics: PrometheusMetrics, logger: Logger) async throws {
        try KafkaRuntime.check()
        logger.info("starting", metadata: ["librdkafka": "\(KafkaRuntime.versionString)", "port": "\(configuration.httpPort)"])

        let pool = PostgresPool(configuration: databaseConfiguration, maxConnections: configuration.databasePoolSize, logger: logger)
        try await waitForDatabase(pool, logger: logger)
        let migrations = definition.migrations + Outbox.migrations + Inbox.migrations + JobQueue.migrations
        try await MigrationRunner.apply(migrations, pool: pool, logger: logger)

        if createTopics, !definition.topics.isEmpty {
            let admin = try KafkaAdmin(bootstrapServers: configuration.kafkaBrokers, logger: logger)
            let own = definition.topics.map { topic in
                var spec = topic
                spec.name = configuration.topic(topic.name)
                return spec
            }
            let withDeadLetters = own + own.map { KafkaTopicSpecification(name: $0.name + ".dlq", partitions: $0.partitions) }
            do { try await admin.createTopics(withDeadLetters) } catch {
                await admin.close()
                throw error
            }
            await admin.close()
        }

        var producerConfiguration = KafkaProducerConfiguration(bootstrapServers: configuration.kafkaBrokers)
        producerConfiguration.clientId = "inngang-\(definition.name)"
        let producer = try KafkaProducer(configuration: producerConfiguration, logger: logger)
        let admin = try KafkaAdmin(bootstrapServers: configuration.kafkaBrokers, logger: logger)
        let relay = OutboxRelay(pool: pool, producer: producer, listenerConfiguration: databaseConfiguration, logger: logger)

        let readiness = ReadinessState()
        let health = HealthRoutes(checks: [
            ReadinessCheck(name: "database") { try await pool.ping() },
            ReadinessCheck(name: "broker") { _ = try await admin.partitionCount(topic: "__inngang_readiness_probe") },
        ], state: readiness)
        let verifier = try await TokenVerifier(configuration: configuration.auth)
        let router = InngangRouter.make(verifier: verifier, health: health, metrics: metrics)
        let context = ServiceContext(configuration: configuration, environment: env, pool: pool,
                                     databaseConfiguration: databaseConfiguration, producer: producer, logger: logger)
        let own = try await definition.configure(context, router)

        let app = Application(
            router: router,
            configuration: .init(address: .hostname(configuration.httpHost, port: configuration.httpPort),
                                 serverName: "inngang-\(definition.name)"),
            logger: logger)

        // Shut down in reverse order: readiness gate first, then HTTP, then the service's own
        // consumers and workers, then the relay.
        let services: [any Service] = [relay] + own + [app, ReadinessGate(state: readiness, drainPeriod: drainPeriod)]
        let group = ServiceGroup(configuration: .init(
            services: services.map { .init(service: $0) },
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger))
        do { try await group.run() } catch {
            await admin.close()
            await producer.close()
            await pool.close()
            throw error
        }
        await admin.close()
        await producer.close()
        await pool.close()
        logger.info("stopped")
    }

    /// Waits up to 30 s for the database so services started together with it do not crash-loop.
    static func waitForDatabase(_ pool: PostgresPool, logger: Logger) async throws {
        let deadline = ContinuousClock.now + .seconds(30)
        while true {
            do {
                try await pool.ping()
                return
            } catch {
                if ContinuousClock.now > deadline { throw error }
                logger.warning("database not reachable yet; retrying")
                try await Task.sleep(for: .seconds(1))
            }
        }
    }

    /// Errors from our own modules describe themselves without personal data; others by type only.
    static func safeDescription(_ error: any Error) -> String {
        switch error {
        case let e as PostgresError: "\(e.code): \(e.message)"
        case let e as KafkaError: e.description
        case let e as ConfigurationError: e.description
        default: String(reflecting: type(of: error))
        }
    }
}
