import Logging

/// Metadata keys used in Inngang's log lines, in one place so dashboards can rely on them.
/// Values are ids, codes and counts: never names, national identity numbers or free text.
public enum LogKey {
    public static let service = "service"
    public static let requestID = "request.id"
    public static let caller = "caller"
    public static let authReason = "auth.reason"
    public static let errorType = "error.type"
    public static let errorCode = "error.code"
    public static let caseID = "case.id"
    public static let eventID = "event.id"
    public static let eventType = "event.type"
    public static let topic = "kafka.topic"
    public static let jobID = "job.id"
    public static let jobKind = "job.kind"
    public static let count = "count"
    public static let durationMs = "duration.ms"
}
