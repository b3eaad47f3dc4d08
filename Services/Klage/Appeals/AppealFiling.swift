import Foundation
import InngangModels
import InngangPostgres
import InngangService
import KlageDomain
import Logging

/// A filing after the body's field checks: ids parsed, texts trimmed.
struct FilingInput: Sendable {
    var caseID: CaseID
    var decisionID: DecisionID
    var changeWanted: String?
    var reasons: String?
    var attachments: [String]

    /// The request in canonical form (sorted-key JSON of the checked fields): what an
    /// `Idempotency-Key` is bound to. Whitespace around texts, key order and unknown fields do not count.
    var fingerprint: [UInt8] {
        get throws {
            let body = FilingBody(caseID: caseID.description, decisionID: decisionID.description, changeWanted: changeWanted,
                                  reasons: reasons, attachments: attachments)
            return Array(try EventJSON.encoder.encode(body))
        }
    }
}

/// **Filing an appeal** (`POST /v1/appeals`): in one transaction — answer with the appeal an
/// earlier request with the same `Idempotency-Key` filed; find the case and the decision in the projection; apply the rules
/// (``AppealReception``: party, form, timeliness from the decision notice's delivery and the
/// appellant's request for the reasons and when they were given (§ 29 third paragraph), the § 11 a
/// clock); store the appeal and its first steps; publish appeal-filed (and
/// appeal-completion-requested when a required part is missing); remember the answer; audit.
struct AppealFiling: Sendable {
    let pool: PostgresPool
    let events: AppealEvents
    let rules: KlageRules
    let logger: Logger

    enum Outcome: Sendable {
        case created(Data, appealID: AppealID, caseID: CaseID, eventIDs: [String])
        /// The appeal an earlier request with the same key filed, as it is now (its deadline may
        /// have been re-assessed since, see ``AppealReassessment``), in this request's language.
        case replayed(Data, appealID: AppealID)
    }

