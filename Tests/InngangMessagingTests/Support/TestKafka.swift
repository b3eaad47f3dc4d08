import InngangKafka
import InngangModels
import Synchronization

/// Topics, producers and a collecting consumer against the test broker.
enum TestKafka {
    /// Creates a one-partition topic (total order, so tests can compare sequences) and its
    /// dead-letter topic; returns the topic's name.
    static func createTopic(_ label: String) async throws -> String {
        let name = "messaging-test-\(label)-\(TestEnvironment.uniqueSuffix())"
        let admin = try KafkaAdmin(bootstrapServers: TestEnvironment.brokers, logger: TestEnvironment.logger)
        let topics = [KafkaTopicSpecification(name: name, partitions: 1), KafkaTopicSpecification(name: name + ".dlq", partitions: 1)]
        do { try await admin.createTopics(topics) } catch {
            await admin.close()
            throw error
        }
        await admin.close()
        return name
    }

    static func producer() throws -> KafkaProducer {
        try KafkaProducer(configuration: KafkaProducerConfiguration(bootstrapServers: TestEnvironment.brokers), logger: TestEnvironment.logger)
    }

    static func consumer(topic: String, group: String) throws -> KafkaConsumer {
        try KafkaConsumer(
            configuration: KafkaConsumerConfiguration(bootstrapServers: TestEnvironment.brokers, groupId: group, topics: [topic]),
            logger: TestEnvironment.logger)
    }

    /// Reads `topic` from the beginning with a fresh group until `count` messages arrived; throws
    /// ``TestTimeout`` (saying how many came) after `timeout`.
    static func collect(topic: String, count: Int, timeout: Duration = .seconds(30)) async throws -> [KafkaIncomingMessage] {
        let consumer = try consumer(topic: topic, group: "collector-" + TestEnvironment.uniqueSuffix())
        let received = Collected<KafkaIncomingMessage>()
        let complete = await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                for await message in consumer {
                    let total = received.append(message)
                    if total >= count { return true }
                }
                return false
            }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return false
            }
            let first = await group.next() ?? false
            group.cancelAll()
            return first
        }
        await consumer.close()
        let messages = received.elements
        guard complete else { throw TestTimeout(what: "\(count) messages on \(topic), got \(messages.count)") }
        return messages
    }

    /// The CloudEvent ids of `messages`, in order.
    static func eventIDs(_ messages: [KafkaIncomingMessage]) throws -> [String] {
        try messages.map { try CloudEvent(kafkaMessage: $0).id }
    }
}

/// Elements appended from a child task and read afterwards.
final class Collected<Element: Sendable>: Sendable {
    private let storage = Mutex<[Element]>([])

    /// Appends and returns the new count.
    func append(_ element: Element) -> Int {
        storage.withLock { $0.append(element); return $0.count }
    }

    var elements: [Element] { storage.withLock { $0 } }
}
