import Foundation
import InngangModels
import KlageDomain

/// How the appellant is connected to the child (the input of ``PartyRule``), as stored.
enum AppellantRelation: String, Codable, Sendable {
    /// A recipient of the case: a guardian with parental responsibility.
    case guardian
    /// The child or young person the case is about.
    case childThemself = "child-themself"

    var facts: AppellantFacts.Relation {
        switch self {
        case .guardian: .guardian(hasParentalResponsibility: true)
        case .childThemself: .childThemself
        }
    }
}

/// A request to postpone carrying out the decision (§ 42), as stored.
struct StoredPostponement: Sendable {
    var status: PostponementStatus
    var requestedAt: Date
    var decidedAt: Date?
    var decidedBy: AppealInstance?

    var rule: ExecutionPostponement {
        get throws(KlageDomainError) {
            let requested = ExecutionPostponement.requested(at: requestedAt)
            switch status {
            case .requested: return requested
            case .granted: return try requested.granted(by: decidedBy ?? .underinstans, at: decidedAt ?? requestedAt)
            case .refused: return try requested.refused(by: decidedBy ?? .underinstans, at: decidedAt ?? requestedAt)
            }
        }
    }
}

/// How an appeal was decided, as stored.
struct StoredResult: Sendable {
    var result: AppealResultCode
    var decidedBy: AppealInstance
    var scope: ReversalScope?
    var rejectionReason: RejectionReason?
    var newDecisionID: DecisionID?
    var newDecisionOutcome: DecisionOutcome?
    var decidedAt: Date
}

/// One row of `appeals`: the appeal's current state and the facts it was filed on.
struct StoredAppeal: Sendable {
    var appealID: AppealID
    var caseID: CaseID
    var decisionID: DecisionID
    var service: ServiceCode
    var appellantPID: String
    var relation: AppellantRelation
    var role: PartyRole
    var childBirthDate: LocalDate
    var filedAt: Date
    /// The notice facts the deadline was counted from at filing.
    var decisionDate: LocalDate
    var noticeDeliveredAt: Date?
    var noticeDeliveredTo: NoticeRecipient?
    /// The appellant's request for the reasons for the decision (§ 24 second paragraph) the
    /// deadline was measured with, and when the reasons were given; `nil` when none.
    var reasonsRequestedAt: Date?
    var reasonsGivenAt: Date?
    var deadline: StoredDeadline
    var state: AppealState
    /// Where the appeal goes if upheld (set at filing from ``KlageRules``).
    var klageinstans: Klageinstans
    var changeWanted: String?
    var reasons: String?
    var attachments: [String]
    var missingParts: [AppealPart]
    var completeBy: LocalDate?
    var interimReplyDueBy: LocalDate
    var interimReplySentAt: Date?
    var answeredAt: Date?
    var result: StoredResult?
    var postponement: StoredPostponement?

    /// The notice facts the deadline was last measured with (at filing, or re-assessed since).
    var notice: NoticeFacts {
        NoticeFacts(decisionDate: decisionDate, noticeDeliveredAt: noticeDeliveredAt,
                    reasonsRequest: reasonsRequestedAt.map { ReasonsRequest(requestedAt: $0, reasonsDeliveredAt: reasonsGivenAt) })
    }

    var appellant: AppellantFacts { AppellantFacts(relation: relation.facts, childBirthDate: childBirthDate) }

    /// The § 11 a status at `now`: the municipality's month runs from receipt until the appeal is
    /// reversed, rejected or forwarded, or an interim reply is sent.
    func interimReplyStatus(now: Date, rules: KlageRules) -> InterimReplyStatus {
        InterimReplyRule.status(receivedAt: filedAt, answeredAt: answeredAt, interimReplySentAt: interimReplySentAt, now: now, rules: rules)
    }
}

/// The deadline an appeal was measured against (``AppealDeadline``), as stored.
struct StoredDeadline: Sendable, Codable, Equatable {
    var lastDay: LocalDate?
    var basis: AppealDeadline.Basis
    var countedFrom: LocalDate?
    var absoluteLimit: LocalDate
}
