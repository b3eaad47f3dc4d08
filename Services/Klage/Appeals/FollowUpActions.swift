import Foundation
import InngangModels
import InngangPostgres
import InngangService
import KlageDomain

/// The klageinstans's outcome as reported by the municipality's employee.
struct KlageinstansOutcomeInput: Sendable {
    var outcome: KlageinstansOutcome
    /// For `changed`: the new decision's outcome, when reported.
    var newDecisionOutcome: DecisionOutcome?

    init(_ body: KlageinstansOutcomeBody) throws {
        var problems: [ProblemDetails.FieldProblem] = []
        let outcome = FieldRules.code(body.outcome, as: KlageinstansOutcome.self, pointer: "/outcome", problems: &problems)
        var newOutcome: DecisionOutcome?
        if body.newDecisionOutcome != nil {
            newOutcome = FieldRules.code(body.newDecisionOutcome, as: DecisionOutcome.self, pointer: "/newDecisionOutcome", problems: &problems)
            if outcome != nil, outcome != .changed {
                problems.append(.init(pointer: "/newDecisionOutcome", detail: "Only with outcome changed."))
            }
        }
        try FieldRules.throwIfAny(problems)
        self.outcome = outcome!
        self.newDecisionOutcome = newOutcome
    }
}

/// An interim reply after the field checks.
struct InterimReplyInput: Sendable {
    var reason: InterimReplyReason
    /// The caseworker's own words, when `reason` was not a code.
    var text: String?
    var expectedBy: LocalDate

    /// `reason` may be a code or free text; the event carries `reasonCode`, else `reason` when it
    /// is a code, else `complex-case`.
    init(_ body: InterimReplyBody) throws {
        var problems: [ProblemDetails.FieldProblem] = []
        let reasonText = FieldRules.text(body.reason, pointer: "/reason", problems: &problems)
        var code = reasonText.flatMap(InterimReplyReason.init(rawValue:))
        if body.reasonCode != nil {
            code = FieldRules.code(body.reasonCode, as: InterimReplyReason.self, pointer: "/reasonCode", problems: &problems)
        } else if reasonText == nil {
            problems.append(.init(pointer: "/reason", detail: "Required: why the appeal takes longer."))
        }
        var expectedBy: LocalDate?
        if let raw = body.expectedBy {
            expectedBy = LocalDate(raw)
            if expectedBy == nil { problems.append(.init(pointer: "/expectedBy", detail: "A date YYYY-MM-DD.")) }
        } else {
            problems.append(.init(pointer: "/expectedBy", detail: "Required: when an answer can be expected (YYYY-MM-DD)."))
        }
        try FieldRules.throwIfAny(problems)
        self.reason = code ?? .complexCase
        self.text = reasonText.flatMap { InterimReplyReason(rawValue: $0) == nil ? $0 : nil }
        self.expectedBy = expectedBy!
    }
}

extension AppealHandling {
    /// `POST /v1/appeals/{appealID}/klageinstans-outcome`.
    func klageinstansOutcome(_ appealID: AppealID, _ input: KlageinstansOutcomeInput, _ request: Request) async throws -> AppealView {
        let events = self.events
        let now = request.now
        let actor = request.actor
        return try await run(appealID, request, audit: .klageinstansOutcome) { appeal, viewer, connection in
            try Self.requireUnderinstans(viewer)
            // A changed decision is a new decision of the klageinstans (final: not appealable here).
            let newDecisionID: DecisionID? = input.outcome == .changed ? DecisionID() : nil
            return [try await Self.decide(.recordKlageinstansOutcome(input.outcome, newDecisionID: newDecisionID),
                                          newDecisionOutcome: input.newDecisionOutcome, appeal: &appeal, actor: actor, now: now,
                                          events: events, on: connection)]
        }
    }

    /// `POST /v1/appeals/{appealID}/interim-reply` (§ 11 a). Any number of replies while the appeal
    /// is open; the first from the municipality stops its § 11 a clock.
    func interimReply(_ appealID: AppealID, _ input: InterimReplyInput, _ request: Request) async throws -> AppealView {
        let events = self.events
        let now = request.now
        let actor = request.actor
        let timeZone = rules.timeZone
        return try await run(appealID, request, audit: .interimReply) { appeal, viewer, connection in
            try Self.requireUnderinstans(viewer)
            guard !appeal.state.stage.isClosed else { throw ProblemDetails.appealClosed }
            let reply: InterimReply
            do throws(KlageDomainError) {
                reply = try InterimReply(reason: input.reason, expectedBy: input.expectedBy, sentAt: now, timeZone: timeZone)
            } catch {
                throw error.problem()
            }
            let sentBy = Self.instance(for: appeal)
            if sentBy == .underinstans, appeal.interimReplySentAt == nil { appeal.interimReplySentAt = now }
            let id = try await events.publish(KlageEventTypes.interimReplySent, AppealEvents.interimReply(appeal, reply, sentBy: sentBy),
                                              caseID: appeal.caseID, at: now, on: connection)
            return [AppealStep(at: now, kind: .interimReply, actor: actor, stageAfter: appeal.state.stage,
                               codes: StepCodes(interimReplyReason: reply.reason, expectedBy: reply.expectedBy, sentBy: sentBy),
                               text: input.text, eventIDs: [id])]
        }
    }

