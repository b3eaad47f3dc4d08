/// The kinds of report a caseworker (or their case system) sends about one service's part of a
/// case, and the state machine deciding which are allowed when.
public enum ReportKind: String, Sendable, CaseIterable, Codable {
    case inProgress = "in-progress"
    case documentationRequested = "documentation-requested"
    /// The family's documentation came in (closes the task).
    case documentationReceived = "documentation-received"
    case meetingScheduled = "meeting-scheduled"
    case meetingCancelled = "meeting-cancelled"
    case interimReply = "interim-reply"
    case decision
    /// Closing the service's part (no input struct yet: the event has no payload in the contract).
    case close

    /// Whether a report of this kind is allowed while the service is in `state`.
    ///
    /// | state \\ report          | in progress | doc. requested / received | meeting | interim reply | decision | close |
    /// |-------------------------|-------------|---------------------------|---------|---------------|----------|-------|
    /// | received                | yes         | yes                       | yes     | yes           | yes      | no    |
    /// | in progress             | no (already)| yes                       | yes     | yes           | yes      | no    |
    /// | documentation requested | yes         | yes                       | yes     | yes           | yes      | no    |
    /// | interim reply           | yes         | yes                       | yes     | yes (new date)| yes      | no    |
    /// | decided                 | yes (reopen)| yes                       | yes     | no            | yes (new)| yes   |
    /// | closed                  | no          | no                        | no      | no            | no       | no    |
    ///
    /// - After a decision the service may work again (the case came back after an appeal):
    ///   in progress and documentation requests reopen it; an interim reply needs a pending
    ///   answer, so it is not allowed on a decided service until it has been reopened.
    /// - A second decision is recorded as a new decision with its own id (a reversal after
    ///   appeal, or a new decision on a new question); it never overwrites the first, which keeps
    ///   its own appeal deadline in the history.
    /// - Meetings may be held after a decision (e.g. to start the measure).
    /// - Closing is allowed only after a decision.
    public func isAllowed(in state: ServiceState) -> Bool {
        switch (state, self) {
        case (.closed, _): false
        case (.inProgress, .inProgress): false
        case (.decided, .interimReply): false
        case (.decided, .close): true
        case (_, .close): false
        default: true
        }
    }
}
