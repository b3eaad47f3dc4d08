import Synchronization

/// What the consumer's poll thread, its rebalance callback and its public API share.
final class ConsumerGroupState: Sendable {
    enum Lifecycle {
        case open
        /// `close()` callers (or none, when the poll thread stopped on a fatal error) waiting for shutdown.
        case closing([CheckedContinuation<Void, Never>])
        case closed
    }

    private struct State {
        var assignment: Set<KafkaTopicPartition> = []
        var lifecycle = Lifecycle.open
        var terminationError: KafkaError?
    }

    private let state = Mutex(State())

    var assignment: Set<KafkaTopicPartition> { state.withLock { $0.assignment } }

    func assign(_ partitions: [KafkaTopicPartition], incremental: Bool) {
        state.withLock { state in
            if !incremental { state.assignment.removeAll() }
            state.assignment.formUnion(partitions)
        }
    }

    func revoke(_ partitions: [KafkaTopicPartition]?) {
        state.withLock { state in
            if let partitions { state.assignment.subtract(partitions) } else { state.assignment.removeAll() }
        }
    }

    var terminationError: KafkaError? { state.withLock { $0.terminationError } }

    func recordTermination(_ error: KafkaError) {
        state.withLock { state in
            if state.terminationError == nil { state.terminationError = error }
        }
    }

    /// Registers a `close()` caller. Returns `.resumeNow` when already closed, `.stopPolling` for the first caller.
    enum CloseAction { case resumeNow, stopPolling, wait }

    func addCloseWaiter(_ continuation: CheckedContinuation<Void, Never>) -> CloseAction {
        state.withLock { state in
            switch state.lifecycle {
            case .open:
                state.lifecycle = .closing([continuation])
                return .stopPolling
            case .closing(var waiters):
                waiters.append(continuation)
                state.lifecycle = .closing(waiters)
                return .wait
            case .closed:
                return .resumeNow
            }
        }
    }

    /// Marks the consumer closed and returns the `close()` callers to resume.
    func markClosed() -> [CheckedContinuation<Void, Never>] {
        state.withLock { state in
            defer { state.lifecycle = .closed }
            if case .closing(let waiters) = state.lifecycle { return waiters }
            return []
        }
    }
}
