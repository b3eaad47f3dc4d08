import ApplicationStatusDomain
import InngangKafka
import InngangService

/// The application-status service: one timeline per case, folded from the events it consumes
/// and the reports caseworkers send; the family's view of it in nb/nn/en.
enum ApplicationStatusService {
    /// Topics it consumes (`CaseEventConsumer.topics`) and publishes to (`statusProgress`):
    /// created at start in development, with their dead-letter topics.
    static let topics = CaseEventConsumer.topics.map { KafkaTopicSpecification(name: $0, partitions: 6) }

    static let definition = ServiceDefinition(
        name: "application-status",
        defaultPort: 8084,
        defaultDatabase: "inngang_status",
        migrations: StatusMigrations.all,
        topics: topics,
        configure: { context, router in
            CaseRoutes(pool: context.pool, catalog: .standard).register(on: router)
            ReportRoutes(context: context).register(on: router)
            let consumer = CaseEventConsumer(logger: context.logger)
            let inbox = try context.inboxConsumer(topics: CaseEventConsumer.topics) { event, connection in
                try await consumer.handle(event, on: connection)
            }
            return [inbox]
        })
}