    func file(_ input: FilingInput, appellant pid: String, actor: String, key: String?, language: Language,
              requestID: String, now: Date = Date()) async throws -> Outcome {
        let fingerprint = try input.fingerprint
        return try await pool.withTransaction { connection -> Outcome in
            if let key {
                try await FilingIdempotency.lock(appellant: pid, key: key, on: connection)
                switch try await FilingIdempotency.lookup(appellant: pid, key: key, fingerprint: fingerprint, on: connection) {
                case .unused: break
                case .replay(let appealID):
                    guard let appeal = try await AppealStore.load(appealID, on: connection) else { throw ProblemDetails.noSuchAppeal }
                    let text: String
                    do throws(KlageDomainError) {
                        text = try AppealWording(rules: rules, language: language)
                            .receiptText(appeal, changeWantedGiven: !appeal.missingParts.contains(.changeWanted))
                    } catch {
                        throw error.problem()
                    }
                    try await AuditLog.record(actor: actor, .replayFiling, caseID: appeal.caseID, appealID: appealID,
                                              requestID: requestID, on: connection)
                    return .replayed(try JSONBody.encode(FiledAnswer(appeal, text: text)), appealID: appealID)
                case .reusedForOtherRequest: throw ProblemDetails.idempotencyKeyReused
                }
            }
            guard let caseFacts = try await CaseProjection.caseFacts(input.caseID, on: connection),
                  try await CaseProjection.lock(input.caseID, on: connection),
                  let decision = try await CaseProjection.decision(input.decisionID, of: input.caseID, on: connection)
            else { throw ProblemDetails.noSuchDecision }

            let appellant = try AppealAccess.appellantFacts(of: pid, in: caseFacts)
            let delivery = try await CaseProjection.noticeDelivery(of: decision.decisionID, to: pid, on: connection)
            let reasonsRequest = try await ReasonRequestStore.ofParty(pid, decisionID: decision.decisionID, on: connection)
            let notice = NoticeFacts(decisionDate: decision.decisionDate, noticeDeliveredAt: delivery?.at, reasonsRequest: reasonsRequest?.facts)
            let submission = AppealSubmission(
                caseID: input.caseID, service: decision.service, decisionID: decision.decisionID, changeWanted: input.changeWanted,
                reasons: input.reasons, attachments: input.attachments.map { AttachmentID($0) ?? AttachmentID() }, sentAt: now)
            let receipt: AppealReceipt
            do throws(KlageDomainError) {
                receipt = try AppealReception.receive(submission, appellant: appellant, notice: notice, rules: rules)
            } catch {
                throw error.problem()
            }
            guard decision.outcome.isAppealable else { throw ProblemDetails.notAppealable }
            guard try await !AppealStore.hasOpenAppeal(decisionID: decision.decisionID, appellant: pid, on: connection) else {
                throw ProblemDetails.appealAlreadyOpen
            }
            guard let assessment = receipt.timeliness else {
                throw KlageServiceError(.corruptProjection, "An appeal naming its decision has no timeliness")
            }

            let appeal = StoredAppeal(
                appealID: AppealID(), caseID: input.caseID, decisionID: decision.decisionID, service: decision.service,
                appellantPID: pid, relation: appellant.relation == .childThemself ? .childThemself : .guardian, role: receipt.role,
                childBirthDate: appellant.childBirthDate, filedAt: receipt.sentAt, decisionDate: decision.decisionDate,
                noticeDeliveredAt: delivery?.at, noticeDeliveredTo: delivery?.to,
                reasonsRequestedAt: reasonsRequest?.requestedAt, reasonsGivenAt: reasonsRequest?.answeredAt,
                deadline: StoredDeadline(lastDay: assessment.deadline.lastDay, basis: assessment.deadline.basis,
                                         countedFrom: assessment.deadline.countedFrom, absoluteLimit: assessment.deadline.absoluteLimit),
                state: receipt.state, klageinstans: receipt.klageinstans, changeWanted: input.changeWanted, reasons: input.reasons,
                attachments: input.attachments, missingParts: receipt.form.missing, completeBy: receipt.completeBy,
                interimReplyDueBy: receipt.interimReplyDueBy, interimReplySentAt: nil, answeredAt: nil, result: nil, postponement: nil)
            do {
                try await AppealStore.insert(appeal, on: connection)
            } catch let error as PostgresError where error.code == .uniqueViolation && error.constraint == AppealStore.oneOpenPerAppellant {
                throw ProblemDetails.appealAlreadyOpen
            }

            var eventIDs = [try await events.publish(KlageEventTypes.appealFiled, AppealEvents.filed(appeal), caseID: appeal.caseID,
                                                     at: now, on: connection)]
            try await AppealSteps.append(
                AppealStep(at: now, kind: .filed, actor: actor, stageAfter: appeal.state.stage,
                           codes: StepCodes(missingParts: appeal.missingParts, timeliness: appeal.state.timeliness,
                                            noticeDeliveredAt: appeal.noticeDeliveredAt, reasonsRequestedAt: appeal.reasonsRequestedAt,
                                            reasonsGivenAt: appeal.reasonsGivenAt),
                           text: nil, eventIDs: eventIDs),
                to: appeal.appealID, on: connection)
            if let completeBy = appeal.completeBy, !appeal.missingParts.isEmpty {
                let id = try await events.publish(KlageEventTypes.appealCompletionRequested,
                                                  AppealEvents.completionRequested(appeal, completeBy: completeBy),
                                                  caseID: appeal.caseID, at: now, on: connection)
                eventIDs.append(id)
                try await AppealSteps.append(
                    AppealStep(at: now, kind: .completionRequested, actor: actor, stageAfter: appeal.state.stage,
                               codes: StepCodes(missingParts: appeal.missingParts, completeBy: completeBy), text: nil, eventIDs: [id]),
                    to: appeal.appealID, on: connection)
            }

            let answer = FiledAnswer(appeal, text: KlageTexts.appealReceived(receipt, serviceName: nil, language: language))
            let body = try JSONBody.encode(answer)
            if let key {
                try await FilingIdempotency.store(appellant: pid, key: key, fingerprint: fingerprint, appealID: appeal.appealID,
                                                  response: String(decoding: body, as: UTF8.self), on: connection)
            }
            try await AuditLog.record(actor: actor, .fileAppeal, caseID: appeal.caseID, appealID: appeal.appealID,
                                      requestID: requestID, on: connection)
            return .created(body, appealID: appeal.appealID, caseID: appeal.caseID, eventIDs: eventIDs)
        }
    }
}
