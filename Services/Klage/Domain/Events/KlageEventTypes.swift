import InngangModels

/// The klage event types: the four already in the catalogue (``EventType/klageAppealFiled`` …)
/// and three new ones this module's payloads need, to be registered in
/// `Shared/InngangModels/Events/EventCatalog.swift` (topic ``InngangTopic/klage``) by the lead.
public enum KlageEventTypes {
    public static let appealFiled = EventType.klageAppealFiled
    public static let appealForwarded = EventType.klageAppealForwarded
    public static let appealDecided = EventType.klageAppealDecided
    public static let interimReplySent = EventType.klageInterimReplySent
    /// New: ``AppealCompletionRequestedV1``.
    public static let appealCompletionRequested = EventType("no.inngang.klage.appeal-completion-requested", version: 1)
    /// New: ``AppealCompletedV1``.
    public static let appealCompleted = EventType("no.inngang.klage.appeal-completed", version: 1)
    /// New: ``ExecutionPostponementV1``.
    public static let executionPostponement = EventType("no.inngang.klage.execution-postponement", version: 1)

    /// Every klage event type with its payload type.
    public static let payloads: [(EventType, any (Codable & Sendable).Type)] = [
        (appealFiled, AppealFiledV1.self), (appealCompletionRequested, AppealCompletionRequestedV1.self),
        (appealCompleted, AppealCompletedV1.self), (appealForwarded, AppealForwardedV1.self),
        (appealDecided, AppealDecidedV1.self), (interimReplySent, AppealInterimReplySentV1.self),
        (executionPostponement, ExecutionPostponementV1.self),
    ]
}
