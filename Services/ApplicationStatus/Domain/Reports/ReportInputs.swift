/// What a caseworker (or their case system) sends, as decoded from the HTTP request body.
///
/// Every field is an optional string so that one request yields *all* its problems
/// (``ReportValidation``) instead of failing at the first decoding error. The reporting service
/// and employee come from the token, not the body.

/// "We are working on it."
public struct InProgressReport: Sendable, Equatable, Codable {
    public init() {}
}

/// A task for the family: documentation with a due date.
public struct DocumentationRequestReport: Sendable, Equatable, Codable {
    /// What is asked, as a code (e.g. `medical-statement`): lowercase letters, digits, `-`.
    public var documentCode: String?
    /// Plain-language description shown to the family (stays in application-status).
    public var description: String?
    /// `YYYY-MM-DD`, today or later.
    public var dueDate: String?
    public init(documentCode: String? = nil, description: String? = nil, dueDate: String? = nil) {
        self.documentCode = documentCode; self.description = description; self.dueDate = dueDate
    }
}

/// The family's documentation for a task came in.
public struct DocumentationReceivedReport: Sendable, Equatable, Codable {
    /// The task's id (UUID).
    public var taskID: String?
    public init(taskID: String? = nil) { self.taskID = taskID }
}

/// A meeting (new, or moved when `meetingID` names an existing one).
public struct MeetingReport: Sendable, Equatable, Codable {
    /// Set only to move an existing meeting of the same service.
    public var meetingID: String?
    /// RFC 3339 date-time in the future.
    public var startsAt: String?
    /// Where (shown in the portal; never in notifications).
    public var place: String?
    public init(meetingID: String? = nil, startsAt: String? = nil, place: String? = nil) {
        self.meetingID = meetingID; self.startsAt = startsAt; self.place = place
    }
}

/// A meeting is called off.
public struct MeetingCancellationReport: Sendable, Equatable, Codable {
    public var meetingID: String?
    public init(meetingID: String? = nil) { self.meetingID = meetingID }
}

/// An interim reply (*foreløpig svar*, forvaltningsloven § 11 a): why it takes time and when
/// an answer can be expected.
public struct InterimReplyReport: Sendable, Equatable, Codable {
    /// `YYYY-MM-DD`, today or later.
    public var expectedBy: String?
    /// Why the case takes longer (shown to the family; stays in application-status).
    public var reason: String?
    public init(expectedBy: String? = nil, reason: String? = nil) {
        self.expectedBy = expectedBy; self.reason = reason
    }
}

/// A decision (*vedtak*).
public struct DecisionReport: Sendable, Equatable, Codable {
    /// `granted`, `partly-granted`, `refused` or `dismissed`.
    public var outcome: String?
    /// `YYYY-MM-DD`: not in the future, not before the case was received.
    public var decisionDate: String?
    public init(outcome: String? = nil, decisionDate: String? = nil) {
        self.outcome = outcome; self.decisionDate = decisionDate
    }
}
