import Synchronization

/// A counter shared across tasks (handler calls, enqueued jobs, work items taken).
final class Counter: Sendable {
    private let value = Atomic<Int>(0)

    func increment(by amount: Int = 1) {
        value.add(amount, ordering: .relaxed)
    }

    /// Increments and returns the value before, so concurrent callers get distinct numbers.
    func next() -> Int {
        value.add(1, ordering: .relaxed).oldValue
    }

    var count: Int { value.load(ordering: .relaxed) }
}

/// A stop request that one task sets and others poll.
final class StopSignal: Sendable {
    private let value = Atomic<Bool>(false)

    func set() {
        value.store(true, ordering: .relaxed)
    }

    var isSet: Bool { value.load(ordering: .relaxed) }
}
