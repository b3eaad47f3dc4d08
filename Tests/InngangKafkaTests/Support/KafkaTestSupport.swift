import Foundation
import InngangKafka
import Logging

/// Where the test broker is and how tests name things. The broker must be running (`make infra-up`):
/// tests fail, not skip, without it.
enum KafkaTestSupport {
    static var brokers: String {
        ProcessInfo.processInfo.environment["INNGANG_TEST_KAFKA_BROKERS"] ?? "127.0.0.1:59092"
    }

    static var logger: Logger {
        var logger = Logger(label: "inngang.kafka.tests")
        logger.logLevel = ProcessInfo.processInfo.environment["INNGANG_TEST_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .warning
        return logger
    }

    /// A name no other test (or earlier run against the same broker) uses.
    static func uniqueName(_ prefix: String) -> String {
        "\(prefix)-\(UUID().uuidString.prefix(8).lowercased())"
    }

    /// Creates a fresh topic and returns its name.
    static func createTopic(_ prefix: String, partitions: Int = 1) async throws -> String {
        let name = uniqueName(prefix)
        let admin = try KafkaAdmin(bootstrapServers: brokers, logger: logger)
        do { try await admin.createTopics([KafkaTopicSpecification(name: name, partitions: partitions)]) } catch {
            await admin.close()
            throw error
        }
        await admin.close()
        return name
    }

    static func consumerConfiguration(topic: String, groupId: String) -> KafkaConsumerConfiguration {
        KafkaConsumerConfiguration(bootstrapServers: brokers, groupId: groupId, topics: [topic])
    }
}

struct TimedOut: Error, CustomStringConvertible {
    var description: String
}

/// Polls `condition` until it holds or `timeout` passes (then throws).
func waitUntil(
    _ what: String,
    timeout: Duration = .seconds(45),
    _ condition: @Sendable () async throws -> Bool
) async throws {
    let deadline = ContinuousClock.now + timeout
    while try await !condition() {
        guard ContinuousClock.now < deadline else { throw TimedOut(description: "timed out waiting until \(what)") }
        try await Task.sleep(for: .milliseconds(50))
    }
}

/// The next `count` messages from `consumer`, or an error after `timeout`.
func nextMessages(_ count: Int, from consumer: KafkaConsumer, timeout: Duration = .seconds(45)) async throws -> [KafkaIncomingMessage] {
    try await withThrowingTaskGroup(of: [KafkaIncomingMessage]?.self) { group in
        group.addTask {
            var messages: [KafkaIncomingMessage] = []
            for await message in consumer {
                messages.append(message)
                if messages.count == count { break }
            }
            return messages
        }
        group.addTask {
            try await Task.sleep(for: timeout)
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let messages = first else {
            throw TimedOut(description: "timed out waiting for \(count) messages")
        }
        return messages
    }
}
