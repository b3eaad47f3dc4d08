import Hummingbird
import IntakeDomain
import InngangService
import Logging

/// Wires intake's parts together on the shared bootstrap's context and router.
enum IntakeService {
    static func configure(context: ServiceContext, router: Router<InngangRequestContext>, settings: IntakeSettings) {
        let store = CaseStore()
        let audit = AuditLog()
        let intake = ApplicationIntake(pool: context.pool, settings: settings, store: store, audit: audit,
                                       events: CaseEventPublisher(context: context), logger: context.logger)
        ApplicationRoutes(intake: intake, pool: context.pool, store: store, audit: audit).register(on: router)
        let referrals = ReferralIntake(pool: context.pool, settings: settings, store: store, audit: audit,
                                       events: CaseEventPublisher(context: context),
                                       coverage: ConsentCoverageClient(baseURL: settings.consentURL, timeout: settings.consentTimeout),
                                       logger: context.logger)
        ReferralRoutes(intake: referrals).register(on: router)

        let metadata: Logger.Metadata = [
            "municipality": "\(settings.rules.municipality)",
            "routing_rules": "\(settings.sources["routing rules"] ?? "?")",
            "coordinator_pool": "\(settings.sources["coordinator pool"] ?? "?")",
            "coordinators": "\(settings.pool.coordinators.count)",
            "population_register": "development fake (\(settings.sources["population register"] ?? "?"))",
            "consent_url": "\(settings.consentURL)",
        ]
        context.logger.info("intake configured", metadata: metadata)
        if context.configuration.environment == .production {
            context.logger.warning("the population register is the development fake (FileBackedPopulationRegister): not for real applicants")
        }
    }
}
