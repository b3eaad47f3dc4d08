import Foundation
import InngangKafka
import InngangModels
import Testing

@Suite("Produce and consume")
struct ProduceConsumeTests {
    @Test func produceConsumeRoundTripCarriesCloudEventHeaders() async throws {
        let topic = try await KafkaTestSupport.createTopic("roundtrip")
        let event = CloudEvent(
            id: UUID().uuidString.lowercased(),
            source: "/inngang/tests",
            type: "no.inngang.test.happened.v1",
            time: Date(),
            subject: "case-7",
            data: Array(#"{"n":1}"#.utf8)
        )
        let producer = try KafkaProducer(
            configuration: KafkaProducerConfiguration(bootstrapServers: KafkaTestSupport.brokers),
            logger: KafkaTestSupport.logger
        )
        let report = try await producer.send(KafkaOutgoingMessage(cloudEvent: event, topic: topic, key: "case-7"))
        await producer.close()
        #expect(report.topic == topic)
        #expect(report.partition == 0)
        #expect(report.offset == 0)

        let consumer = try KafkaConsumer(
            configuration: KafkaTestSupport.consumerConfiguration(topic: topic, groupId: KafkaTestSupport.uniqueName("roundtrip")),
            logger: KafkaTestSupport.logger
        )
        let message = try #require(try await nextMessages(1, from: consumer).first)
        #expect(message.topic == topic)
        #expect(message.partition == report.partition)
        #expect(message.offset == report.offset)
        #expect(message.key == Array("case-7".utf8))
        #expect(message.timestamp != nil)
        for name in ["ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time", "ce_subject", "content-type"] {
            #expect(message.headers.contains { $0.key == name }, "header \(name)")
        }
        #expect(try CloudEvent(kafkaMessage: message) == event)
        try await consumer.commit(message)
        await consumer.close()
    }

    @Test func iterationEndsAfterClose() async throws {
        let topic = try await KafkaTestSupport.createTopic("close-ends")
        let consumer = try KafkaConsumer(
            configuration: KafkaTestSupport.consumerConfiguration(topic: topic, groupId: KafkaTestSupport.uniqueName("close-ends")),
            logger: KafkaTestSupport.logger
        )
        let iteration = Task {
            var count = 0
            for await _ in consumer { count += 1 }
            return count
        }
        try await Task.sleep(for: .milliseconds(200)) // let the iterator start waiting (not a synchronisation point)
        await consumer.close()
        #expect(await iteration.value == 0)
        await consumer.close() // idempotent
        let error = await #expect(throws: KafkaError.self) {
            try await consumer.commit(KafkaIncomingMessage(topic: topic, partition: 0, offset: 0, key: nil, value: []))
        }
        #expect(error?.code == .closed)
    }
}
