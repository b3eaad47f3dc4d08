import InngangModels

/// **Who may ask for a consent**: the family's coordinator (familielos / barnekoordinator), whose
/// task is coordinating across services, may request consent for sharing between any services; a
/// caseworker only for sharing their own service takes part in (as a sharing or a receiving
/// service). Keeps one service from setting up consents between others behind the family's
/// coordinator's back.
public enum ConsentRequestAuthority {
    public static func mayRequest(_ draft: ConsentRequestDraft, requesterService: ServiceCode, isCoordinator: Bool) -> Bool {
        isCoordinator || draft.sharingServices.contains(requesterService) || draft.receivingServices.contains(requesterService)
    }
}
