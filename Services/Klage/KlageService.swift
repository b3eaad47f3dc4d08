import InngangKafka
import InngangModels
import InngangService
import KlageDomain
import Logging

/// The klage service: appeals against the services' decisions (forvaltningsloven §§ 28–36, 11 a,
/// 42) on the rules of `KlageDomain`, with its own projection of cases, decisions and
/// decision-notice deliveries, and an event for every step (topic `InngangTopic.klage`); and
/// requests for the reasons for a decision (§ 24), which interrupt the requester's deadline.
enum KlageService {
    /// Topics it consumes (``CaseFactsConsumer/topics``) and publishes to (`klage`): created at
    /// start in development, with their dead-letter topics.
    static let topics = (CaseFactsConsumer.topics + [InngangTopic.klage]).map { KafkaTopicSpecification(name: $0, partitions: 3) }

    static func definition(settings: KlageSettings) -> ServiceDefinition {
        ServiceDefinition(
            name: "klage",
            defaultPort: 8085,
            defaultDatabase: "inngang_klage",
            migrations: KlageMigrations.all,
            topics: topics,
            configure: { context, router in
                let events = AppealEvents(context: context)
                let rules = settings.rules
                let handling = AppealHandling(pool: context.pool, events: events, rules: rules, logger: context.logger)
                let filing = AppealFiling(pool: context.pool, events: events, rules: rules, logger: context.logger)
                AppealRoutes(filing: filing, handling: handling, pool: context.pool, rules: rules).register(on: router)
                HandlingRoutes(handling: handling).register(on: router)
                ReasonRequestRoutes(requests: ReasonRequests(pool: context.pool, events: events, rules: rules, logger: context.logger)).register(on: router)

                let consumer = CaseFactsConsumer(rules: rules, logger: context.logger)
                let inbox = try context.inboxConsumer(topics: CaseFactsConsumer.topics) { event, connection in
                    try await consumer.handle(event, on: connection)
                }
                let overrides = rules.klageinstansByService.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: ",")
                context.logger.info("klage configured", metadata: [
                    "klageinstans": "\(rules.defaultKlageinstans)", "klageinstans.by_service": "\(overrides.isEmpty ? "-" : overrides)",
                    "completion_weeks": "\(rules.completionWeeks)",
                ])
                return [inbox]
            })
    }
}
