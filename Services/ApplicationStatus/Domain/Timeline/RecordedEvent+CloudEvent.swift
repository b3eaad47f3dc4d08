import InngangModels

extension RecordedEvent {
    /// Reads a consumed CloudEvent into a timeline event.
    ///
    /// Returns `nil` for event types the timeline does not use (consent events, failed
    /// notifications, deliveries other than decision notices, and — until their payloads are in
    /// the contract — `case-closed` and the klage events): the consumer acknowledges and skips them.
    /// Throws ``ApplicationStatusDomainError/Code/unreadableEvent`` when a known type's payload
    /// cannot be decoded (dead-letter it); the message names the type and path, never values.
    public init?(cloudEvent: CloudEvent) throws(ApplicationStatusDomainError) {
        guard let type = cloudEvent.eventType else { return nil }
        let event: TimelineEvent
        do {
            switch type {
            case .intakeCaseReceived: event = .caseReceived(try cloudEvent.decodeData())
            case .intakeCaseRouted: event = .caseRouted(try cloudEvent.decodeData())
            case .intakeCoordinatorAssigned: event = .coordinatorAssigned(try cloudEvent.decodeData())
            case .statusProgressReported: event = .progressReported(try cloudEvent.decodeData())
            case .statusDocumentationRequested: event = .documentationRequested(try cloudEvent.decodeData())
            case .statusDocumentationReceived: event = .documentationReceived(try cloudEvent.decodeData())
            case .statusMeetingScheduled: event = .meetingScheduled(try cloudEvent.decodeData())
            case .statusMeetingCancelled: event = .meetingCancelled(try cloudEvent.decodeData())
            case .statusInterimReplySent: event = .interimReplySent(try cloudEvent.decodeData())
            case .statusDecisionMade: event = .decisionMade(try cloudEvent.decodeData())
            case .notificationDelivered:
                let delivered: NotificationDeliveredV1 = try cloudEvent.decodeData()
                guard delivered.purpose == .decisionMade, delivered.decisionID != nil else { return nil }
                event = .notificationDelivered(delivered)
            default:
                return nil
            }
        } catch {
            throw ApplicationStatusDomainError(.unreadableEvent, error.message)
        }
        self.init(id: cloudEvent.id, event: event)
    }
}
