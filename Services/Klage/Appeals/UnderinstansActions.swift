import Foundation
import InngangModels
import InngangPostgres
import InngangService
import KlageDomain

/// What the municipality as underinstans does with an appeal (§§ 31, 33).
enum UnderinstansAction: Sendable {
    /// Changes its decision fully or partly: a new decision.
    case reverse(ReversalScope)
    /// Rejects the appeal as inadmissible (avvisning): a new, appealable decision.
    case reject(RejectionReason)
    /// Upholds its decision and sends the appeal to the klageinstans with its statement.
    case forward(statement: String)
    /// Admits a late appeal (§ 31 first paragraph).
    case admitLate(LateAdmissionGround)

    static let names = ["reverse", "reject", "forward", "admit-late"]

    /// The action in the body, or a 422 naming every field problem.
    init(_ body: UnderinstansBody) throws {
        var problems: [ProblemDetails.FieldProblem] = []
        switch body.action {
        case "reverse":
            let scope = FieldRules.code(body.extent, as: ReversalScope.self, pointer: "/extent", problems: &problems)
            try FieldRules.throwIfAny(problems)
            self = .reverse(scope!)
        case "reject":
            let reason = FieldRules.code(body.reason, as: RejectionReason.self, pointer: "/reason", problems: &problems)
            try FieldRules.throwIfAny(problems)
            self = .reject(reason!)
        case "forward":
            let statement = FieldRules.text(body.statement, pointer: "/statement", problems: &problems)
            if statement == nil { problems.append(.init(pointer: "/statement", detail: "Required: the underinstans's statement.")) }
            try FieldRules.throwIfAny(problems)
            self = .forward(statement: statement!)
        case "admit-late":
            let ground = FieldRules.code(body.ground ?? LateAdmissionGround.specialReasons.rawValue, as: LateAdmissionGround.self,
                                         pointer: "/ground", problems: &problems)
            try FieldRules.throwIfAny(problems)
            self = .admitLate(ground!)
        default:
            throw ProblemDetails.field("/action", "Required: one of \(Self.names.joined(separator: ", ")).")
        }
    }
}

extension AppealHandling {
    /// `POST /v1/appeals/{appealID}/underinstans`.
    func underinstans(_ appealID: AppealID, _ action: UnderinstansAction, _ request: Request) async throws -> AppealView {
        let events = self.events
        let now = request.now
        let actor = request.actor
        return try await run(appealID, request, audit: .underinstansStep) { appeal, viewer, connection in
            try Self.requireUnderinstans(viewer)
            switch action {
            case .reverse(let scope):
                let outcome: DecisionOutcome = scope == .full ? .granted : .partlyGranted
                return [try await Self.decide(.reverse(scope, newDecisionID: DecisionID()), newDecisionOutcome: outcome, appeal: &appeal,
                                              actor: actor, now: now, events: events, on: connection)]
            case .reject(let reason):
                return [try await Self.decide(.reject(reason, newDecisionID: DecisionID()), newDecisionOutcome: .dismissed, appeal: &appeal,
                                              actor: actor, now: now, events: events, on: connection)]
            case .forward(let statement):
                let klageinstans = appeal.klageinstans
                try Self.apply(.forward(to: klageinstans), to: &appeal)
                Self.markAnswered(&appeal, at: now)
                let id = try await events.publish(KlageEventTypes.appealForwarded, AppealEvents.forwarded(appeal, to: klageinstans, at: now),
                                                  caseID: appeal.caseID, at: now, on: connection)
                return [AppealStep(at: now, kind: .forwarded, actor: actor, stageAfter: appeal.state.stage,
                                   codes: StepCodes(klageinstans: klageinstans), text: statement, eventIDs: [id])]
            case .admitLate(let ground):
                try Self.apply(.admitLate(ground), to: &appeal)
                // No event: the catalogue has no type for an admission yet (the step is in the history).
                return [AppealStep(at: now, kind: .lateAdmitted, actor: actor, stageAfter: appeal.state.stage,
                                   codes: StepCodes(lateAdmission: ground), text: nil, eventIDs: [])]
            }
        }
    }

    /// A decision on the appeal (the underinstans's reversal or rejection, or the klageinstans's
    /// outcome): applies the transition, records the result (and, for the municipality's own new
    /// decisions, the decision itself, which can be appealed), publishes appeal-decided.
    static func decide(_ transition: AppealTransition, newDecisionOutcome: DecisionOutcome?, appeal: inout StoredAppeal,
                       actor: String, now: Date, events: AppealEvents, on connection: PostgresConnection) async throws -> AppealStep {
        try apply(transition, to: &appeal)
        markAnswered(&appeal, at: now)
        guard let outcome = AppealOutcome(transition) else {
            throw KlageServiceError(.corruptProjection, "The transition \(transition.name.rawValue) decides nothing")
        }
        let newDecisionID: DecisionID? = switch transition {
        case .reverse(_, let id), .reject(_, let id): id
        case .recordKlageinstansOutcome(_, let id): id
        case .complete, .admitLate, .forward: nil
        }
        var rejectionReason: RejectionReason?
        if case .reject(let reason, _) = transition { rejectionReason = reason }
        let result = StoredResult(result: outcome.resultCode, decidedBy: outcome.decidedBy, scope: outcome.scope,
                                  rejectionReason: rejectionReason, newDecisionID: newDecisionID,
                                  newDecisionOutcome: newDecisionID == nil ? nil : newDecisionOutcome, decidedAt: now)
        appeal.result = result
        if outcome.decidedBy == .underinstans, let newDecisionID, let newDecisionOutcome {
            let decision = DecisionFacts(decisionID: newDecisionID, caseID: appeal.caseID, service: appeal.service,
                                         outcome: newDecisionOutcome, decisionDate: LocalDate(now, in: .oslo))
            try await CaseProjection.recordDecision(decision, madeAt: now, source: "klage", appealID: appeal.appealID, on: connection)
        }
        let id = try await events.publish(KlageEventTypes.appealDecided, AppealEvents.decided(appeal, result),
                                          caseID: appeal.caseID, at: now, on: connection)
        var codes = StepCodes(scope: outcome.scope, rejectionReason: rejectionReason, newDecisionID: result.newDecisionID,
                              newDecisionOutcome: result.newDecisionOutcome, decidedBy: outcome.decidedBy)
        var kind = AppealStepKind.klageinstansOutcome
        switch transition {
        case .reverse: kind = .reversed
        case .reject: kind = .rejected
        case .recordKlageinstansOutcome(let klageinstansOutcome, _):
            codes.klageinstansOutcome = klageinstansOutcome
            codes.klageinstans = appeal.state.klageinstans
        case .complete, .admitLate, .forward: break
        }
        return AppealStep(at: now, kind: kind, actor: actor, stageAfter: appeal.state.stage, codes: codes, text: nil, eventIDs: [id])
    }
}
