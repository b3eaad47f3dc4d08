import Foundation

/// A job to enqueue.
public struct JobRequest: Sendable {
    /// Selects the handler (`JobWorker.handlers[kind]`). Not personal data.
    public var kind: String
    /// The job's input as JSON text (validated by PostgreSQL's `json` type). Keep personal data out
    /// where an id that the handler looks up will do.
    public var payload: String
    /// Earliest time the job may run; `nil` means now (the enqueuing transaction's start).
    public var runAt: Date?
    /// At most one queued or running job holds a given key; enqueueing another returns `nil`.
    /// Once the holder succeeds, dies or is cancelled, the key is free again.
    public var uniqueKey: String?
    /// Total number of attempts, the first one included. At least 1.
    public var maxAttempts: Int
    /// Queue name; each `JobWorker` serves one queue.
    public var queue: String

    public init(
        kind: String,
        payload: String = "{}",
        runAt: Date? = nil,
        uniqueKey: String? = nil,
        maxAttempts: Int = 8,
        queue: String = "default"
    ) {
        self.kind = kind
        self.payload = payload
        self.runAt = runAt
        self.uniqueKey = uniqueKey
        self.maxAttempts = maxAttempts
        self.queue = queue
    }

    /// Throws `JobsError(.invalidRequest)` when the request breaks a rule the database would
    /// otherwise report less clearly.
    func validate() throws {
        guard !kind.isEmpty else {
            throw JobsError(code: .invalidRequest, message: "job kind must not be empty")
        }
        guard !queue.isEmpty else {
            throw JobsError(code: .invalidRequest, message: "queue name must not be empty")
        }
        guard maxAttempts >= 1 && maxAttempts <= Int(Int32.max) else {
            throw JobsError(code: .invalidRequest, message: "maxAttempts must be at least 1")
        }
    }
}
