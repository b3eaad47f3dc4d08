import Foundation
import InngangModels
import KlageDomain

/// The deadline an appeal was measured against, and what it was counted from.
struct DeadlineView: Codable, Sendable, Equatable {
    var lastDay: LocalDate?
    var basis: AppealDeadline.Basis
    var countedFrom: LocalDate?
    /// After this day an appeal cannot be considered at all (§ 31 third paragraph).
    var absoluteLimit: LocalDate
    /// With basis `delivery-time`: whose notice it was (`appellant`, or `other-recipient` when
    /// no delivery to the appellant is recorded).
    var noticeDeliveredTo: NoticeRecipient?

    init(_ appeal: StoredAppeal) {
        lastDay = appeal.deadline.lastDay
        basis = appeal.deadline.basis
        countedFrom = appeal.deadline.countedFrom
        absoluteLimit = appeal.deadline.absoluteLimit
        noticeDeliveredTo = appeal.noticeDeliveredTo
    }
}

/// The answer to `POST /v1/appeals` (201).
struct FiledAnswer: Codable, Sendable {
    var appealID: AppealID
    var caseID: CaseID
    var decisionID: DecisionID
    var service: ServiceCode
    var status: AppealStage
    var timeliness: Timeliness
    var deadline: DeadlineView
    var missingParts: [AppealPart]
    var completeBy: LocalDate?
    var klageinstans: Klageinstans
    var interimReplyDueBy: LocalDate
    var filedAt: Date
    /// The receipt in the requested language (``KlageTexts/appealReceived(_:serviceName:language:)``).
    var text: String
}

extension FiledAnswer {
    /// The answer for `appeal` as stored now.
    init(_ appeal: StoredAppeal, text: String) {
        self.init(
            appealID: appeal.appealID, caseID: appeal.caseID, decisionID: appeal.decisionID, service: appeal.service,
            status: appeal.state.stage, timeliness: appeal.state.timeliness ?? .inTime, deadline: DeadlineView(appeal),
            missingParts: appeal.missingParts, completeBy: appeal.completeBy, klageinstans: appeal.klageinstans,
            interimReplyDueBy: appeal.interimReplyDueBy, filedAt: appeal.filedAt, text: text)
    }
}

/// How the appeal was decided.
struct ResultView: Codable, Sendable {
    var result: AppealResultCode
    var decidedBy: AppealInstance
    var scope: ReversalScope?
    var rejectionReason: RejectionReason?
    var newDecisionID: DecisionID?
    var newDecisionOutcome: DecisionOutcome?
    var decidedAt: Date
}

struct InterimReplyView: Codable, Sendable {
    var sentBy: AppealInstance
    var reason: InterimReplyReason
    /// The caseworker's own words, when given.
    var reasonText: String?
    var expectedBy: LocalDate
    var sentAt: Date
    var text: String?
}

struct PostponementView: Codable, Sendable {
    var status: PostponementStatus
    var requestedAt: Date
    var decidedAt: Date?
    var decidedBy: AppealInstance?
    var text: String
}

struct HistoryEntryView: Codable, Sendable {
    var at: Date
    var step: AppealStepKind
    var status: AppealStage
    var text: String?
}

/// `GET /v1/appeals/{appealID}` and the answer to every step.
struct AppealView: Codable, Sendable {
    var appealID: AppealID
    var caseID: CaseID
    var decisionID: DecisionID
    var service: ServiceCode
    var status: AppealStage
    var timeliness: Timeliness
    var lateAdmission: LateAdmissionGround?
    var filedAt: Date
    var appellantRole: PartyRole
    /// Citizens only: whether the caller filed this appeal.
    var filedByYou: Bool?
    var deadline: DeadlineView
    var missingParts: [AppealPart]
    var completeBy: LocalDate?
    var klageinstans: Klageinstans
    var forwardedTo: Klageinstans?
    var changeWanted: String?
    var reasons: String?
    var attachments: [String]
    /// The underinstans's statement when it forwarded the appeal.
    var statement: String?
    var result: ResultView?
    var interimReplyDueBy: LocalDate
    /// `pending`, `overdue`, `answered` or `already-sent` (§ 11 a, computed at read time).
    var interimReplyStatus: String
    var interimReplyOverdue: Bool
    var interimReplies: [InterimReplyView]
    var postponement: PostponementView?
    /// What the caller can do now: employees `admit-late`, `reverse`, `reject`, `forward`,
    /// `klageinstans-outcome`, `interim-reply`, `postponement-answer`; citizens `complete`,
    /// `postponement-request`.
    var allowedActions: [String]
    var history: [HistoryEntryView]
    /// Where the appeal stands, in the requested language.
    var text: String
}

/// One line of `GET /v1/appeals`.
struct AppealSummary: Codable, Sendable {
    var appealID: AppealID
    var caseID: CaseID
    var decisionID: DecisionID
    var service: ServiceCode
    var status: AppealStage
    var timeliness: Timeliness
    var lateAdmission: LateAdmissionGround?
    var filedAt: Date
    var completeBy: LocalDate?
    var interimReplyDueBy: LocalDate
    var interimReplyStatus: String
    var interimReplyOverdue: Bool
    var postponementStatus: PostponementStatus?
    var allowedActions: [String]
}

struct AppealList: Codable, Sendable {
    var appeals: [AppealSummary]
}

extension InterimReplyStatus {
    /// The code in answers: `pending`, `overdue`, `answered`, `already-sent`.
    var code: String {
        switch self {
        case .pending: "pending"
        case .overdue: "overdue"
        case .notNeeded(let reason): reason.rawValue
        }
    }

    var isOverdue: Bool { if case .overdue = self { true } else { false } }
}
