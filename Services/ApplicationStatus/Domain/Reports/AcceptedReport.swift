import Foundation
import InngangModels

/// Who reports, and when: from the employee token and the clock, never from the request body.
public struct ReportContext: Sendable, Equatable {
    /// The reporting service (the employee token's service).
    public var service: ServiceCode
    /// The employee's id (not name), carried in the event.
    public var reportedBy: String
    public var now: Date
    /// The zone "today" is taken in for date rules.
    public var timeZone: TimeZone
    public init(service: ServiceCode, reportedBy: String, now: Date, timeZone: TimeZone = .oslo) {
        self.service = service; self.reportedBy = reportedBy; self.now = now; self.timeZone = timeZone
    }
    var today: LocalDate { LocalDate(now, in: timeZone) }
    /// The last date a report may look ahead to.
    var horizon: LocalDate { today.adding(years: ReportValidation.horizonYears) }
}

/// A report that passed ``ReportValidation``: the event to publish (through the outbox), the same
/// fact for the timeline, and the free text that stays in application-status's database (keyed
/// by the event id), never on Kafka.
public struct AcceptedReport<Payload: Sendable & Equatable & Encodable>: Sendable, Equatable {
    public let eventType: EventType
    public let payload: Payload
    /// The fact to apply to the timeline as `RecordedEvent(id: <the new event's id>, event:)`.
    public let timelineEvent: TimelineEvent
    /// Free text to store with the event id (documentation description, interim reason).
    public let text: String?

    init(_ eventType: EventType, _ payload: Payload, _ timelineEvent: TimelineEvent, text: String? = nil) {
        self.eventType = eventType
        self.payload = payload
        self.timelineEvent = timelineEvent
        self.text = text
    }
}
