import Hummingbird
import InngangJobs
import InngangKafka
import InngangModels
import InngangService
import NotificationDomain
import ServiceLifecycle

/// The notification service: consumes intake, status, consent and klage events, plans messages as jobs, and
/// sends them at their time through the configured providers (see ``TriggerConsumer``,
/// ``SendNotificationHandler``, ``NotificationSettings``).
enum NotificationService {
    static let definition = ServiceDefinition(
        name: "notification",
        defaultPort: 8083,
        defaultDatabase: "inngang_notification",
        migrations: NotificationSchema.migrations,
        // Consumed and published topics; created with their dead-letter topics in development.
        topics: (TriggerConsumer.topics + [InngangTopic.notificationDeliveries])
            .map { KafkaTopicSpecification(name: $0, partitions: 3) },
        configure: configure)

    @Sendable
    static func configure(_ context: ServiceContext, _ router: Router<InngangRequestContext>) async throws -> [any Service] {
        var env = context.environment
        let settings = NotificationSettings.read(from: &env)
        try env.validate(service: "notification")
        let population = try RecipientRegister.development(file: settings.populationRegisterFile)
        let contacts = try DevelopmentContactRegister.development(file: settings.contactRegisterFile)
        let channels = DeliveryChannels.make(settings: settings, logger: context.logger)
        let queue = JobQueue(pool: context.pool, logger: context.logger)
        let planner = NotificationPlanner(smsWindow: settings.smsWindow)

        let consumer = TriggerConsumer(planner: planner, queue: queue, logger: context.logger)
        let inbox = try context.inboxConsumer(topics: TriggerConsumer.topics) { event, connection in
            try await consumer.handle(event, on: connection)
        }
        let handler = SendNotificationHandler(
            context: context, queue: queue, planner: planner, dispatch: NotificationDispatch(smsWindow: settings.smsWindow), population: population,
            contacts: contacts, channels: channels, lease: settings.jobLease, logger: context.logger)
        let worker = JobWorker(
            queue: queue, listenerConfiguration: context.databaseConfiguration, queueName: SendJob.queue,
            handlers: [SendJob.kind: { job in try await handler.run(job) }],
            concurrency: settings.workerConcurrency, leaseDuration: settings.jobLease, rescueInterval: .seconds(5),
            retry: SendJob.retry, logger: context.logger)
        CaseNotificationsRoute(pool: context.pool).register(on: router)

        let parked = try await context.pool.withConnection { try await ParkedEventStore.count(on: $0) }
        context.logger.info("notification service configured", metadata: [
            "notification.provider": "\(settings.provider.rawValue)",
            "notification.registers": "\(settings.populationRegisterFile == nil ? "embedded" : "file")/\(settings.contactRegisterFile == nil ? "embedded" : "file") (development fakes)",
            "notification.parked_events": "\(parked)",
        ])
        if context.configuration.environment == .production {
            context.logger.warning("the population and contact registers are development fakes; connect the real registers before production use")
        }
        return [inbox, worker]
    }
}
