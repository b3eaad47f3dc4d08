import InngangModels

/// **Handling an appeal: the underinstans and the klageinstans** (forvaltningsloven §§ 31–34),
/// as a state machine with named transitions (see the diagram on ``AppealStage``).
///
/// | transition | allowed from | also requires |
/// |---|---|---|
/// | `complete` | awaitingCompletion | timeliness known afterwards |
/// | `admitLate` | awaitingCompletion, underPreparation | late (not beyond a year), not admitted yet |
/// | `reverse` | underPreparation | may be considered (in time, or late and admitted) |
/// | `reject` | awaitingCompletion, underPreparation | — (always possible: it is the answer to an appeal that cannot be considered) |
/// | `forward` | underPreparation, partlyReversed | may be considered |
/// | `recordKlageinstansOutcome` | forwarded | — |
///
/// Sources: § 33 (the underinstans prepares, may change its decision, rejects an appeal that
/// cannot be considered, otherwise sends the case to the klageinstans as soon as it is prepared);
/// § 34 (the klageinstans rejects an inadmissible appeal, or upholds, makes a new decision, or
/// quashes and sends the case back); § 31 (late appeals) — recalled from the act and confirmed in
/// outline by Sivilombudet's statements on § 31 and Askøy kommune's delegation rules on §§ 28–34.
/// A late appeal may not be reversed or forwarded before it is admitted; one beyond the year
/// can only be rejected. (The underinstans's own power to change a decision without an appeal,
/// § 35, is a different basis and not modelled here.)
public enum AppealProcess {
    /// Applies `transition` to `state`, or throws ``KlageDomainError/Code/illegalTransition``
    /// (or a more precise code) when the law does not allow it.
    public static func apply(_ transition: AppealTransition, to state: AppealState) throws(KlageDomainError) -> AppealState {
        var next = state
        switch transition {
        case .complete(let timeliness):
            try require(.complete, in: state)
            next.timeliness = timeliness ?? state.timeliness
            guard next.timeliness != nil else {
                throw KlageDomainError(.timelinessUndetermined, "A completed appeal must name its decision so that timeliness is known")
            }
            next.stage = .underPreparation
        case .admitLate(let ground):
            try require(.admitLate, in: state)
            next.lateAdmission = ground
        case .reverse(let scope, _):
            try require(.reverse, in: state)
            next.stage = scope == .full ? .reversed : .partlyReversed
        case .reject:
            try require(.reject, in: state)
            next.stage = .rejected
        case .forward(let klageinstans):
            try require(.forward, in: state)
            next.stage = .forwarded
            next.klageinstans = klageinstans
        case .recordKlageinstansOutcome(let outcome, _):
            try require(.recordKlageinstansOutcome, in: state)
            next.stage = outcome.stage
        }
        return next
    }

    /// The transitions allowed in `state` (for the caseworker's "what can be done now").
    public static func allowedTransitions(in state: AppealState) -> [AppealTransition.Name] {
        AppealTransition.Name.allCases.filter { failure(of: $0, in: state) == nil }
    }

    static let allowedFrom: [AppealTransition.Name: Set<AppealStage>] = [
        .complete: [.awaitingCompletion],
        .admitLate: [.awaitingCompletion, .underPreparation],
        .reverse: [.underPreparation],
        .reject: [.awaitingCompletion, .underPreparation],
        .forward: [.underPreparation, .partlyReversed],
        .recordKlageinstansOutcome: [.forwarded],
    ]

    static func require(_ name: AppealTransition.Name, in state: AppealState) throws(KlageDomainError) {
        if let error = failure(of: name, in: state) { throw error }
    }

    static func failure(of name: AppealTransition.Name, in state: AppealState) -> KlageDomainError? {
        guard allowedFrom[name, default: []].contains(state.stage) else {
            return KlageDomainError(.illegalTransition, "Cannot \(name.rawValue) an appeal that is \(state.stage.rawValue)")
        }
        switch name {
        case .admitLate:
            switch state.timeliness {
            case nil: return KlageDomainError(.timelinessUndetermined, "Timeliness is not known until the appeal names its decision")
            case .inTime: return KlageDomainError(.notLate, "The appeal came in time; there is nothing to admit")
            case .beyondAbsoluteLimit: return cannotBeConsidered
            case .lateForAssessment:
                if state.lateAdmission != nil { return KlageDomainError(.alreadyAdmitted, "The late appeal was already admitted") }
            }
        case .reverse, .forward:
            switch state.timeliness {
            case nil: return KlageDomainError(.timelinessUndetermined, "Timeliness is not known until the appeal names its decision")
            case .beyondAbsoluteLimit: return cannotBeConsidered
            case .lateForAssessment where state.lateAdmission == nil:
                return KlageDomainError(.lateAppealNotAdmitted, "A late appeal must be admitted (§ 31) or rejected first")
            case .inTime, .lateForAssessment: break
            }
        case .complete, .reject, .recordKlageinstansOutcome: break
        }
        return nil
    }

    static var cannotBeConsidered: KlageDomainError {
        KlageDomainError(.cannotBeConsidered, "More than one year after the decision the appeal cannot be considered (§ 31); reject it")
    }
}
