import ArgumentParser
import InngangKafka

/// Creates a topic and waits until its metadata is visible, so a timed producer never waits for it.
struct CreateTopicCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create-topic",
        abstract: "Create a (fresh) topic and wait until the broker reports it.")

    @OptionGroup var common: CommonOptions

    @Argument(help: "Topic name.")
    var topic: String

    @Option(help: "Partitions.")
    var partitions = 1

    func run() async throws {
        let logger = common.makeLogger("inngang-bench.create-topic")
        let admin = try KafkaAdmin(bootstrapServers: common.brokers, logger: logger)
        try await admin.createTopics([KafkaTopicSpecification(name: topic, partitions: partitions)])
        try await waitUntil("topic \(topic) is in the metadata", timeout: .seconds(30), interval: .milliseconds(50)) {
            try await admin.partitionCount(topic: topic) == partitions
        }
    }
}
