import InngangModels

/// A step in handling an appeal (forvaltningsloven §§ 31–34). Applied by ``AppealProcess``.
public enum AppealTransition: Sendable, Equatable {
    /// The appellant supplied the missing parts (§ 32). `timeliness`: computed with
    /// ``TimelinessRule`` from the *original* sending time, now that the decision is known;
    /// `nil` keeps the one computed at filing.
    case complete(timeliness: Timeliness?)
    /// The underinstans admits a late appeal (§ 31 first paragraph a or b).
    case admitLate(LateAdmissionGround)
    /// The underinstans changes its decision (§ 33 second paragraph); the change is a new
    /// decision recorded in application-status with `newDecisionID`.
    case reverse(ReversalScope, newDecisionID: DecisionID)
    /// The underinstans rejects the appeal as inadmissible; the rejection is itself a decision
    /// (`newDecisionID`) that can be appealed.
    case reject(RejectionReason, newDecisionID: DecisionID)
    /// The underinstans upholds its decision and sends the case to the klageinstans "as soon as
    /// the case is prepared" (§ 33 fourth paragraph), with its statement (kept by the service).
    case forward(to: Klageinstans)
    /// The klageinstans's decision (§ 34); `newDecisionID` when it made a new decision.
    case recordKlageinstansOutcome(KlageinstansOutcome, newDecisionID: DecisionID?)

    /// The transition's name, for errors, logs and "what can be done now" lists.
    public var name: Name {
        switch self {
        case .complete: .complete
        case .admitLate: .admitLate
        case .reverse: .reverse
        case .reject: .reject
        case .forward: .forward
        case .recordKlageinstansOutcome: .recordKlageinstansOutcome
        }
    }

    public enum Name: String, Sendable, Codable, CaseIterable {
        case complete
        case admitLate = "admit-late"
        case reverse
        case reject
        case forward
        case recordKlageinstansOutcome = "record-klageinstans-outcome"
    }
}
