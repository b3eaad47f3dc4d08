import Foundation
import InngangKafka
import InngangMessaging
import InngangModels
import InngangPostgres
import Testing

@Suite("Inbox consumer", .timeLimit(.minutes(2)))
struct InboxConsumerTests {
    enum AlwaysFails: Error {
        case broken(nationalId: String)
    }

    @Test func poisonMessageLandsInDeadLetterTopicAndConsumptionContinues() async throws {
        try await TestDatabase.with { database in
            let topic = try await TestKafka.createTopic("poison")
            let producer = try TestKafka.producer()
            try await EffectTable.create(database)
            let poison = Array("not a cloud event".utf8)
            _ = try await producer.send(KafkaOutgoingMessage(
                topic: topic, key: Array("case-1".utf8), value: poison, headers: [KafkaHeader(key: "trace", value: Array("abc".utf8))]))
            let valid = try TestEvents.make(1)
            _ = try await producer.send(KafkaOutgoingMessage(cloudEvent: valid, topic: topic, key: "case-1"))

            let inbox = InboxConsumer(
                name: "poison-test", consumer: try TestKafka.consumer(topic: topic, group: "poison-" + TestEnvironment.uniqueSuffix()),
                pool: database.pool, producer: producer,
                handler: { event, connection in try await EffectTable.record(event, on: connection) },
                logger: TestEnvironment.logger)
            try await withRunningInbox(inbox) {
                try await eventually("valid event handled after the poison") { try await EffectTable.contains(valid.id, database) }
            }
            #expect(try await EffectTable.count(database) == 1)

            let deadLetters = try await TestKafka.collect(topic: DeadLetter.topic(for: topic), count: 1)
            let letter = try #require(DeadLetter(deadLetterMessage: deadLetters[0]))
            #expect(letter.value == poison)
            #expect(letter.key == Array("case-1".utf8))
            #expect(letter.headers == [KafkaHeader(key: "trace", value: Array("abc".utf8))])
            #expect(letter.reason.rawValue.hasPrefix("undecodable: KafkaError.cloudEventBinding"))
            #expect(letter.sourceTopic == topic)
            #expect(letter.sourcePartition == 0)
            #expect(letter.sourceOffset == 0)
            #expect(letter.consumer == "poison-test")
            #expect(letter.attempts == 0)
            await producer.close()
        }
    }

    @Test func handlerFailureRetriesThenDeadLetters() async throws {
        try await TestDatabase.with { database in
            let topic = try await TestKafka.createTopic("failing")
            let producer = try TestKafka.producer()
            try await EffectTable.create(database)
            let failing = try TestEvents.make(1)
            let next = try TestEvents.make(2)
            for event in [failing, next] {
                _ = try await producer.send(KafkaOutgoingMessage(cloudEvent: event, topic: topic, key: "case-1"))
            }

            let attempts = Counter()
            let inbox = InboxConsumer(
                name: "failing-test", consumer: try TestKafka.consumer(topic: topic, group: "failing-" + TestEnvironment.uniqueSuffix()),
                pool: database.pool, producer: producer,
                handler: { event, connection in
                    try await EffectTable.record(event, on: connection)  // rolled back with the failure
                    if event.id == failing.id {
                        attempts.increment()
                        throw AlwaysFails.broken(nationalId: "01010112345")
                    }
                },
                maxAttempts: 3, initialBackoff: .milliseconds(20),
                logger: TestEnvironment.logger)
            try await withRunningInbox(inbox) {
                try await eventually("next event handled after the failing one") { try await EffectTable.contains(next.id, database) }
            }
            #expect(attempts.current == 3)
            #expect(try await EffectTable.contains(failing.id, database) == false)
            #expect(try await database.count("SELECT count(*) FROM inngang_inbox WHERE event_id = $1", [failing.id]) == 0)

            let deadLetters = try await TestKafka.collect(topic: DeadLetter.topic(for: topic), count: 1)
            let letter = try #require(DeadLetter(deadLetterMessage: deadLetters[0]))
            #expect(letter.reason.rawValue == "handler-failed: InngangMessagingTests.InboxConsumerTests.AlwaysFails.broken")
            #expect(!letter.reason.rawValue.contains("01010112345"))
            #expect(letter.attempts == 3)
            #expect(letter.sourceOffset == 0)
            #expect(try CloudEvent(kafkaMessage: deadLetters[0]) == failing)  // original headers and value kept
            await producer.close()
        }
    }

    @Test func nonRetriableHandlerErrorDeadLettersWithoutRetrying() async throws {
        try await TestDatabase.with { database in
            let topic = try await TestKafka.createTopic("permanent")
            let producer = try TestKafka.producer()
            let event = try TestEvents.make(1)
            _ = try await producer.send(KafkaOutgoingMessage(cloudEvent: event, topic: topic, key: "case-1"))

            let attempts = Counter()
            let inbox = InboxConsumer(
                name: "permanent-test", consumer: try TestKafka.consumer(topic: topic, group: "permanent-" + TestEnvironment.uniqueSuffix()),
                pool: database.pool, producer: producer,
                handler: { event, _ in
                    attempts.increment()
                    struct Other: Decodable { var missing: String }
                    _ = try event.decodeData(as: Other.self)  // InngangModelsError.decodingFailed: not retriable
                },
                logger: TestEnvironment.logger)
            let deadLetters = try await withRunningInbox(inbox) {
                try await TestKafka.collect(topic: DeadLetter.topic(for: topic), count: 1)
            }
            let letter = try #require(DeadLetter(deadLetterMessage: deadLetters[0]))
            #expect(letter.reason.rawValue == "handler-failed: InngangModelsError.decodingFailed")
            #expect(letter.attempts == 1)
            #expect(attempts.current == 1)
            await producer.close()
        }
    }
}
