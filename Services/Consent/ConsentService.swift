import ConsentDomain
import Hummingbird
import InngangKafka
import InngangModels
import InngangService
import ServiceLifecycle

/// Wires the consent service on the shared bootstrap: its tables, the routes, and the expiry
/// sweeper. Events go to ``InngangTopic/consent`` (key = consent id; a legal basis's id for
/// `consent.legal-basis-recorded`) through the outbox.
enum ConsentService {
    static func definition(_ settings: ConsentSettings) -> ServiceDefinition {
        ServiceDefinition(
            name: "consent",
            defaultPort: 8082,
            defaultDatabase: "inngang_consent",
            migrations: ConsentMigrations.all,
            topics: [KafkaTopicSpecification(name: InngangTopic.consent, partitions: 3)],
            configure: { context, router in configure(context: context, router: router, settings: settings) })
    }

    static func configure(context: ServiceContext, router: Router<InngangRequestContext>, settings: ConsentSettings) -> [any Service] {
        let ledger = ConsentLedger(context: context, rules: settings.ageRules)
        ConsentRoutes(context: context, settings: settings, ledger: ledger).register(on: router)
        GrantorRoutes(context: context, settings: settings, ledger: ledger).register(on: router)
        CheckRoutes(context: context, settings: settings, ledger: ledger).register(on: router)
        CoverageRoutes(context: context, settings: settings, ledger: ledger).register(on: router)
        LegalBasisRoutes(context: context, settings: settings).register(on: router)

        context.logger.info("consent configured", metadata: [
            "population_register": "development fake (\(settings.registerSource))",
            "expiry_sweep": "\(settings.expirySweepInterval.map { "\($0)" } ?? "off")",
            "child_welfare_service": "\(settings.legalBasisRules.childWelfareService)",
        ])
        if context.configuration.environment == .production {
            context.logger.warning("the population register is the development fake (FileBackedPopulationRegister): not for real families")
        }
        guard let interval = settings.expirySweepInterval else { return [] }
        return [ExpirySweeper(pool: context.pool, ledger: ledger, interval: interval, logger: context.logger)]
    }
}
