import Foundation
import InngangModels
import InngangPostgres
import InngangService
import KlageDomain

/// Builds klage's events from an appeal (the payloads of `KlageDomain/Events`) and appends them to
/// the outbox (topic `InngangTopic.klage`, key = case id) in the caller's transaction.
struct AppealEvents: Sendable {
    let context: ServiceContext

    /// Appends one event; returns its CloudEvents id.
    func publish(_ type: EventType, _ payload: some Encodable & Sendable, caseID: CaseID, at time: Date,
                 on connection: PostgresConnection) async throws -> String {
        let event = try context.event(type, subject: caseID.description, time: time, data: payload)
        try await context.publish(event, topic: InngangTopic.klage, key: caseID.description, on: connection)
        return event.id
    }

    static func filed(_ appeal: StoredAppeal) -> AppealFiledV1 {
        AppealFiledV1(
            caseID: appeal.caseID, appealID: appeal.appealID, decisionID: appeal.decisionID, service: appeal.service,
            appellant: PersonRef(nationalIdentityNumber: appeal.appellantPID), appellantRole: appeal.role, filedAt: appeal.filedAt,
            deadlineLastDay: appeal.deadline.lastDay, deadlineBasis: appeal.deadline.basis,
            timeliness: appeal.state.timeliness ?? .inTime, missingParts: appeal.missingParts, completeBy: appeal.completeBy,
            klageinstans: appeal.klageinstans, interimReplyDueBy: appeal.interimReplyDueBy)
    }

    static func completionRequested(_ appeal: StoredAppeal, completeBy: LocalDate) -> AppealCompletionRequestedV1 {
        AppealCompletionRequestedV1(
            caseID: appeal.caseID, appealID: appeal.appealID, decisionID: appeal.decisionID, service: appeal.service,
            missingParts: appeal.missingParts, completeBy: completeBy, requestedAt: appeal.filedAt)
    }

    static func completed(_ appeal: StoredAppeal, at time: Date) -> AppealCompletedV1 {
        AppealCompletedV1(caseID: appeal.caseID, appealID: appeal.appealID, decisionID: appeal.decisionID, service: appeal.service,
                          timeliness: appeal.state.timeliness ?? .inTime, completedAt: time)
    }

    static func forwarded(_ appeal: StoredAppeal, to klageinstans: Klageinstans, at time: Date) -> AppealForwardedV1 {
        AppealForwardedV1(caseID: appeal.caseID, appealID: appeal.appealID, decisionID: appeal.decisionID, service: appeal.service,
                          klageinstans: klageinstans, forwardedAt: time)
    }

    /// `appeal-decided` from the result just recorded; the new decision's date is the Oslo day of
    /// the result.
    static func decided(_ appeal: StoredAppeal, _ result: StoredResult) -> AppealDecidedV1 {
        AppealDecidedV1(
            caseID: appeal.caseID, appealID: appeal.appealID, decisionID: appeal.decisionID, service: appeal.service,
            decidedBy: result.decidedBy, result: result.result, scope: result.scope, rejectionReason: result.rejectionReason,
            newDecisionID: result.newDecisionID, newDecisionOutcome: result.newDecisionOutcome,
            newDecisionDate: result.newDecisionOutcome == nil ? nil : LocalDate(result.decidedAt, in: .oslo),
            decidedAt: result.decidedAt)
    }

    static func interimReply(_ appeal: StoredAppeal, _ reply: InterimReply, sentBy: AppealInstance) -> AppealInterimReplySentV1 {
        AppealInterimReplySentV1(caseID: appeal.caseID, appealID: appeal.appealID, decisionID: appeal.decisionID, service: appeal.service,
                                 sentBy: sentBy, reason: reply.reason, expectedBy: reply.expectedBy, sentAt: reply.sentAt)
    }

    static func postponement(_ appeal: StoredAppeal, _ postponement: StoredPostponement, at time: Date) -> ExecutionPostponementV1 {
        ExecutionPostponementV1(caseID: appeal.caseID, decisionID: appeal.decisionID, appealID: appeal.appealID, service: appeal.service,
                                status: postponement.status, decidedBy: postponement.decidedBy, at: time)
    }
}