    /// `POST /v1/appeals/{appealID}/postponement` (§ 42): a citizen party requests (once; asking
    /// again answers the request as it stands), the underinstans grants or refuses (the same
    /// answer again changes nothing; the other answer is 409).
    func postponement(_ appealID: AppealID, answer: PostponementStatus?, _ request: Request) async throws -> AppealView {
        let events = self.events
        let now = request.now
        let actor = request.actor
        return try await run(appealID, request, audit: .postponement) { appeal, viewer, connection in
            switch viewer {
            case .citizen:
                if appeal.postponement != nil { return [] }
                guard !appeal.state.stage.isClosed else { throw ProblemDetails.appealClosed }
                let requested = StoredPostponement(status: .requested, requestedAt: now, decidedAt: nil, decidedBy: nil)
                appeal.postponement = requested
                let id = try await events.publish(KlageEventTypes.executionPostponement, AppealEvents.postponement(appeal, requested, at: now),
                                                  caseID: appeal.caseID, at: now, on: connection)
                return [AppealStep(at: now, kind: .postponementRequested, actor: actor, stageAfter: appeal.state.stage,
                                   codes: StepCodes(), text: nil, eventIDs: [id])]
            case .employee:
                try Self.requireUnderinstans(viewer)
                guard let answer, answer != .requested else {
                    throw ProblemDetails.field("/answer", "Required: granted or refused.")
                }
                guard let current = appeal.postponement else {
                    throw ProblemDetails.stepNotAllowed("postponement-not-requested", "No postponement has been requested for this appeal.")
                }
                if current.status == answer { return [] }
                let instance = Self.instance(for: appeal)
                let decided: ExecutionPostponement
                do throws(KlageDomainError) {
                    let rule = try current.rule
                    decided = answer == .granted ? try rule.granted(by: instance, at: now) : try rule.refused(by: instance, at: now)
                } catch {
                    throw error.problem()
                }
                let stored = StoredPostponement(status: decided.status, requestedAt: decided.requestedAt, decidedAt: decided.decidedAt,
                                                decidedBy: decided.decidedBy)
                appeal.postponement = stored
                let id = try await events.publish(KlageEventTypes.executionPostponement, AppealEvents.postponement(appeal, stored, at: now),
                                                  caseID: appeal.caseID, at: now, on: connection)
                return [AppealStep(at: now, kind: answer == .granted ? .postponementGranted : .postponementRefused, actor: actor,
                                   stageAfter: appeal.state.stage, codes: StepCodes(decidedBy: instance), text: nil, eventIDs: [id])]
            }
        }
    }

    /// `POST /v1/appeals/{appealID}/completion` (§ 32): the appellant supplies the missing parts.
    func complete(_ appealID: AppealID, _ body: CompletionBody, _ request: Request) async throws -> AppealView {
        var problems: [ProblemDetails.FieldProblem] = []
        let changeWanted = FieldRules.text(body.changeWanted, pointer: "/changeWanted", problems: &problems)
        let reasons = FieldRules.text(body.reasons, pointer: "/reasons", problems: &problems)
        let attachments = FieldRules.attachments(body.attachments, problems: &problems)
        try FieldRules.throwIfAny(problems)
        let events = self.events
        let now = request.now
        let actor = request.actor
        return try await run(appealID, request, audit: .completeAppeal) { appeal, viewer, connection in
            guard case .citizen(let isAppellant) = viewer else { throw ProblemDetails.noSuchAppeal }
            guard isAppellant else { throw ProblemDetails.forbidden("Only the person who appealed can complete the appeal.") }
            guard appeal.state.stage == .awaitingCompletion else {
                throw ProblemDetails.stepNotAllowed("appeal-illegal-transition", "The appeal is not waiting for completion.")
            }
            appeal.changeWanted = changeWanted ?? appeal.changeWanted
            appeal.reasons = reasons ?? appeal.reasons
            appeal.attachments += attachments.filter { !appeal.attachments.contains($0) }
            let submission = AppealSubmission(
                caseID: appeal.caseID, service: appeal.service, decisionID: appeal.decisionID, changeWanted: appeal.changeWanted,
                reasons: appeal.reasons, attachments: appeal.attachments.map { AttachmentID($0) ?? AttachmentID() }, sentAt: appeal.filedAt)
            let form: FormCheck
            do throws(KlageDomainError) { form = try AppealFormRule.check(submission) } catch { throw error.problem() }
            guard form.isComplete else {
                throw ProblemDetails.validation(form.missing.map { part in
                    .init(pointer: part == .changeWanted ? "/changeWanted" : "/decisionID", detail: "Required: this part of the appeal is still missing.")
                })
            }
            try Self.apply(.complete(timeliness: nil), to: &appeal)
            appeal.missingParts = []
            appeal.completeBy = nil
            let id = try await events.publish(KlageEventTypes.appealCompleted, AppealEvents.completed(appeal, at: now),
                                              caseID: appeal.caseID, at: now, on: connection)
            return [AppealStep(at: now, kind: .completed, actor: actor, stageAfter: appeal.state.stage,
                               codes: StepCodes(timeliness: appeal.state.timeliness), text: nil, eventIDs: [id])]
        }
    }
}
