import InngangKafka
import Testing

@Suite("Kafka producer")
struct ProducerTests {
    @Test func producerRefusesSettingsThatWeakenDurability() {
        for (key, value) in [("enable.idempotence", "false"), ("acks", "1"), ("request.required.acks", "0")] {
            var configuration = KafkaProducerConfiguration(bootstrapServers: KafkaTestSupport.brokers)
            configuration.properties[key] = value
            let error = #expect(throws: KafkaError.self) {
                _ = try KafkaProducer(configuration: configuration, logger: KafkaTestSupport.logger)
            }
            #expect(error?.code == .configuration)
            #expect(error?.message.contains(key) == true)
        }
    }

    @Test func batchSendReportsEveryMessageInInputOrder() async throws {
        let topic = try await KafkaTestSupport.createTopic("producer-batch", partitions: 2)
        let producer = try KafkaProducer(
            configuration: KafkaProducerConfiguration(bootstrapServers: KafkaTestSupport.brokers),
            logger: KafkaTestSupport.logger
        )
        let messages = (0..<5000).map { index in
            KafkaOutgoingMessage(topic: topic, key: Array("key-\(index % 10)".utf8), value: Array(repeating: UInt8(index % 256), count: 200))
        }
        let results = await producer.send(messages)
        await producer.close()

        #expect(results.count == messages.count)
        let reports = try results.map { try $0.get() }
        #expect(reports.allSatisfy { $0.topic == topic })
        // Within a partition, input order is log order (idempotent producer keeps ordering).
        for partition in Set(reports.map(\.partition)) {
            let offsets = reports.filter { $0.partition == partition }.map(\.offset)
            #expect(offsets == offsets.sorted())
            #expect(Set(offsets).count == offsets.count)
        }
        // Same key, same partition.
        for index in 0..<10 {
            #expect(Set(stride(from: index, to: reports.count, by: 10).map { reports[$0].partition }).count == 1)
        }
    }

    @Test func sendAfterCloseFailsWithClosed() async throws {
        let producer = try KafkaProducer(
            configuration: KafkaProducerConfiguration(bootstrapServers: KafkaTestSupport.brokers),
            logger: KafkaTestSupport.logger
        )
        await producer.close()
        await producer.close() // idempotent
        let error = await #expect(throws: KafkaError.self) {
            _ = try await producer.send(KafkaOutgoingMessage(topic: "any", key: nil, value: [1]))
        }
        #expect(error?.code == .closed)
    }
}
