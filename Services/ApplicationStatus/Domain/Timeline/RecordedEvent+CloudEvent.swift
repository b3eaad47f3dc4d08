import InngangModels

extension RecordedEvent {
    /// Reads a consumed CloudEvent into a timeline event.
    ///
    /// Returns `nil` for event types the timeline does not use (consent events, failed
    /// notifications, deliveries other than decision notices, execution postponements, a
    /// completion request that names no decision, and — until its payload is in the contract —
    /// `case-closed`): the consumer acknowledges and skips them.
    ///
    /// Decision notices are deliveries with a decision id of purpose `decision-made`, or of
    /// purpose `appeal-decided` (the notice of an appeal's result that made a new decision).
    /// Klage events are read with the tolerant readers in ``KlageEventReaders``.
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
                guard delivered.isDecisionNotice else { return nil }
                event = .notificationDelivered(delivered)
            case .klageAppealFiled: event = .appeal(try cloudEvent.decodeData(as: KlageEventReaders.AppealFiled.self).fact)
            case .klageAppealCompletionRequested:
                guard let fact = try cloudEvent.decodeData(as: KlageEventReaders.AppealCompletionRequested.self).fact else { return nil }
                event = .appeal(fact)
            case .klageAppealCompleted: event = .appeal(try cloudEvent.decodeData(as: KlageEventReaders.AppealCompleted.self).fact)
            case .klageAppealForwarded: event = .appeal(try cloudEvent.decodeData(as: KlageEventReaders.AppealForwarded.self).fact)
            case .klageInterimReplySent: event = .appeal(try cloudEvent.decodeData(as: KlageEventReaders.InterimReplySent.self).fact)
            case .klageAppealDecided: event = .appeal(try cloudEvent.decodeData(as: KlageEventReaders.AppealDecided.self).fact)
            case .klageReasonsRequested: event = .reasons(try cloudEvent.decodeData(as: KlageEventReaders.ReasonsRequested.self).fact)
            case .klageReasonsGiven: event = .reasons(try cloudEvent.decodeData(as: KlageEventReaders.ReasonsGiven.self).fact)
            default:
                return nil
            }
        } catch {
            throw ApplicationStatusDomainError(.unreadableEvent, error.message)
        }
        self.init(id: cloudEvent.id, event: event)
    }
}

extension NotificationDeliveredV1 {
    /// A delivered notice of a decision: it starts that decision's appeal deadline.
    var isDecisionNotice: Bool {
        decisionID != nil && (purpose == .decisionMade || purpose == .appealDecided)
    }
}
