import Dispatch
import Foundation
import Synchronization

/// A dedicated OS thread that runs a polling loop (librdkafka's poll calls block, so they never run on
/// Swift's cooperative pool).
///
/// The loop body is called until ``requestStop(dispose:)`` or until it returns `false`;
/// then `onExit(dispose)` runs on the thread.
final class PollThread: Sendable {
    private enum Run: UInt8 { case running = 0, stop = 1, stopAndDispose = 2 }

    private let run = Atomic<UInt8>(Run.running.rawValue)
    private let exited = DispatchSemaphore(value: 0)

    /// Starts the thread. `iteration` is called repeatedly and should block briefly (e.g. poll 100 ms);
    /// it returns `false` to end the loop.
    init(name: String, iteration: @escaping @Sendable () -> Bool, onExit: @escaping @Sendable (_ dispose: Bool) -> Void) {
        let thread = Thread { [self] in
            while run.load(ordering: .acquiring) == Run.running.rawValue {
                guard iteration() else { break }
            }
            onExit(run.load(ordering: .acquiring) == Run.stopAndDispose.rawValue)
            exited.signal()
        }
        thread.name = name
        thread.start()
    }

    /// Whether the loop has been asked to stop.
    var isStopping: Bool { run.load(ordering: .acquiring) != Run.running.rawValue }

    /// Asks the loop to stop after the current iteration. With `dispose`, `onExit` frees resources itself
    /// (used from `deinit`, where nobody waits for the thread).
    func requestStop(dispose: Bool) {
        _ = run.compareExchange(
            expected: Run.running.rawValue,
            desired: dispose ? Run.stopAndDispose.rawValue : Run.stop.rawValue,
            ordering: .acquiringAndReleasing
        )
    }

    /// Blocks until the thread has run `onExit`. Never call from the cooperative pool.
    func join() {
        exited.wait()
        exited.signal() // later joins return at once
    }
}
