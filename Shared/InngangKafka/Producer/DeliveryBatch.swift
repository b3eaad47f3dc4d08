import CRdKafka
import Synchronization

/// Where one message's delivery report is written. A pointer to a slot is the message's opaque
/// (`rkmessage->_private`), so the delivery-report callback needs no lookup and no allocation.
struct DeliverySlot {
    var batch: Unmanaged<DeliveryBatch>
    var offset: Int64 = -1
    var partition: Int32 = -1
    var error: Int32 = 0
}

/// Collects the delivery reports of one `send` call and resumes its caller when every message of the
/// call is either acknowledged, failed by the broker, or failed to enqueue.
///
/// Thread-safety: each slot is written by exactly one delivery report (on the thread polling the producer)
/// or by the enqueueing thread; the atomic countdown orders those writes before the reads in ``results(for:)``.
final class DeliveryBatch: @unchecked Sendable {
    let count: Int
    private let slots: UnsafeMutablePointer<DeliverySlot>
    /// Messages still outstanding, plus one held by the enqueuer until it has tried every message.
    private let pending: Atomic<Int>
    private var continuation: CheckedContinuation<Void, Never>?
    /// Enqueue failures by index; written only by the enqueuing thread before it releases its hold.
    private var enqueueErrors: [Int: KafkaError] = [:]

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        pending = Atomic(count + 1)
        let this = Unmanaged.passUnretained(self)
        slots.initialize(repeating: DeliverySlot(batch: this), count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    /// Must be called before the first message is handed to librdkafka.
    func onCompletion(_ continuation: CheckedContinuation<Void, Never>) {
        self.continuation = continuation
    }

    /// The opaque for message `index`.
    func opaque(at index: Int) -> UnsafeMutableRawPointer {
        UnsafeMutableRawPointer(slots + index)
    }

    /// Message `index` never reached librdkafka's queue.
    func enqueueFailed(at index: Int, _ error: KafkaError) {
        enqueueErrors[index] = error
        countDown()
    }

    /// The enqueuer has handed over (or failed) every message.
    func enqueueFinished() {
        countDown()
    }

    private func countDown() {
        if pending.subtract(1, ordering: .acquiringAndReleasing).newValue == 0 {
            let continuation = self.continuation
            self.continuation = nil
            continuation?.resume()
        }
    }

    /// Called by librdkafka (dr_msg_cb) once per message, on the thread that polls the producer.
    static func deliveryReport(_ message: UnsafePointer<rd_kafka_message_t>) {
        guard let opaque = message.pointee._private else { return }
        let slot = opaque.assumingMemoryBound(to: DeliverySlot.self)
        slot.pointee.error = message.pointee.err.rawValue
        slot.pointee.partition = message.pointee.partition
        slot.pointee.offset = message.pointee.offset
        slot.pointee.batch.takeUnretainedValue().countDown()
    }

    /// One result per message, in input order. Valid after completion.
    func results(for messages: [KafkaOutgoingMessage]) -> [Result<KafkaDeliveryReport, KafkaError>] {
        var results: [Result<KafkaDeliveryReport, KafkaError>] = []
        results.reserveCapacity(count)
        let anyEnqueueFailed = !enqueueErrors.isEmpty
        for index in 0..<count {
            if anyEnqueueFailed, let error = enqueueErrors[index] {
                results.append(.failure(error))
                continue
            }
            let slot = slots[index]
            if slot.error == RD_KAFKA_RESP_ERR_NO_ERROR.rawValue {
                results.append(.success(KafkaDeliveryReport(topic: messages[index].topic, partition: slot.partition, offset: slot.offset)))
            } else {
                results.append(.failure(.rdKafka(
                    .delivery,
                    "message to \(messages[index].topic) not delivered",
                    error: rd_kafka_resp_err_t(rawValue: slot.error)
                )))
            }
        }
        return results
    }
}
