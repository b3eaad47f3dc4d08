import InngangKafka
import Testing

@Suite("Kafka admin")
struct AdminTests {
    @Test func adminCreateTopicsIsIdempotent() async throws {
        let admin = try KafkaAdmin(bootstrapServers: KafkaTestSupport.brokers, logger: KafkaTestSupport.logger)
        let name = KafkaTestSupport.uniqueName("admin-idempotent")
        #expect(try await admin.partitionCount(topic: name) == nil)

        try await admin.createTopics([KafkaTopicSpecification(name: name, partitions: 3)])
        try await admin.createTopics([KafkaTopicSpecification(name: name, partitions: 3)])
        // Already existing with another partition count: still success, and the topic is unchanged.
        try await admin.createTopics([KafkaTopicSpecification(name: name, partitions: 5)])

        #expect(try await admin.partitionCount(topic: name) == 3)
        await admin.close()
    }

    @Test func aClosedAdminRefusesCallsInsteadOfUsingTheDestroyedClient() async throws {
        let admin = try KafkaAdmin(bootstrapServers: KafkaTestSupport.brokers, logger: KafkaTestSupport.logger)
        await admin.close()
        await admin.close()  // idempotent
        let error = await #expect(throws: KafkaError.self) { _ = try await admin.partitionCount(topic: "any") }
        #expect(error?.code == .closed)
    }

    @Test func partitionCountOfMissingTopicIsNilAndDoesNotCreateIt() async throws {
        let admin = try KafkaAdmin(bootstrapServers: KafkaTestSupport.brokers, logger: KafkaTestSupport.logger)
        let name = KafkaTestSupport.uniqueName("admin-missing")
        #expect(try await admin.partitionCount(topic: name) == nil)
        #expect(try await admin.partitionCount(topic: name) == nil)
        await admin.close()
    }

    @Test(arguments: [("bad name!", 1), ("", 1), ("..", 1), ("ok-name", 0)])
    func createTopicsRefusesIllegalSpecificationsBeforeAskingTheBroker(name: String, partitions: Int) async throws {
        let admin = try KafkaAdmin(bootstrapServers: KafkaTestSupport.brokers, logger: KafkaTestSupport.logger)
        let topicName = name == "ok-name" ? KafkaTestSupport.uniqueName("admin-zero") : name
        let error = await #expect(throws: KafkaError.self) {
            try await admin.createTopics([KafkaTopicSpecification(name: topicName, partitions: partitions)])
        }
        #expect(error?.code == .admin)
        if name == "ok-name" {
            #expect(try await admin.partitionCount(topic: topicName) == nil)
        }
        await admin.close()
    }
}
