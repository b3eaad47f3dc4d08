@testable import InngangKafka
import Testing

@Suite("Consumer buffer (bounded, rebalance-safe)")
struct ConsumerBufferTests {
    static func message(partition: Int32, offset: Int64) -> KafkaIncomingMessage {
        KafkaIncomingMessage(topic: "t", partition: partition, offset: offset, key: nil, value: [])
    }

    @Test func fullBufferAsksToPauseAndDrainedBufferAsksToResume() async {
        let buffer = ConsumerBuffer(capacity: 4)
        let pauses = (0..<4).map { buffer.push(Self.message(partition: 0, offset: Int64($0))) }
        #expect(pauses == [false, false, false, true])
        #expect(buffer.isFetchPaused)
        #expect(!buffer.takeResumeRequest())
        _ = await buffer.next()
        #expect(!buffer.takeResumeRequest(), "3 left, above half")
        _ = await buffer.next()
        #expect(buffer.takeResumeRequest(), "2 left, half")
        #expect(!buffer.isFetchPaused)
        #expect(!buffer.takeResumeRequest(), "only once")
    }

    @Test func droppingRevokedMessagesFromAPausedBufferResumesFetching() {
        let buffer = ConsumerBuffer(capacity: 4)
        for offset in 0..<4 { _ = buffer.push(Self.message(partition: 0, offset: Int64(offset))) }
        #expect(buffer.isFetchPaused)
        buffer.discard([KafkaTopicPartition(topic: "t", partition: 0)])
        #expect(buffer.takeResumeRequest(), "an emptied buffer must not stay paused (no iterator would ever resume it)")
    }

    @Test func messagesOfRevokedPartitionsAreNotYielded() async {
        let buffer = ConsumerBuffer(capacity: 100)
        for offset in 0..<3 {
            _ = buffer.push(Self.message(partition: 0, offset: Int64(offset)))
            _ = buffer.push(Self.message(partition: 1, offset: Int64(offset)))
        }
        #expect(buffer.discard([KafkaTopicPartition(topic: "t", partition: 0)]) == 3)
        var yielded: [KafkaIncomingMessage] = []
        for _ in 0..<3 { if let message = await buffer.next() { yielded.append(message) } }
        #expect(yielded.map(\.partition) == [1, 1, 1])
        #expect(yielded.map(\.offset) == [0, 1, 2])
    }

    @Test func finishEndsWaitingIterators() async {
        let buffer = ConsumerBuffer(capacity: 10)
        let waiting = Task { await buffer.next() }
        try? await Task.sleep(for: .milliseconds(50))
        buffer.finish()
        #expect(await waiting.value == nil)
        #expect(!buffer.push(Self.message(partition: 0, offset: 0)))
        #expect(await buffer.next() == nil)
    }

    @Test func cancelledIteratorReturnsNil() async {
        let buffer = ConsumerBuffer(capacity: 10)
        let waiting = Task { await buffer.next() }
        waiting.cancel()
        #expect(await waiting.value == nil)
        _ = buffer.push(Self.message(partition: 0, offset: 9))
        #expect(await buffer.next()?.offset == 9, "a cancelled waiter does not swallow later messages")
    }
}
