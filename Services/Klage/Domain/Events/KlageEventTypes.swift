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

    /// Every klage event type with its payload type.
    public static let payloads: [(EventType, any (Codable & Sendable).Type)] = [
        (appealFiled, AppealFiledV1.self), (appealCompletionRequested, AppealCompletionRequestedV1.self),
        (appealCompleted, AppealCompletedV1.self), (appealForwarded, AppealForwardedV1.self),
        (appealDecided, AppealDecidedV1.self), (interimReplySent, AppealInterimReplySentV1.self),
        (executionPostponement, ExecutionPostponementV1.self),
    ]
}
