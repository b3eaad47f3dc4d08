import InngangModels

/// How an appeal ended, as the family and the events see it.
public enum AppealOutcome: Sendable, Equatable {
    /// The municipality changed its decision (fully or partly): a new decision.
    case reversed(ReversalScope)
    /// The municipality rejected the appeal as inadmissible (appealable).
    case rejected
    /// The klageinstans upheld the decision.
    case upheld
    /// The klageinstans changed the decision.
    case changed
    /// The klageinstans quashed the decision and sent the case back.
    case quashed
    /// The klageinstans rejected the appeal as inadmissible.
    case rejectedByKlageinstans

    /// The outcome a transition records, or `nil` for steps that decide nothing
    /// (complete, admit late, forward).
    public init?(_ transition: AppealTransition) {
        switch transition {
        case .reverse(let scope, _): self = .reversed(scope)
        case .reject: self = .rejected
        case .recordKlageinstansOutcome(let outcome, _):
            switch outcome {
            case .upheld: self = .upheld
            case .changed: self = .changed
            case .quashed: self = .quashed
            case .rejected: self = .rejectedByKlageinstans
            }
        case .complete, .admitLate, .forward: return nil
        }
    }

    public var decidedBy: AppealInstance {
        switch self {
        case .reversed, .rejected: .underinstans
        case .upheld, .changed, .quashed, .rejectedByKlageinstans: .klageinstans
        }
    }

    /// The result code in ``AppealDecidedV1`` (same raw values as application-status's
    /// `AppealFact.AppealResult`).
    public var resultCode: AppealResultCode {
        switch self {
        case .reversed: .reversed
        case .rejected, .rejectedByKlageinstans: .rejected
        case .upheld: .upheld
        case .changed: .changed
        case .quashed: .quashed
        }
    }

    public var scope: ReversalScope? {
        if case .reversed(let scope) = self { scope } else { nil }
    }
}
