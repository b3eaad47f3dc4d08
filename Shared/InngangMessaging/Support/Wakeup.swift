import Synchronization

/// A wake-up signal for one waiting loop: "there may be work" (``signal()``) or "stop"
/// (``stop()``), with timed waits.
///
/// A signal sent while nobody waits for signals is remembered (once), so a notification that
/// arrives during a batch is not lost. ``stop()`` is permanent and ends every current and later
/// wait at once.
final class Wakeup: Sendable {
    private struct Waiter {
        var continuation: CheckedContinuation<Void, Never>
        /// Woken by ``stop()`` only, not by ``signal()`` (a back-off sleep).
        var stopOnly: Bool
    }

    private struct State {
        var pending = false
        var stopped = false
        var waiters: [UInt64: Waiter] = [:]
        var nextID: UInt64 = 0
    }

    private let state = Mutex(State())

    init() {}

    /// Whether ``stop()`` was called.
    var isStopped: Bool { state.withLock { $0.stopped } }

    /// Wakes the signal waiters, or remembers the signal for the next ``wait(timeout:)``.
    func signal() {
        let woken = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            let ids = state.waiters.filter { !$0.value.stopOnly }.map(\.key)
            if ids.isEmpty {
                state.pending = true
                return []
            }
            return ids.compactMap { state.waiters.removeValue(forKey: $0)?.continuation }
        }
        for continuation in woken { continuation.resume() }
    }

    /// Ends all waits, now and later.
    func stop() {
        let woken = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.stopped = true
            defer { state.waiters.removeAll() }
            return state.waiters.values.map(\.continuation)
        }
        for continuation in woken { continuation.resume() }
    }

    /// Forgets a remembered signal.
    func clear() {
        state.withLock { $0.pending = false }
    }

    /// Returns on a signal (also one remembered from before), on ``stop()``, on task cancellation,
    /// or after `timeout`, whichever comes first.
    func wait(timeout: Duration) async {
        await race(timeout: timeout, stopOnly: false)
    }

    /// Sleeps for `duration`, returning early only on ``stop()`` or task cancellation.
    func sleep(for duration: Duration) async {
        await race(timeout: duration, stopOnly: true)
    }

    private func race(timeout: Duration, stopOnly: Bool) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.park(stopOnly: stopOnly) }
            group.addTask { try? await Task.sleep(for: timeout) }
            await group.next()
            group.cancelAll()
        }
    }

    private func park(stopOnly: Bool) async {
        let id = state.withLock { state -> UInt64 in
            state.nextID &+= 1
            return state.nextID
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let resumeNow = state.withLock { state -> Bool in
                    // Task.isCancelled is set before the cancellation handler runs and both sides
                    // take the lock: either the handler finds the waiter or we see the cancellation.
                    if state.stopped || Task.isCancelled { return true }
                    if !stopOnly && state.pending {
                        state.pending = false
                        return true
                    }
                    state.waiters[id] = Waiter(continuation: continuation, stopOnly: stopOnly)
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            let waiter = state.withLock { $0.waiters.removeValue(forKey: id) }
            waiter?.continuation.resume()
        }
    }
}
