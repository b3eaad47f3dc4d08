import Foundation
import InngangModels

/// A case as the family sees it in the portal (behind login), in one language. Codable so the
/// HTTP layer returns it as JSON (encode with `EventJSON.encoder` for RFC 3339 times).
/// Machine codes (`status`, `nextStep`, `kind`) sit beside the rendered `…Text` fields so a
/// front end can style without parsing text.
public struct CitizenCaseView: Sendable, Equatable, Codable {
    public var caseID: CaseID
    public var caseNumber: String?
    public var language: Language
    public var receivedOn: LocalDate?
    /// Status, next step and expected date per routed service.
    public var services: [ServiceStatusView]
    /// What the family must do, by due date.
    public var openTasks: [TaskView]
    /// Meetings not cancelled and not yet over (today or later), by time.
    public var upcomingMeetings: [MeetingView]
    public var coordinator: CoordinatorView?
    /// Appealable decisions (refused, partly granted, dismissed), latest first.
    public var appeals: [AppealView]
    /// Newest first.
    public var history: [HistoryEntryView]
}

public struct ServiceStatusView: Sendable, Equatable, Codable {
    public var service: ServiceCode
    public var serviceName: String
    /// ``ServiceState/code``.
    public var status: String
    /// The latest decision's outcome when decided.
    public var outcome: DecisionOutcome?
    public var statusText: String
    /// ``NextStep/code``.
    public var nextStep: String
    public var nextStepText: String
    public var expectedDate: LocalDate?
    public var expectedDateBasis: ExpectedAnswer.Basis?
    public var expectedDateIsOverdue: Bool
    /// The reason given in the interim reply in force, from application-status's store.
    public var interimReplyReason: String?
}

public struct TaskView: Sendable, Equatable, Codable {
    public var taskID: TaskID
    public var service: ServiceCode
    public var serviceName: String
    public var documentCode: String
    /// The caseworker's description, from application-status's store (nil if not found).
    public var description: String?
    public var dueDate: LocalDate
    public var isOverdue: Bool
    public var text: String
}

public struct MeetingView: Sendable, Equatable, Codable {
    public var meetingID: MeetingID
    public var service: ServiceCode
    public var serviceName: String
    public var startsAt: Date
    public var place: String
    public var text: String
}

public struct CoordinatorView: Sendable, Equatable, Codable {
    public var name: String
    public var phone: String?
    public var email: String?
    public var text: String
}

public struct AppealView: Sendable, Equatable, Codable {
    public var decisionID: DecisionID
    public var service: ServiceCode
    public var serviceName: String
    public var outcome: DecisionOutcome
    public var outcomeText: String
    public var decisionDate: LocalDate
    /// Last day to appeal (forvaltningsloven § 29); absent while a request for the reasons
    /// interrupts the deadline (status `awaiting-reasons`).
    public var deadline: LocalDate?
    public var deadlineBasis: AppealDeadline.Basis
    public var deadlineIsProvisional: Bool
    public var status: AppealStatus
    /// The deadline in a sentence (and why it is provisional, when it is).
    public var deadlineText: String
    /// Where and how to appeal (§ 27 third paragraph, § 32).
    public var howToAppealText: String
    /// The appeal against this decision and its current stage, once one is filed.
    public var appeal: AppealProgressView?
}

/// Where an appeal stands, as the family sees it.
public struct AppealProgressView: Sendable, Equatable, Codable {
    public var appealID: AppealID
    /// The current stage: `filed`, `completion-requested`, `completed`, `interim-reply`,
    /// `forwarded` or `decided` (``AppealProgress/Stage``).
    public var stage: AppealProgress.Stage
    /// The Oslo date the appeal was sent.
    public var filedOn: LocalDate?
    /// While completion is requested: the last day to send the missing parts.
    public var completeBy: LocalDate?
    /// The expected answer date of the interim reply in force.
    public var expectedBy: LocalDate?
    /// Once decided: the result (`reversed`, `rejected`, `upheld`, `changed`, `quashed`).
    public var result: AppealFact.AppealResult?
    /// The decision the result made (a reversal), and its outcome.
    public var newDecisionID: DecisionID?
    public var newOutcome: DecisionOutcome?
    /// The stage in a sentence.
    public var text: String
}

public struct HistoryEntryView: Sendable, Equatable, Codable {
    public var at: Date
    /// The Oslo date of ``at``.
    public var date: LocalDate
    public var service: ServiceCode?
    public var serviceName: String?
    /// e.g. `decision-made`.
    public var kind: String
    public var text: String
}
