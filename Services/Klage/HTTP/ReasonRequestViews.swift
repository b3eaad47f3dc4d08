import Foundation
import InngangModels
import KlageDomain

/// `POST /v1/reason-requests`. Both fields optional in decoding (missing → 422); unknown fields ignored.
struct ReasonRequestBody: Codable, Sendable {
    var caseID: String?
    var decisionID: String?
}

/// `POST /v1/reason-requests/{reasonRequestID}/answered`: `{}` (fields sent are ignored; the
/// server's time is when the reasons were given).
struct ReasonsGivenBody: Codable, Sendable {}

/// The requester's appeal deadline with the request taken into account (``AppealDeadline``).
struct ReasonRequestDeadlineView: Codable, Sendable, Equatable {
    /// `nil` while the deadline is interrupted and the reasons are not given.
    var lastDay: LocalDate?
    var basis: AppealDeadline.Basis
    var countedFrom: LocalDate?
    /// When the request interrupted the deadline: the last day it had before.
    var interruptedLastDay: LocalDate?
    var absoluteLimit: LocalDate

    init(_ deadline: AppealDeadline) {
        lastDay = deadline.lastDay
        basis = deadline.basis
        countedFrom = deadline.countedFrom
        interruptedLastDay = deadline.interruptedLastDay
        absoluteLimit = deadline.absoluteLimit
    }
}

/// A request for the reasons for a decision, as one viewer sees it (the answer to all three
/// operations). Never a national identity number.
struct ReasonRequestView: Codable, Sendable {
    var reasonRequestID: ReasonRequestID
    var caseID: CaseID
    var decisionID: DecisionID
    var service: ServiceCode
    var requestedAt: Date
    /// Whether the request interrupted the requester's deadline, on the facts known now.
    var inTime: Bool
    /// When the reasons were given (recorded by the service).
    var reasonsGivenAt: Date?
    var deadline: ReasonRequestDeadlineView
    /// Citizens only: whether the caller made this request.
    var requestedByYou: Bool?
    /// What the caller can do now: `answered` (an employee with role caseworker or underinstans,
    /// while the reasons are not given).
    var allowedActions: [String]
    /// What the request did to the appeal deadline, in the requested language (``KlageTexts/reasonsRequest(_:weeks:language:)``).
    var text: String

    init(_ stored: StoredReasonRequest, assessment: ReasonsRequestAssessment, viewer: ReasonRequestViewer, text: String) {
        reasonRequestID = stored.reasonRequestID
        caseID = stored.caseID
        decisionID = stored.decisionID
        service = stored.service
        requestedAt = stored.requestedAt
        inTime = assessment.inTime
        reasonsGivenAt = stored.answeredAt
        deadline = ReasonRequestDeadlineView(assessment.deadline)
        switch viewer {
        case .citizen(let isRequester):
            requestedByYou = isRequester
            allowedActions = []
        case .employee(let mayAnswer):
            requestedByYou = nil
            allowedActions = mayAnswer && stored.answeredAt == nil ? ["answered"] : []
        }
        self.text = text
    }
}
