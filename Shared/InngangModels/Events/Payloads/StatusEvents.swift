import Foundation

/// Payloads of application-status's events (topic ``InngangTopic/statusProgress``, key = case id).
/// Every report names the service (by code) and the reporting caseworker's id (not name).

/// `no.inngang.status.progress-reported.v1`: the service is working on the case.
public struct ProgressReportedV1: Codable, Sendable, Equatable {
    public var caseID: CaseID
    public var service: ServiceCode
    public var reportedBy: String
    public var reportedAt: Date
    public init(caseID: CaseID, service: ServiceCode, reportedBy: String, reportedAt: Date) {
        self.caseID = caseID; self.service = service; self.reportedBy = reportedBy; self.reportedAt = reportedAt
    }
}

/// `no.inngang.status.documentation-requested.v1`: a task for the family with a due date.
public struct DocumentationRequestedV1: Codable, Sendable, Equatable {
    public var caseID: CaseID
    public var service: ServiceCode
    public var taskID: TaskID
    /// A code for what is asked (e.g. `medical-statement`, `school-report`); the text stays in
    /// application-status's database.
    public var documentCode: String
    public var dueDate: LocalDate
    public var reportedBy: String
    public var reportedAt: Date
    public init(caseID: CaseID, service: ServiceCode, taskID: TaskID, documentCode: String, dueDate: LocalDate, reportedBy: String, reportedAt: Date) {
        self.caseID = caseID; self.service = service; self.taskID = taskID; self.documentCode = documentCode
        self.dueDate = dueDate; self.reportedBy = reportedBy; self.reportedAt = reportedAt
    }
}

/// `no.inngang.status.documentation-received.v1`: the family's task is done (reminders are moot).
public struct DocumentationReceivedV1: Codable, Sendable, Equatable {
    public var caseID: CaseID
    public var service: ServiceCode
    public var taskID: TaskID
    public var receivedAt: Date
    public init(caseID: CaseID, service: ServiceCode, taskID: TaskID, receivedAt: Date) {
        self.caseID = caseID; self.service = service; self.taskID = taskID; self.receivedAt = receivedAt
    }
}

/// `no.inngang.status.meeting-scheduled.v1` (also used when a meeting is moved: same meeting id,
/// new time; earlier reminders for that meeting are then moot).
public struct MeetingScheduledV1: Codable, Sendable, Equatable {
    public var caseID: CaseID
    public var service: ServiceCode
    public var meetingID: MeetingID
    public var startsAt: Date
    /// Place, kept in application-status and shown in the portal; never in notifications.
    public var place: String
    public var reportedBy: String
    public var reportedAt: Date
    public init(caseID: CaseID, service: ServiceCode, meetingID: MeetingID, startsAt: Date, place: String, reportedBy: String, reportedAt: Date) {
        self.caseID = caseID; self.service = service; self.meetingID = meetingID; self.startsAt = startsAt
        self.place = place; self.reportedBy = reportedBy; self.reportedAt = reportedAt
    }
}

/// `no.inngang.status.meeting-cancelled.v1`.
public struct MeetingCancelledV1: Codable, Sendable, Equatable {
    public var caseID: CaseID
    public var service: ServiceCode
    public var meetingID: MeetingID
    public var reportedAt: Date
    public init(caseID: CaseID, service: ServiceCode, meetingID: MeetingID, reportedAt: Date) {
        self.caseID = caseID; self.service = service; self.meetingID = meetingID; self.reportedAt = reportedAt
    }
}

/// `no.inngang.status.interim-reply-sent.v1`: a foreløpig svar (interim reply, forvaltningsloven
/// § 11 a: why the case takes time and when an answer can be expected).
public struct InterimReplySentV1: Codable, Sendable, Equatable {
    public var caseID: CaseID
    public var service: ServiceCode
    public var expectedBy: LocalDate
    public var reportedBy: String
    public var reportedAt: Date
    public init(caseID: CaseID, service: ServiceCode, expectedBy: LocalDate, reportedBy: String, reportedAt: Date) {
        self.caseID = caseID; self.service = service; self.expectedBy = expectedBy; self.reportedBy = reportedBy; self.reportedAt = reportedAt
    }
}

/// The outcome of a vedtak (an individual administrative decision).
public enum DecisionOutcome: String, Codable, Sendable, CaseIterable {
    case granted
    case partlyGranted = "partly-granted"
    case refused
    /// Avvist: not considered on its merits (e.g. not a matter for the service).
    case dismissed
    /// Whether the family may want to appeal, so the appeal deadline is shown and reminded.
    public var isAppealable: Bool { self != .granted }
}

/// `no.inngang.status.decision-made.v1`: a vedtak.
public struct DecisionMadeV1: Codable, Sendable, Equatable {
    public var caseID: CaseID
    public var service: ServiceCode
    public var decisionID: DecisionID
    public var outcome: DecisionOutcome
    public var decisionDate: LocalDate
    public var reportedBy: String
    public var reportedAt: Date
    public init(caseID: CaseID, service: ServiceCode, decisionID: DecisionID, outcome: DecisionOutcome, decisionDate: LocalDate, reportedBy: String, reportedAt: Date) {
        self.caseID = caseID; self.service = service; self.decisionID = decisionID; self.outcome = outcome
        self.decisionDate = decisionDate; self.reportedBy = reportedBy; self.reportedAt = reportedAt
    }
}
