import Foundation
import InngangModels
import InngangPostgres
import KlageDomain
import Logging

/// **A deadline counted provisionally, made exact** (§ 29): an appeal filed before klage learned
/// when the decision notice reached the appellant was measured from the decision date (or from
/// another recipient's notice). When the delivery arrives, the deadline is counted again from the
/// better fact — the appellant's own delivery, else the earliest delivery to anyone — and stored
/// with a `deadline-reassessed` history step.
///
/// Only in the family's favour: the new assessment is applied when its last day is not earlier
/// and its timeliness not worse (a delivery is never before the decision date, so from the
/// decision-date basis it never is); a late appeal can so become in time, never the reverse.
/// Closed appeals are not touched. Runs in the inbox transaction of the delivery event, after the
/// case lock, like every other write to an appeal.
enum AppealReassessment {
    static let actor = "system:klage"

    /// - Returns: how many appeals were re-assessed.
    static func onDelivery(of decisionID: DecisionID, caseID: CaseID, rules: KlageRules, now: Date = Date(),
                           on connection: PostgresConnection) async throws -> Int {
        guard try await CaseProjection.lock(caseID, on: connection) else { return 0 }
        var changed = 0
        for var appeal in try await AppealStore.provisionallyTimedAppeals(of: decisionID, on: connection) {
            guard let delivery = try await CaseProjection.noticeDelivery(of: decisionID, to: appeal.appellantPID, on: connection),
                  delivery.at != appeal.noticeDeliveredAt || delivery.to != appeal.noticeDeliveredTo
            else { continue }
            let notice = NoticeFacts(decisionDate: appeal.decisionDate, noticeDeliveredAt: delivery.at)
            let assessment = TimelinessRule.assess(sentAt: appeal.filedAt, notice: notice, rules: rules)
            let old = appeal.state.timeliness ?? .inTime
            guard rank(assessment.timeliness) <= rank(old), isNotEarlier(assessment.deadline.lastDay, than: appeal.deadline.lastDay) else { continue }
            appeal.noticeDeliveredAt = delivery.at
            appeal.noticeDeliveredTo = delivery.to
            appeal.deadline = StoredDeadline(lastDay: assessment.deadline.lastDay, basis: assessment.deadline.basis,
                                             countedFrom: assessment.deadline.countedFrom, absoluteLimit: assessment.deadline.absoluteLimit)
            appeal.state.timeliness = assessment.timeliness
            try await AppealStore.updateDeadline(appeal, on: connection)
            try await AppealSteps.append(
                AppealStep(at: now, kind: .deadlineReassessed, actor: actor, stageAfter: appeal.state.stage,
                           codes: StepCodes(timeliness: assessment.timeliness), text: nil, eventIDs: []),
                to: appeal.appealID, on: connection)
            changed += 1
        }
        return changed
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
