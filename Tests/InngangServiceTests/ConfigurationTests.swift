import InngangService
import Testing

@Suite struct ConfigurationTests {
    @Test func developmentDefaultsNeedNoEnvironment() throws {
        var env = EnvironmentReader(["INNGANG_ROOT": "/repo"])
        let config = ServiceConfiguration.read(service: "intake", defaultPort: 8081, defaultDatabase: "inngang_intake", from: &env)
        try env.validate(service: "intake")
        #expect(config.httpPort == 8081)
        #expect(config.databaseURL.hasSuffix("/inngang_intake"))
        #expect(config.auth.issuers.first?.publicKeyFile == "/repo/.local/jwt/dev-issuer-public.pem")
    }

    @Test func productionRequiresDatabaseBrokersAndIssuersAndReportsAllAtOnce() {
        var env = EnvironmentReader(["INNGANG_ENV": "production", "INNGANG_HTTP_PORT": "99999"])
        _ = ServiceConfiguration.read(service: "intake", defaultPort: 8081, defaultDatabase: "inngang_intake", from: &env)
        do {
            try env.validate(service: "intake")
            Issue.record("invalid production configuration accepted")
        } catch {
            #expect(error.problems.count == 4)
            #expect(error.description.contains("INNGANG_DATABASE_URL"))
            #expect(error.description.contains("INNGANG_KAFKA_BROKERS"))
            #expect(error.description.contains("INNGANG_JWT_ISSUERS"))
            #expect(error.description.contains("INNGANG_HTTP_PORT"))
        }
    }

    @Test func malformedIssuerListIsReported() {
        var env = EnvironmentReader(["INNGANG_JWT_ISSUERS": "{not json"])
        _ = ServiceConfiguration.read(service: "klage", defaultPort: 8085, defaultDatabase: "inngang_klage", from: &env)
        #expect(env.problems.contains { $0.contains("INNGANG_JWT_ISSUERS") })
    }
}

@Suite struct KafkaNamespaceTests {
    func read(_ values: [String: String]) -> (ServiceConfiguration, EnvironmentReader) {
        var env = EnvironmentReader(values)
        let config = ServiceConfiguration.read(service: "notification", defaultPort: 8083, defaultDatabase: "inngang_notification", from: &env)
        return (config, env)
    }

    @Test func withoutANamespaceTopicsAndGroupsAreTheCatalogueNames() {
        let (config, _) = read([:])
        #expect(config.topic("inngang.intake.cases.v1") == "inngang.intake.cases.v1")
        #expect(config.consumerGroup() == "inngang-notification")
        #expect(config.consumerGroup("reminders") == "inngang-notification-reminders")
    }

    @Test func aNamespacePrefixesEveryTopicAndGroup() {
        let (config, env) = read(["INNGANG_KAFKA_NAMESPACE": "e2e-1234"])
        #expect(env.problems.isEmpty)
        #expect(config.topic("inngang.intake.cases.v1") == "e2e-1234.inngang.intake.cases.v1")
        #expect(config.consumerGroup() == "e2e-1234.inngang-notification")
    }

    @Test func aNamespaceWithForbiddenCharactersIsAConfigurationError() {
        let (_, env) = read(["INNGANG_KAFKA_NAMESPACE": "Prod/../x"])
        #expect(env.problems.contains { $0.contains("INNGANG_KAFKA_NAMESPACE") })
    }
}
