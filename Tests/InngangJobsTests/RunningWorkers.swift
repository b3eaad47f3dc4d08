import InngangJobs
import Logging
import ServiceLifecycle

/// Runs `workers` in a `ServiceGroup` while `body` runs, then shuts the group down gracefully and
/// waits for every worker to return.
func withRunningWorkers<T: Sendable>(
    _ workers: [JobWorker], logger: Logger, _ body: () async throws -> T
) async throws -> T {
    let group = ServiceGroup(services: workers, logger: logger)
    let run = Task { try await group.run() }
    let result: Result<T, any Error>
    do {
        result = .success(try await body())
    } catch {
        result = .failure(error)
    }
    await group.triggerGracefulShutdown()
    try await run.value
    return try result.get()
}

/// A worker running in its own `ServiceGroup`, for tests that steer shutdown step by step.
final class ServiceGroupHandle: Sendable {
    private let group: ServiceGroup
    private let run: Task<Void, any Error>
    private let finished: Recorder<Bool>

    init(worker: JobWorker, logger: Logger) {
        let group = ServiceGroup(services: [worker], logger: logger)
        let finished = Recorder(false)
        self.group = group
        self.finished = finished
        self.run = Task {
            defer { finished.update { $0 = true } }
            try await group.run()
        }
    }

    func triggerGracefulShutdown() async {
        await group.triggerGracefulShutdown()
    }

    var hasFinished: Bool { finished.current }

    func wait() async throws {
        try await run.value
    }
}
