/// Metadata keys for this module's log lines. Job payloads and error texts are never logged.
enum JobsLogKey {
    static let jobID = "job.id"
    static let jobKind = "job.kind"
    static let attempt = "job.attempt"
    static let queue = "job.queue"
    static let worker = "job.worker"
    static let count = "job.count"
    static let error = "job.error"
}
