import InngangModels
import Testing

@testable import KlageDomain

/// forvaltningsloven §§ 31–34: the underinstans reverses (fully or partly), rejects, or upholds
/// and forwards; the klageinstans upholds, changes, quashes or rejects. Everything else is refused.
@Suite struct AppealProcessTests {
    let newDecision = DecisionID()

    func apply(_ transitions: [AppealTransition], from state: AppealState = .preparing()) throws -> AppealState {
        try transitions.reduce(state) { try AppealProcess.apply($1, to: $0) }
    }

    func code(_ transitions: [AppealTransition], from state: AppealState = .preparing()) -> KlageDomainError.Code? {
        do { _ = try apply(transitions, from: state); return nil } catch let error as KlageDomainError { return error.code } catch { return nil }
    }

    // MARK: underinstans (§ 33)

    @Test func underinstansReversesFully() throws {
        let state = try apply([.reverse(.full, newDecisionID: newDecision)])
        #expect(state.stage == .reversed)
        #expect(state.stage.isClosed)
        #expect(AppealOutcome(.reverse(.full, newDecisionID: newDecision)) == .reversed(.full))
    }

    @Test func underinstansReversesPartlyAndForwardsTheRest() throws {
        let partly = try apply([.reverse(.partial, newDecisionID: newDecision)])
        #expect(partly.stage == .partlyReversed)
        #expect(!partly.stage.isClosed)
        #expect(try apply([.forward(to: .statsforvalteren)], from: partly).stage == .forwarded)
    }

    @Test func underinstansRejectsAsInadmissible() throws {
        let state = try apply([.reject(.notAParty, newDecisionID: newDecision)])
        #expect(state.stage == .rejected)
        #expect(AppealOutcome(.reject(.notAParty, newDecisionID: newDecision))?.decidedBy == .underinstans)
    }

    @Test func underinstansUpholdsAndForwardsToTheKlageinstans() throws {
        let state = try apply([.forward(to: .statsforvalteren)])
        #expect(state.stage == .forwarded)
        #expect(state.klageinstans == .statsforvalteren)
    }

    @Test func incompleteAppealIsCompletedThenHandled() throws {
        let state = try apply([.complete(timeliness: .inTime), .forward(to: .statsforvalteren)],
                              from: .filed(complete: false, timeliness: nil))
        #expect(state.stage == .forwarded)
        #expect(state.timeliness == .inTime)
    }

    @Test func appealNotCompletedInTimeCanBeRejected() throws {
        #expect(try apply([.reject(.notCompleted, newDecisionID: newDecision)], from: .filed(complete: false, timeliness: .inTime)).stage == .rejected)
    }

    @Test func completionMustMakeTimelinessKnown() {
        #expect(code([.complete(timeliness: nil)], from: .filed(complete: false, timeliness: nil)) == .timelinessUndetermined)
    }

    // MARK: klageinstans (§ 34)

    @Test func klageinstansOutcomesCloseTheAppeal() throws {
        let forwarded = try apply([.forward(to: .statsforvalteren)])
        let expected: [KlageinstansOutcome: (AppealStage, AppealOutcome)] = [
            .upheld: (.upheld, .upheld), .changed: (.changed, .changed), .quashed: (.quashed, .quashed),
            .rejected: (.rejectedByKlageinstans, .rejectedByKlageinstans),
        ]
        for (outcome, (stage, appealOutcome)) in expected {
            let transition = AppealTransition.recordKlageinstansOutcome(outcome, newDecisionID: nil)
            let state = try AppealProcess.apply(transition, to: forwarded)
            #expect(state.stage == stage)
            #expect(state.stage.isClosed)
            #expect(AppealOutcome(transition) == appealOutcome)
            #expect(appealOutcome.decidedBy == .klageinstans)
        }
    }

    // MARK: illegal transitions

    @Test func illegalTransitionIsRejected() {
        #expect(code([.recordKlageinstansOutcome(.upheld, newDecisionID: nil)]) == .illegalTransition)
        #expect(code([.reverse(.full, newDecisionID: newDecision), .forward(to: .statsforvalteren)]) == .illegalTransition)
        #expect(code([.forward(to: .statsforvalteren), .reject(.late, newDecisionID: newDecision)]) == .illegalTransition)
        #expect(code([.complete(timeliness: .inTime)]) == .illegalTransition)
        #expect(code([.forward(to: .statsforvalteren), .recordKlageinstansOutcome(.upheld, newDecisionID: nil),
                      .recordKlageinstansOutcome(.changed, newDecisionID: nil)]) == .illegalTransition)
    }

    @Test func closedAppealAllowsNothing() throws {
        let closed = try apply([.reject(.late, newDecisionID: newDecision)])
        #expect(AppealProcess.allowedTransitions(in: closed).isEmpty)
    }

    // MARK: late appeals (§ 31)

    @Test func lateAppealMustBeAdmittedBeforeItIsForwardedOrReversed() throws {
        let late = AppealState.preparing(.lateForAssessment)
        #expect(code([.forward(to: .statsforvalteren)], from: late) == .lateAppealNotAdmitted)
        #expect(code([.reverse(.full, newDecisionID: newDecision)], from: late) == .lateAppealNotAdmitted)
        let admitted = try apply([.admitLate(.partyNotToBlame), .forward(to: .statsforvalteren)], from: late)
        #expect(admitted.stage == .forwarded)
        #expect(admitted.lateAdmission == .partyNotToBlame)
    }

    @Test func lateAppealMayBeRejectedWithoutAdmission() throws {
        #expect(try apply([.reject(.late, newDecisionID: newDecision)], from: .preparing(.lateForAssessment)).stage == .rejected)
    }

    @Test func appealBeyondTheYearCanOnlyBeRejected() {
        let beyond = AppealState.preparing(.beyondAbsoluteLimit)
        #expect(code([.admitLate(.specialReasons)], from: beyond) == .cannotBeConsidered)
        #expect(code([.forward(to: .statsforvalteren)], from: beyond) == .cannotBeConsidered)
        #expect(AppealProcess.allowedTransitions(in: beyond) == [.reject])
    }

    @Test func timelyAppealHasNothingToAdmitAndAdmissionHappensOnce() {
        #expect(code([.admitLate(.specialReasons)]) == .notLate)
        #expect(code([.admitLate(.specialReasons), .admitLate(.partyNotToBlame)], from: .preparing(.lateForAssessment)) == .alreadyAdmitted)
    }

    @Test func allowedTransitionsForAFreshTimelyAppeal() {
        #expect(AppealProcess.allowedTransitions(in: .preparing()) == [.reverse, .reject, .forward])
    }
}
