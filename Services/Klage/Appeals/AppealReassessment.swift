import Foundation
import InngangModels
import InngangPostgres
import KlageDomain
import Logging

/// **A deadline measured on facts that changed, measured again** (§ 29, § 24 second paragraph):
/// - an appeal filed before klage learned when the decision notice reached the appellant was
///   measured from the decision date (or from another recipient's notice). When the delivery
///   arrives, the deadline is counted again from the better fact — the appellant's own delivery,
///   else the earliest delivery to anyone (``onDelivery(of:caseID:rules:now:on:)``);
/// - the appellant asked for the reasons for the decision, or the reasons were given, after the
///   appeal was filed: the deadline is measured again with the request (interrupted, and a new
///   deadline from the day the reasons were given; ``onReasonsRequest(_:rules:now:on:)``).
/// Every time with the appellant's current facts (delivery and request for reasons), stored with
/// a `deadline-reassessed` history step.
///
/// Only in the family's favour: the new assessment is applied when its last day is not earlier
/// (no last day — awaiting reasons — counts as not earlier) and its timeliness not worse; a late
/// appeal can so become in time, never the reverse. Closed appeals are not touched. Runs in the
/// transaction that recorded the new fact, after the case lock, like every other write to an appeal.
enum AppealReassessment {
    static let actor = "system:klage"

    /// A decision notice's delivery was recorded. - Returns: how many appeals were re-assessed.
    static func onDelivery(of decisionID: DecisionID, caseID: CaseID, rules: KlageRules, now: Date = Date(),
                           on connection: PostgresConnection) async throws -> Int {
        guard try await CaseProjection.lock(caseID, on: connection) else { return 0 }
        var changed = 0
        for var appeal in try await AppealStore.provisionallyTimedAppeals(of: decisionID, on: connection) {
            guard let delivery = try await CaseProjection.noticeDelivery(of: decisionID, to: appeal.appellantPID, on: connection),
                  delivery.at != appeal.noticeDeliveredAt || delivery.to != appeal.noticeDeliveredTo
            else { continue }
            let request = try await ReasonRequestStore.ofParty(appeal.appellantPID, decisionID: decisionID, on: connection)
            if try await reassess(&appeal, delivery: delivery, request: request?.facts, rules: rules, now: now, on: connection) { changed += 1 }
        }
        return changed
    }

    /// `request` was made or answered: the requester's open appeals against its decision are
    /// measured again. The caller holds the case lock. - Returns: how many appeals were re-assessed.
    static func onReasonsRequest(_ request: StoredReasonRequest, rules: KlageRules, now: Date = Date(),
                                 on connection: PostgresConnection) async throws -> Int {
        var changed = 0
        for var appeal in try await AppealStore.openAppeals(of: request.decisionID, appellant: request.requesterPID, on: connection) {
            guard appeal.reasonsRequestedAt != request.requestedAt || appeal.reasonsGivenAt != request.answeredAt else { continue }
            let delivery = try await CaseProjection.noticeDelivery(of: request.decisionID, to: appeal.appellantPID, on: connection)
            if try await reassess(&appeal, delivery: delivery, request: request.facts, rules: rules, now: now, on: connection) { changed += 1 }
        }
        return changed
    }

    /// Measures `appeal` again with the facts given; stores it when the result is in the family's
    /// favour. - Returns: whether the deadline or the timeliness moved (a history step was added).
    private static func reassess(_ appeal: inout StoredAppeal, delivery: (at: Date, to: NoticeRecipient)?, request: ReasonsRequest?,
                                 rules: KlageRules, now: Date, on connection: PostgresConnection) async throws -> Bool {
        let notice = NoticeFacts(decisionDate: appeal.decisionDate, noticeDeliveredAt: delivery?.at, reasonsRequest: request)
        let assessment = TimelinessRule.assess(sentAt: appeal.filedAt, notice: notice, rules: rules)
        let old = appeal.state.timeliness ?? .inTime
        guard rank(assessment.timeliness) <= rank(old), isNotEarlier(assessment.deadline.lastDay, than: appeal.deadline.lastDay) else {
            return false
        }
        let deadline = StoredDeadline(lastDay: assessment.deadline.lastDay, basis: assessment.deadline.basis,
                                      countedFrom: assessment.deadline.countedFrom, absoluteLimit: assessment.deadline.absoluteLimit)
        let moved = deadline != appeal.deadline || assessment.timeliness != old
        appeal.noticeDeliveredAt = delivery?.at
        appeal.noticeDeliveredTo = delivery?.to
        appeal.reasonsRequestedAt = request?.requestedAt
        appeal.reasonsGivenAt = request?.reasonsDeliveredAt
        appeal.deadline = deadline
        appeal.state.timeliness = assessment.timeliness
        try await AppealStore.updateDeadline(appeal, on: connection)
        // The facts are always kept; the history records a step only when the deadline or the
        // timeliness moved (a late request for reasons, say, changes neither).
        guard moved else { return false }
        try await AppealSteps.append(
            AppealStep(at: now, kind: .deadlineReassessed, actor: actor, stageAfter: appeal.state.stage,
                       codes: StepCodes(timeliness: assessment.timeliness), text: nil, eventIDs: []),
            to: appeal.appealID, on: connection)
        return true
    }

    /// In time < late < beyond the year.
    static func rank(_ timeliness: Timeliness) -> Int {
        switch timeliness {
        case .inTime: 0
        case .lateForAssessment: 1
        case .beyondAbsoluteLimit: 2
        }
    }

    static func isNotEarlier(_ new: LocalDate?, than old: LocalDate?) -> Bool {
        guard let old else { return true }
        guard let new else { return true }
        return new >= old
    }
}
