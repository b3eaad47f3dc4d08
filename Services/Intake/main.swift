import Foundation
import IntakeDomain
import InngangKafka
import InngangModels
import InngangService

// The intake service (*én inngang inn*): a guardian's application becomes a case with a case
// number, routes to services, a coordinator and a receipt; its events leave through the outbox.
// Settings are loaded before anything else, so an invalid routing, coordinator or register file
// stops the service at once with every problem listed.

let settings: IntakeSettings
do { settings = try IntakeSettings.load(from: EnvironmentReader()) } catch {
    FileHandle.standardError.write(Data((error.description + "\n").utf8))
    exit(2)
}

await ServiceRunner.main(ServiceDefinition(
    name: "intake",
    defaultPort: 8081,
    defaultDatabase: "inngang_intake",
    migrations: IntakeMigrations.all,
    topics: [KafkaTopicSpecification(name: InngangTopic.intakeCases, partitions: 3)],
    configure: { context, router in
        IntakeService.configure(context: context, router: router, settings: settings)
        return []
    }
))
