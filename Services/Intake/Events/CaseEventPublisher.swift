import IntakeDomain
import InngangModels
import InngangPostgres
import InngangService

/// Appends an accepted case's events to the outbox, in the transaction that stores the case:
/// `case-received`, one `case-routed` per service, then `coordinator-assigned` when a coordinator
/// was chosen (``IntakeEventBuilder``), all on ``InngangTopic/intakeCases`` keyed by the case id,
/// with the case id as CloudEvents subject and the time of receipt as event time.
struct CaseEventPublisher: Sendable {
    let context: ServiceContext

    /// Returns the number of events appended.
    ///
    /// A referral's `case-received` has kind `referral` and gives every recipient the contact
    /// preference the referral names (the family's, as the referring employee knows it).
    @discardableResult
    func publish(_ accepted: AcceptedCase, rules: RoutingRules, kind: CaseReceivedV1.Kind = .application,
                 on conn: PostgresConnection) async throws -> Int {
        var events = IntakeEventBuilder.events(for: accepted, processingTime: { rules.processingTime(for: $0) })
        if kind == .referral {
            events.received.kind = .referral
            events.received.recipients = accepted.recipients.map {
                Recipient(person: PersonRef(nationalIdentityNumber: $0.person.value), contact: accepted.application.contact)
            }
        }
        let subject = accepted.caseID.description
        let time = accepted.receivedAt
        var cloudEvents = [try context.event(.intakeCaseReceived, subject: subject, time: time, data: events.received)]
        for routed in events.routed {
            cloudEvents.append(try context.event(.intakeCaseRouted, subject: subject, time: time, data: routed))
        }
        if let assigned = events.coordinatorAssigned {
            cloudEvents.append(try context.event(.intakeCoordinatorAssigned, subject: subject, time: time, data: assigned))
        }
        for event in cloudEvents {
            try await context.publish(event, topic: InngangTopic.intakeCases, key: subject, on: conn)
        }
        return cloudEvents.count
    }
}
