import InngangModels

/// The klage event types (all in the catalogue, `Shared/InngangModels/Events/EventCatalog.swift`,
/// topic ``InngangTopic/klage``) with their payload types.
public enum KlageEventTypes {
    public static let appealFiled = EventType.klageAppealFiled
    public static let appealForwarded = EventType.klageAppealForwarded
    public static let appealDecided = EventType.klageAppealDecided
    public static let interimReplySent = EventType.klageInterimReplySent
    /// New: ``AppealCompletionRequestedV1``.
    public static let appealCompletionRequested = EventType.klageAppealCompletionRequested
    /// New: ``AppealCompletedV1``.
    public static let appealCompleted = EventType.klageAppealCompleted
    /// New: ``ExecutionPostponementV1``.
    public static let executionPostponement = EventType.klageExecutionPostponement
    /// New: ``ReasonsRequestedV1``.
    public static let reasonsRequested = EventType.klageReasonsRequested
    /// New: ``ReasonsGivenV1``.
    public static let reasonsGiven = EventType.klageReasonsGiven

    /// Every klage event type with its payload type.
    public static let payloads: [(EventType, any (Codable & Sendable).Type)] = [
        (appealFiled, AppealFiledV1.self), (appealCompletionRequested, AppealCompletionRequestedV1.self),
        (appealCompleted, AppealCompletedV1.self), (appealForwarded, AppealForwardedV1.self),
        (appealDecided, AppealDecidedV1.self), (interimReplySent, AppealInterimReplySentV1.self),
        (executionPostponement, ExecutionPostponementV1.self),
        (reasonsRequested, ReasonsRequestedV1.self), (reasonsGiven, ReasonsGivenV1.self),
    ]
}
