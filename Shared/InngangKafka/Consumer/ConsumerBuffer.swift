import Synchronization

/// The bounded hand-over between the consumer's poll thread and the tasks iterating the consumer.
///
/// When `capacity` messages are waiting, ``push(_:)`` asks the poll thread to pause fetching; once the
/// iterators have drained it to half, ``takeResumeRequest()`` tells the poll thread to resume. The poll thread
/// keeps polling while paused, so rebalances and heartbeats are still served.
final class ConsumerBuffer: Sendable {
    private struct Waiter {
        var id: UInt64
        var continuation: CheckedContinuation<KafkaIncomingMessage?, Never>
    }

    private struct State {
        let capacity: Int
        var messages: [KafkaIncomingMessage] = []
        var head = 0
        var waiters: [Waiter] = []
        var nextWaiterId: UInt64 = 0
        var finished = false
        var fetchPaused = false
        var resumeWanted = false

        var count: Int { messages.count - head }

        mutating func popFirst() -> KafkaIncomingMessage? {
            guard head < messages.count else { return nil }
            let message = messages[head]
            head += 1
            if head == messages.count {
                messages.removeAll(keepingCapacity: true)
                head = 0
            } else if head >= 1024, head * 2 >= messages.count {
                messages.removeFirst(head)
                head = 0
            }
            return message
        }

        /// Takes the next message for an iterator; asks for fetching to resume once drained to half.
        mutating func take() -> KafkaIncomingMessage? {
            guard let message = popFirst() else { return nil }
            requestResumeIfDrained()
            return message
        }

        /// A paused buffer drained to half (by iterators or by dropping revoked partitions) resumes fetching.
        mutating func requestResumeIfDrained() {
            if fetchPaused, !resumeWanted, count <= capacity / 2 {
                resumeWanted = true
            }
        }
    }

    let capacity: Int
    private let state: Mutex<State>

    init(capacity: Int) {
        self.capacity = capacity
        state = Mutex(State(capacity: capacity))
    }

    /// Whether fetching is (to be) paused because the buffer is full.
    var isFetchPaused: Bool { state.withLock { $0.fetchPaused } }

    /// Messages waiting for an iterator.
    var count: Int { state.withLock { $0.count } }

    /// Hands a message to a waiting iterator or queues it. Returns `true` when the poll thread should pause
    /// fetching now.
    func push(_ message: KafkaIncomingMessage) -> Bool {
        enum Action { case resume(CheckedContinuation<KafkaIncomingMessage?, Never>), pause, none }
        let action: Action = state.withLock { state in
            guard !state.finished else { return .none }
            if !state.waiters.isEmpty {
                return .resume(state.waiters.removeFirst().continuation)
            }
            state.messages.append(message)
            if state.count >= capacity, !state.fetchPaused {
                state.fetchPaused = true
                state.resumeWanted = false
                return .pause
            }
            return .none
        }
        switch action {
        case .resume(let continuation):
            continuation.resume(returning: message)
            return false
        case .pause:
            return true
        case .none:
            return false
        }
    }

    /// `true` once after iterators drained a paused buffer to half its capacity; the poll thread then resumes.
    func takeResumeRequest() -> Bool {
        state.withLock { state in
            guard state.resumeWanted else { return false }
            state.resumeWanted = false
            state.fetchPaused = false
            return true
        }
    }

    /// Drops waiting messages of `partitions` (they were revoked: another member will get them).
    /// Returns how many were dropped.
    @discardableResult
    func discard(_ partitions: Set<KafkaTopicPartition>) -> Int {
        state.withLock { state in
            let before = state.count
            let kept = state.messages[state.head...].filter { !partitions.contains($0.topicPartition) }
            state.messages = Array(kept)
            state.head = 0
            state.requestResumeIfDrained()
            return before - state.count
        }
    }

    /// Drops all waiting messages.
    @discardableResult
    func discardAll() -> Int {
        state.withLock { state in
            let dropped = state.count
            state.messages.removeAll()
            state.head = 0
            state.requestResumeIfDrained()
            return dropped
        }
    }

    /// Ends iteration: waiting messages are dropped and every current and future `next()` returns `nil`.
    func finish() {
        let waiters = state.withLock { state in
            state.finished = true
            state.messages.removeAll()
            state.head = 0
            let waiters = state.waiters
            state.waiters.removeAll()
            return waiters
        }
        for waiter in waiters { waiter.continuation.resume(returning: nil) }
    }

    /// The next message, waiting for one; `nil` after ``finish()`` or when the task is cancelled.
    func next() async -> KafkaIncomingMessage? {
        enum Immediate { case message(KafkaIncomingMessage), end, wait(UInt64) }
        let immediate: Immediate = state.withLock { state in
            if let message = state.take() { return .message(message) }
            if state.finished { return .end }
            state.nextWaiterId += 1
            return .wait(state.nextWaiterId)
        }
        switch immediate {
        case .message(let message):
            return message
        case .end:
            return nil
        case .wait(let id):
            return await withTaskCancellationHandler {
                await withCheckedContinuation { continuation in
                    let resumeNow: KafkaIncomingMessage?? = state.withLock { state in
                        // A message or the end may have arrived since the first look.
                        if let message = state.take() { return .some(message) }
                        if state.finished || Task.isCancelled { return .some(nil) }
                        state.waiters.append(Waiter(id: id, continuation: continuation))
                        return .none
                    }
                    if let resumeNow { continuation.resume(returning: resumeNow) }
                }
            } onCancel: {
                let waiter = state.withLock { state -> Waiter? in
                    guard let index = state.waiters.firstIndex(where: { $0.id == id }) else { return nil }
                    return state.waiters.remove(at: index)
                }
                waiter?.continuation.resume(returning: nil)
            }
        }
    }
}
