import InngangModels

/// What happens next in one service's part of the case.
public enum NextStep: Sendable, Equatable {
    /// Routed; the service will start. Expected answer when a processing time is published.
    case serviceWillStart(ExpectedAnswer?)
    /// The service is assessing the case.
    case serviceIsAssessing(ExpectedAnswer?)
    /// The family must send documentation (earliest open due date); the answer follows.
    case familySendsDocumentation(dueDate: LocalDate, expected: ExpectedAnswer?)
    /// An interim reply promised an answer by a date.
    case answerPromised(ExpectedAnswer?)
    /// A refusal, partial grant or dismissal the family may appeal.
    case familyMayAppeal(AppealDeadline)
    /// An appeal is being handled (with the appeal's interim-reply date, if any).
    case appealBeingHandled(expectedBy: LocalDate?)
    /// Decided and nothing pending (granted, appeal decided, or the deadline passed).
    case nothingPending
    /// The service closed its part.
    case closed

    /// A stable code for JSON.
    public var code: String {
        switch self {
        case .serviceWillStart: "service-will-start"
        case .serviceIsAssessing: "service-is-assessing"
        case .familySendsDocumentation: "family-sends-documentation"
        case .answerPromised: "answer-promised"
        case .familyMayAppeal: "family-may-appeal"
        case .appealBeingHandled: "appeal-being-handled"
        case .nothingPending: "nothing-pending"
        case .closed: "closed"
        }
    }

    /// The expected answer this step carries, if any.
    public var expected: ExpectedAnswer? {
        switch self {
        case .serviceWillStart(let e), .serviceIsAssessing(let e), .answerPromised(let e): e
        case .familySendsDocumentation(_, let e): e
        default: nil
        }
    }
}

/// Derives ``NextStep`` from the service's state, its expected answer (``ExpectedDateRule``)
/// and, once decided, the latest decision's appeal status (``AppealDeadlineRule``) — or an
/// appeal against an earlier decision of the service that is still being handled.
public enum NextStepRule {
    public static func nextStep(
        for service: ServiceCode, in timeline: CaseTimeline, processingTimes: [ServiceCode: Int], today: LocalDate
    ) -> NextStep {
        let expected = ExpectedDateRule.expectedAnswer(for: service, in: timeline, processingTimes: processingTimes, today: today)
        switch timeline.state(of: service) {
        case .received: return .serviceWillStart(expected)
        case .inProgress: return .serviceIsAssessing(expected)
        case .interimReply: return .answerPromised(expected)
        case .documentationRequested:
            let due = timeline.openTasks.filter { $0.service == service }.compactMap(\.dueDate).min()!
            return .familySendsDocumentation(dueDate: due, expected: expected)
        case .closed: return .closed
        case .decided:
            guard let decision = timeline.latestDecision(for: service) else { return .nothingPending }
            // An appeal still being handled against an earlier decision (the rest of a partly
            // reversed decision forwarded to the klageinstans) comes first.
            if decision.appeal == nil,
                let pending = timeline.decisions(for: service).first(where: { $0.appeal.map { $0.stage != nil && !$0.isDecided } ?? false })
            {
                return .appealBeingHandled(expectedBy: pending.appeal?.pendingExpectedBy)
            }
            switch AppealDeadlineRule.status(of: decision, today: today) {
            case .open: return .familyMayAppeal(AppealDeadlineRule.deadline(for: decision)!)
            case .filed: return .appealBeingHandled(expectedBy: decision.appeal?.pendingExpectedBy)
            // The deadline is interrupted until the reasons are given: nothing for the family to
            // do now (the appeal section says the deadline runs anew).
            case .awaitingReasons: return .nothingPending
            case .decided, .deadlinePassed, nil:
                // The appeal was rejected (avvist): that rejection may itself be appealed.
                let rejection = timeline.decisions(for: service).first {
                    $0.rejectsAppeal && AppealDeadlineRule.status(of: $0, today: today) == .open
                }
                return rejection.map { .familyMayAppeal(AppealDeadlineRule.deadline(for: $0)!) } ?? .nothingPending
            }
        }
    }
}
