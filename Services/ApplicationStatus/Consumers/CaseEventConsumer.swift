import ApplicationStatusDomain
import InngangModels
import InngangPostgres
import InngangService
import Logging

/// Stores the events a case's timeline is folded from, consumed from intake
/// (`intakeCases`), application-status itself (`statusProgress`: own reports come back, and
/// reports of other instances), notification (`notificationDeliveries`: decision-notice
/// deliveries, which start the appeal deadline) and klage (`klage`: the steps of appeals, and
/// the new decision a reversal makes).
///
/// Runs inside the inbox transaction (``ServiceContext/inboxConsumer(topics:purpose:handler:)``),
/// so storing is exactly-once per event id.
struct CaseEventConsumer: Sendable {
    static let topics = [InngangTopic.intakeCases, InngangTopic.statusProgress, InngangTopic.notificationDeliveries, InngangTopic.klage]

    let logger: Logger

    /// - An event type the timeline does not use is skipped (acknowledged).
    /// - A known type whose payload cannot be read throws a non-retriable error: the inbox
    ///   consumer dead-letters it at once.
    /// - Otherwise the event is stored (a second copy of the same id changes nothing), and a
    ///   `case-received` registers the case and its recipients.
    func handle(_ event: CloudEvent, on connection: PostgresConnection) async throws {
        let recorded: RecordedEvent?
        do {
            recorded = try RecordedEvent(cloudEvent: event)
        } catch {
            logger.warning("unreadable event", metadata: [
                LogKey.eventID: "\(event.id)", LogKey.eventType: "\(event.type)", LogKey.errorCode: "\(error.code)",
            ])
            // InngangModelsError with isRetriable == false: dead-lettered without retries. The
            // message names the type and field path only, never values.
            throw InngangModelsError(.decodingFailed, error.message, isRetriable: false)
        }
        guard let recorded else {
            logger.debug("event not used by the timeline", metadata: [LogKey.eventID: "\(event.id)", LogKey.eventType: "\(event.type)"])
            return
        }
        let stored = try await CaseEventStore.insert(event, as: recorded, on: connection)
        if case .caseReceived(let received) = recorded.event {
            try await CaseDirectory.register(received, on: connection)
        }
        logger.debug(stored ? "event stored" : "event already stored", metadata: [
            LogKey.caseID: "\(recorded.event.caseID)", LogKey.eventID: "\(event.id)", LogKey.eventType: "\(event.type)",
        ])
    }
}
