import Foundation
import InngangJobs

/// The job that sends one planned message: its kind, queue, payload and unique key.
///
/// The payload names the planned message by digest only (`{"key":"<sha-256 hex>"}`); the
/// message itself, with the recipient's national identity number, stays in
/// `planned_notifications`. The unique key is `notification:<digest>`, and
/// `notification:<digest>:p<n>` after the n-th postponement (the running job still holds the
/// previous key when it enqueues its successor).
enum SendJob {
    static let kind = "notification.send"
    static let queue = "notifications"
    /// With the worker's backoff (2 s doubling, at most 30 min) about an hour of provider outage
    /// before the message counts as failed and the coordinator gets a task.
    static let maxAttempts = 12
    static let retry = RetryPolicy(baseDelay: .seconds(2), maxDelay: .seconds(1800), jitter: 0.2)

    struct Payload: Codable, Sendable {
        var key: String
    }

    static func uniqueKey(digest: String, postponements: Int) -> String {
        postponements == 0 ? "notification:\(digest)" : "notification:\(digest):p\(postponements)"
    }

    static func request(digest: String, runAt: Date, postponements: Int) throws -> JobRequest {
        let payload = String(decoding: try JSONEncoder().encode(Payload(key: digest)), as: UTF8.self)
        return JobRequest(kind: kind, payload: payload, runAt: runAt, uniqueKey: uniqueKey(digest: digest, postponements: postponements),
                          maxAttempts: maxAttempts, queue: queue)
    }

    static func payload(of job: LeasedJob) throws -> Payload {
        do {
            return try JSONDecoder().decode(Payload.self, from: Data(job.payload.utf8))
        } catch {
            throw NotificationServiceError(.badJobPayload, "job \(job.id) has no notification key")
        }
    }
}
