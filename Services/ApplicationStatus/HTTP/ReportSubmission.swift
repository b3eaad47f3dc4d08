import ApplicationStatusDomain
import Foundation
import InngangModels
import InngangService

/// The `{kind}` of `POST /v1/cases/{caseID}/reports/{kind}`.
enum ReportPath: String, CaseIterable, Sendable {
    case inProgress = "in-progress"
    case documentationRequest = "documentation-request"
    case documentationReceived = "documentation-received"
    case meeting
    case meetingCancellation = "meeting-cancellation"
    case interimReply = "interim-reply"
    case decision
}

/// A decoded report body of one kind, ready to be validated against a case's timeline.
enum ReportSubmission: Sendable {
    case inProgress(InProgressReport)
    case documentationRequest(DocumentationRequestReport)
    case documentationReceived(DocumentationReceivedReport)
    case meeting(MeetingReport)
    case meetingCancellation(MeetingCancellationReport)
    case interimReply(InterimReplyReport)
    case decision(DecisionReport)

    /// Decodes the JSON body for `kind` (an empty body counts as `{}`). Every field is an
    /// optional string, so a wrong JSON type is a 400 (`DecodingError`, turned into a problem by
    /// the problem middleware without the value) and missing or invalid values are the field
    /// problems of ``accept(on:context:)``.
    init(kind: ReportPath, body: Data) throws {
        let json = body.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 } ? Data("{}".utf8) : body
        let decoder = JSONDecoder()
        switch kind {
        case .inProgress:
            // The report has no fields, so its own decoding would accept any JSON: require an object.
            _ = try decoder.decode([String: JSONValue].self, from: json)
            self = .inProgress(InProgressReport())
        case .documentationRequest: self = .documentationRequest(try decoder.decode(DocumentationRequestReport.self, from: json))
        case .documentationReceived: self = .documentationReceived(try decoder.decode(DocumentationReceivedReport.self, from: json))
        case .meeting: self = .meeting(try decoder.decode(MeetingReport.self, from: json))
        case .meetingCancellation: self = .meetingCancellation(try decoder.decode(MeetingCancellationReport.self, from: json))
        case .interimReply: self = .interimReply(try decoder.decode(InterimReplyReport.self, from: json))
        case .decision: self = .decision(try decoder.decode(DecisionReport.self, from: json))
        }
    }

    /// The request in canonical form (case, kind, fields as sorted-key JSON): what an
    /// `Idempotency-Key` is bound to. Whitespace, key order and unknown fields do not count.
    func fingerprint(caseID: CaseID, kind: ReportPath) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let fields: Data = switch self {
        case .inProgress(let r): try encoder.encode(r)
        case .documentationRequest(let r): try encoder.encode(r)
        case .documentationReceived(let r): try encoder.encode(r)
        case .meeting(let r): try encoder.encode(r)
        case .meetingCancellation(let r): try encoder.encode(r)
        case .interimReply(let r): try encoder.encode(r)
        case .decision(let r): try encoder.encode(r)
        }
        return Array("\(caseID)\n\(kind.rawValue)\n".utf8) + Array(fields)
    }

    /// Validates the report against the case's current timeline (``ReportValidation``).
    func accept(on timeline: CaseTimeline, context: ReportContext) throws(ApplicationStatusDomainError) -> AnyAcceptedReport {
        switch self {
        case .inProgress(let r): AnyAcceptedReport(try ReportValidation.accept(r, on: timeline, context: context))
        case .documentationRequest(let r): AnyAcceptedReport(try ReportValidation.accept(r, on: timeline, context: context))
        case .documentationReceived(let r): AnyAcceptedReport(try ReportValidation.accept(r, on: timeline, context: context))
        case .meeting(let r): AnyAcceptedReport(try ReportValidation.accept(r, on: timeline, context: context))
        case .meetingCancellation(let r): AnyAcceptedReport(try ReportValidation.accept(r, on: timeline, context: context))
        case .interimReply(let r): AnyAcceptedReport(try ReportValidation.accept(r, on: timeline, context: context))
        case .decision(let r): AnyAcceptedReport(try ReportValidation.accept(r, on: timeline, context: context))
        }
    }
}

/// An ``AcceptedReport`` with its payload type erased, so one code path stores and publishes
/// every kind.
struct AnyAcceptedReport: Sendable {
    let eventType: EventType
    let payload: any Encodable & Sendable
    let timelineEvent: TimelineEvent
    let text: String?

    init<Payload>(_ accepted: AcceptedReport<Payload>) {
        eventType = accepted.eventType
        payload = accepted.payload
        timelineEvent = accepted.timelineEvent
        text = accepted.text
    }

    /// The event to store and publish: from this service, about the case, at `time`.
    func cloudEvent(_ context: ServiceContext, caseID: CaseID, time: Date) throws -> CloudEvent {
        try context.event(eventType, subject: caseID.description, time: time, data: payload)
    }
}
