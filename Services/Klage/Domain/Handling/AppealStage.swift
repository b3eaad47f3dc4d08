import InngangModels

/// Where an appeal is. A code, stored and shown.
///
/// ```
///                    complete                      reverse(full) ──▶ reversed
/// awaitingCompletion ────────▶ underPreparation ── reverse(partial) ─▶ partlyReversed ─┐
///        │                        │   │                                                 │ forward
///        └──── reject ───┐        │   └── forward ──▶ forwarded ◀───────────────────────┘
///                        ▼        │                     │ recordKlageinstansOutcome
///                     rejected ◀──┘ reject              ▼
///                                          upheld / changed / quashed / rejectedByKlageinstans
/// ```
public enum AppealStage: String, Sendable, Codable, CaseIterable {
    /// Registered, but a required part is missing (§ 32); waiting for the appellant.
    case awaitingCompletion = "awaiting-completion"
    /// With the municipality as underinstans, which prepares the case (§ 33).
    case underPreparation = "under-preparation"
    /// The underinstans changed part of its decision (a new decision); the rest of the appeal
    /// goes on to the klageinstans unless the appellant withdraws it.
    case partlyReversed = "partly-reversed"
    /// The underinstans changed its decision fully (a new decision). Closed.
    case reversed
    /// The underinstans rejected the appeal as inadmissible (avvisning; an appealable new
    /// decision). Closed.
    case rejected
    /// Upheld by the underinstans and sent to the klageinstans with its statement (§ 33).
    case forwarded
    /// The klageinstans upheld the decision (§ 34). Closed.
    case upheld
    /// The klageinstans changed the decision (§ 34: a new decision in the case). Closed.
    case changed
    /// The klageinstans quashed the decision and sent the case back for new handling. Closed.
    case quashed
    /// The klageinstans rejected the appeal as inadmissible (§ 34 first paragraph). Closed.
    case rejectedByKlageinstans = "rejected-by-klageinstans"

    /// Whether the appeal is finished (no transition leads out).
    public var isClosed: Bool {
        switch self {
        case .awaitingCompletion, .underPreparation, .partlyReversed, .forwarded: false
        case .reversed, .rejected, .upheld, .changed, .quashed, .rejectedByKlageinstans: true
        }
    }

    /// Whether the municipality is the one that owes the next step (its § 11 a clock runs).
    public var isWithUnderinstans: Bool {
        self == .awaitingCompletion || self == .underPreparation || self == .partlyReversed
    }
}

/// How much of the decision the underinstans changed (§ 33 second paragraph).
public enum ReversalScope: String, Sendable, Codable, CaseIterable {
    case full
    case partial
}

/// Why the underinstans or klageinstans rejects an appeal as inadmissible (avvisning). A code.
public enum RejectionReason: String, Sendable, Codable, CaseIterable {
    /// Late and not admitted under § 31 first paragraph.
    case late
    /// More than one year after the decision (§ 31 third paragraph).
    case beyondAbsoluteLimit = "beyond-absolute-limit"
    /// The appellant is not a party (§ 28).
    case notAParty = "not-a-party"
    /// Still incomplete after the completion deadline (§ 32).
    case notCompleted = "not-completed"
    /// What was appealed is not an appealable individual decision.
    case notAppealable = "not-appealable"
}

/// What the klageinstans decided (§ 34).
public enum KlageinstansOutcome: String, Sendable, Codable, CaseIterable {
    case upheld
    case changed
    case quashed
    case rejected

    var stage: AppealStage {
        switch self {
        case .upheld: .upheld
        case .changed: .changed
        case .quashed: .quashed
        case .rejected: .rejectedByKlageinstans
        }
    }
}
