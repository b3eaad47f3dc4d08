@testable import InngangKafka
import Testing

@Suite("Consumer groups")
struct ConsumerGroupTests {
    /// Eager (librdkafka's default `range,roundrobin`) and cooperative (`cooperative-sticky`) rebalancing.
    @Test(arguments: ["range,roundrobin", "cooperative-sticky"])
    func twoGroupMembersSplitPartitionsAndSurvivorTakesOver(assignmentStrategy: String) async throws {
        let topic = try await KafkaTestSupport.createTopic("group-split", partitions: 4)
        let groupId = KafkaTestSupport.uniqueName("group-split")
        var configuration = KafkaTestSupport.consumerConfiguration(topic: topic, groupId: groupId)
        configuration.properties["partition.assignment.strategy"] = assignmentStrategy
        let survivor = try KafkaConsumer(configuration: configuration, logger: KafkaTestSupport.logger)
        let leaver = try KafkaConsumer(configuration: configuration, logger: KafkaTestSupport.logger)

        try await waitUntil("both members hold a share of the 4 partitions", timeout: .seconds(60)) {
            let a = Set(survivor.assignment), b = Set(leaver.assignment)
            return !a.isEmpty && !b.isEmpty && a.isDisjoint(with: b) && a.union(b).count == 4
        }
        let a = Set(survivor.assignment), b = Set(leaver.assignment)
        #expect(a.isDisjoint(with: b))
        #expect(a.union(b) == Set((0..<4).map { KafkaTopicPartition(topic: topic, partition: $0) }))

        await leaver.close()
        #expect(leaver.assignment.isEmpty)
        try await waitUntil("the survivor holds all 4 partitions", timeout: .seconds(60)) {
            survivor.assignment.count == 4
        }

        // Produce to every partition (keys spread over partitions), then the survivor must get them all.
        let producer = try KafkaProducer(
            configuration: KafkaProducerConfiguration(bootstrapServers: KafkaTestSupport.brokers),
            logger: KafkaTestSupport.logger
        )
        let messages = (0..<40).map { KafkaOutgoingMessage(topic: topic, key: Array("key-\($0)".utf8), value: Array("v\($0)".utf8)) }
        let reports = try await producer.send(messages).map { try $0.get() }
        await producer.close()
        #expect(Set(reports.map(\.partition)) == [0, 1, 2, 3])

        let consumed = try await nextMessages(messages.count, from: survivor, timeout: .seconds(60))
        #expect(Set(consumed.map(\.partition)) == [0, 1, 2, 3])
        #expect(Set(consumed.map(\.value)) == Set(messages.map(\.value)))
        await survivor.close()
    }

    @Test func consumerThatStopsBeforeCommittingGetsMessageAgain() async throws {
        let topic = try await KafkaTestSupport.createTopic("redelivery")
        let groupId = KafkaTestSupport.uniqueName("redelivery")
        let producer = try KafkaProducer(
            configuration: KafkaProducerConfiguration(bootstrapServers: KafkaTestSupport.brokers),
            logger: KafkaTestSupport.logger
        )
        for value in ["first", "second"] {
            _ = try await producer.send(KafkaOutgoingMessage(topic: topic, key: nil, value: Array(value.utf8)))
        }
        await producer.close()

        let crashing = try KafkaConsumer(configuration: KafkaTestSupport.consumerConfiguration(topic: topic, groupId: groupId), logger: KafkaTestSupport.logger)
        let firstRun = try await nextMessages(2, from: crashing)
        #expect(firstRun.map(\.value) == [Array("first".utf8), Array("second".utf8)])
        try await crashing.commit(firstRun[0]) // the effect of "first" is durable; "second" is not
        await crashing.close()

        let restarted = try KafkaConsumer(configuration: KafkaTestSupport.consumerConfiguration(topic: topic, groupId: groupId), logger: KafkaTestSupport.logger)
        let again = try #require(try await nextMessages(1, from: restarted).first)
        #expect(again.value == Array("second".utf8))
        #expect(again.offset == firstRun[1].offset)
        await restarted.close()
    }
}

@Suite("Consumer flow control and rebalance safety")
struct ConsumerFlowTests {
    @Test func boundedBufferPausesFetchingWithoutLosingOrRepeatingMessages() async throws {
        let topic = try await KafkaTestSupport.createTopic("bounded")
        let producer = try KafkaProducer(
            configuration: KafkaProducerConfiguration(bootstrapServers: KafkaTestSupport.brokers),
            logger: KafkaTestSupport.logger
        )
        let messages = (0..<500).map { KafkaOutgoingMessage(topic: topic, key: nil, value: Array("m\($0)".utf8)) }
        _ = try await producer.send(messages).map { try $0.get() }
        await producer.close()

        var configuration = KafkaTestSupport.consumerConfiguration(topic: topic, groupId: KafkaTestSupport.uniqueName("bounded"))
        configuration.maxBufferedMessages = 20
        let consumer = try KafkaConsumer(configuration: configuration, logger: KafkaTestSupport.logger)
        try await waitUntil("the buffer is full") { consumer.bufferedMessageCount >= 20 }
        // Fetching is paused: the buffer does not grow far beyond its bound (librdkafka may hand over
        // what it had already queued when the pause took effect).
        try await Task.sleep(for: .milliseconds(500))
        #expect(consumer.bufferedMessageCount <= 2 * 20)

        let consumed = try await nextMessages(500, from: consumer)
        #expect(consumed.map(\.offset) == (0..<500).map(Int64.init))
        #expect(consumed.map(\.value) == messages.map(\.value))
        await consumer.close()
    }

    @Test func messagesOfRevokedPartitionsAreNotYieldedAfterRebalance() async throws {
        let topic = try await KafkaTestSupport.createTopic("revoked", partitions: 4)
        let groupId = KafkaTestSupport.uniqueName("revoked")
        let producer = try KafkaProducer(
            configuration: KafkaProducerConfiguration(bootstrapServers: KafkaTestSupport.brokers),
            logger: KafkaTestSupport.logger
        )
        let messages = (0..<40).map { KafkaOutgoingMessage(topic: topic, key: Array("key-\($0)".utf8), value: Array("v\($0)".utf8)) }
        let reports = try await producer.send(messages).map { try $0.get() }
        await producer.close()

        let configuration = KafkaTestSupport.consumerConfiguration(topic: topic, groupId: groupId)
        let first = try KafkaConsumer(configuration: configuration, logger: KafkaTestSupport.logger)
        // `first` holds all partitions and buffers every message without anyone iterating.
        try await waitUntil("the first member buffered all messages") { first.bufferedMessageCount == messages.count }

        let second = try KafkaConsumer(configuration: configuration, logger: KafkaTestSupport.logger)
        try await waitUntil("both members hold partitions", timeout: .seconds(60)) {
            !first.assignment.isEmpty && !second.assignment.isEmpty && first.assignment.count + second.assignment.count == 4
        }
        let kept = Set(first.assignment)
        let expected = reports.filter { kept.contains(KafkaTopicPartition(topic: $0.topic, partition: $0.partition)) }.count
        let yielded = try await nextMessages(expected, from: first)
        #expect(yielded.allSatisfy { kept.contains($0.topicPartition) }, "a message of a revoked partition was yielded")
        await second.close()
        await first.close()
    }
}
