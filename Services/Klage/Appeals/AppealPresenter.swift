import Foundation
import InngangModels
import KlageDomain

/// Builds the API's views of an appeal for one viewer, at read time (the § 11 a status is
/// computed from the clock, no job needed).
struct AppealPresenter: Sendable {
    let rules: KlageRules

    func view(_ appeal: StoredAppeal, steps: [AppealStep], for viewer: AppealViewer, language: Language, now: Date) throws -> AppealView {
        let wording = AppealWording(rules: rules, language: language)
        let interim = appeal.interimReplyStatus(now: now, rules: rules)
        let statement = steps.last(where: { $0.kind == .forwarded })?.text
        let replies = steps.filter { $0.kind == .interimReply }.compactMap { step -> InterimReplyView? in
            guard let reason = step.codes.interimReplyReason, let expectedBy = step.codes.expectedBy else { return nil }
            return InterimReplyView(sentBy: step.codes.sentBy ?? .underinstans, reason: reason, reasonText: step.text,
                                    expectedBy: expectedBy, sentAt: step.at, text: wording.stepText(step, of: appeal))
        }
        let text: String
        do throws(KlageDomainError) { text = try wording.statusText(appeal) } catch { throw error.problem() }
        var filedByYou: Bool?
        if case .citizen(let isAppellant) = viewer { filedByYou = isAppellant }
        return AppealView(
            appealID: appeal.appealID, caseID: appeal.caseID, decisionID: appeal.decisionID, service: appeal.service,
            status: appeal.state.stage, timeliness: appeal.state.timeliness ?? .inTime, lateAdmission: appeal.state.lateAdmission,
            filedAt: appeal.filedAt, appellantRole: appeal.role, filedByYou: filedByYou, deadline: DeadlineView(appeal),
            missingParts: appeal.missingParts, completeBy: appeal.completeBy, klageinstans: appeal.klageinstans,
            forwardedTo: appeal.state.klageinstans, changeWanted: appeal.changeWanted, reasons: appeal.reasons,
            attachments: appeal.attachments, statement: statement, result: appeal.result.map(ResultView.init),
            interimReplyDueBy: appeal.interimReplyDueBy, interimReplyStatus: interim.code, interimReplyOverdue: interim.isOverdue,
            interimReplies: replies, postponement: appeal.postponement.map { postponement in
                PostponementView(status: postponement.status, requestedAt: postponement.requestedAt, decidedAt: postponement.decidedAt,
                                 decidedBy: postponement.decidedBy, text: KlageTexts.postponement(postponement.status, language: language))
            },
            allowedActions: Self.allowedActions(appeal, for: viewer),
            history: steps.map { HistoryEntryView(at: $0.at, step: $0.kind, status: $0.stageAfter, text: wording.stepText($0, of: appeal)) },
            text: text)
    }

    func summary(_ appeal: StoredAppeal, now: Date) -> AppealSummary {
        let interim = appeal.interimReplyStatus(now: now, rules: rules)
        return AppealSummary(
            appealID: appeal.appealID, caseID: appeal.caseID, decisionID: appeal.decisionID, service: appeal.service,
            status: appeal.state.stage, timeliness: appeal.state.timeliness ?? .inTime, lateAdmission: appeal.state.lateAdmission,
            filedAt: appeal.filedAt, completeBy: appeal.completeBy, interimReplyDueBy: appeal.interimReplyDueBy,
            interimReplyStatus: interim.code, interimReplyOverdue: interim.isOverdue, postponementStatus: appeal.postponement?.status,
            allowedActions: Self.allowedActions(appeal, for: .employee(isUnderinstans: true)))
    }

    /// What `viewer` can do now (the rules' allowed transitions, named as the API's actions).
    static func allowedActions(_ appeal: StoredAppeal, for viewer: AppealViewer) -> [String] {
        let stage = appeal.state.stage
        switch viewer {
        case .employee(let isUnderinstans):
            guard isUnderinstans else { return [] }
            var actions = AppealProcess.allowedTransitions(in: appeal.state).compactMap { name -> String? in
                switch name {
                case .complete: nil
                case .admitLate: "admit-late"
                case .reverse: "reverse"
                case .reject: "reject"
                case .forward: "forward"
                case .recordKlageinstansOutcome: "klageinstans-outcome"
                }
            }
            if !stage.isClosed { actions.append("interim-reply") }
            if appeal.postponement?.status == .requested { actions.append("postponement-answer") }
            return actions
        case .citizen(let isAppellant):
            var actions: [String] = []
            if isAppellant, stage == .awaitingCompletion { actions.append("complete") }
            if !stage.isClosed, appeal.postponement == nil { actions.append("postponement-request") }
            return actions
        }
    }
}

extension ResultView {
    init(_ result: StoredResult) {
        self.init(result: result.result, decidedBy: result.decidedBy, scope: result.scope, rejectionReason: result.rejectionReason,
                  newDecisionID: result.newDecisionID, newDecisionOutcome: result.newDecisionOutcome, decidedAt: result.decidedAt)
    }
}
