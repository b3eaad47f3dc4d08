import Foundation
import InngangJobs
import InngangModels
import InngangPostgres
import Logging
import NotificationDomain

/// The inbox handler for `InngangTopic.intakeCases`, `.statusProgress`, `.consent` and `.klage`
/// (``topics``): in the event's inbox transaction it updates the projections (recipient lists,
/// routed services, subject facts, consents), plans with ``NotificationPlanner`` and applies the
/// plan — one `planned_notifications` row and one job per message, cancellations of moot
/// messages and their jobs.
///
/// **Events before their case.** The topics are consumed independently, so a status, consent or
/// klage event can come before its case's case-received. The planner needs the recipient list
/// (for consent grantors: their contact preference on the case), so such an event is parked
/// (``ParkedEventStore``) after its facts were recorded, and planned when case-received arrives
/// — in the same order. Nothing waits in a retry loop, nothing is dead-lettered for being early.
/// A consent without a case needs no list and is planned at once.
///
/// Undecodable payloads of known types go to the dead-letter topic at once; other event types
/// are ignored.
struct TriggerConsumer: Sendable {
    /// The topics it consumes.
    static let topics = [InngangTopic.intakeCases, InngangTopic.statusProgress, InngangTopic.consent, InngangTopic.klage]

    let planner: NotificationPlanner
    let queue: JobQueue
    let logger: Logger
    var now: @Sendable () -> Date = { Date() }

    func handle(_ event: CloudEvent, on connection: PostgresConnection) async throws {
        if event.eventType == .intakeCaseRouted {
            try await CaseStore.recordRouted(try event.decodeData(as: CaseRoutedV1.self), on: connection)
            return
        }
        let triggering: TriggeringEvent
        do {
            guard let decoded = try TriggeringEvent.decode(event) else { return }
            triggering = decoded
        } catch {
            // Not retriable: the inbox dead-letters an InngangModelsError with isRetriable == false at once.
            throw InngangModelsError(.decodingFailed, error.message)
        }
        var logger = self.logger
        logger[metadataKey: "case.id"] = "\(triggering.trigger.caseID)"
        logger[metadataKey: "event.id"] = "\(event.id)"

        let mootNow = try await SubjectFactStore.apply(triggering, on: connection)
        for group in mootNow {
            _ = try await PlannedNotificationStore.apply(Cancellation(group: group), caseID: triggering.trigger.caseID, queue: queue, on: connection)
        }
        switch triggering.trigger {
        case .caseReceived(let received):
            guard try await CaseStore.recordReceived(received, eventID: event.id, on: connection) else {
                logger.warning("case-received for a case already known; its recipients and receipt stay as first received")
                return
            }
            try await plan(triggering, recipients: nil, on: connection, logger: logger)
            let parked = try await ParkedEventStore.take(caseID: received.caseID, on: connection)
            let recipients = CaseRecipients(received)
            for early in parked {
                guard let replay = try? TriggeringEvent.decode(early) else { continue }  // decoded once already when parked
                var replayLogger = logger
                replayLogger[metadataKey: "event.id"] = "\(early.id)"
                try await plan(replay, recipients: recipients, on: connection, logger: replayLogger)
            }
            if !parked.isEmpty {
                logger.info("planned events that arrived before the case", metadata: ["count": "\(parked.count)"])
            }
        default:
            let known = try await CaseStore.recipients(of: triggering.trigger.caseID, on: connection)
            if known == nil, triggering.trigger.needsCaseRecipients {
                try await ParkedEventStore.park(event, caseID: triggering.trigger.caseID, on: connection)
                logger.info("event parked until its case-received arrives")
                return
            }
            try await plan(triggering, recipients: known?.list, on: connection, logger: logger)
        }
    }

    /// Plans `event` and applies the plan on `connection`.
    func plan(_ event: TriggeringEvent, recipients: CaseRecipients?, on connection: PostgresConnection, logger: Logger) async throws {
        let plan = try planner.plan(event, recipients: recipients, now: now())
        var cancelled = 0
        for cancellation in plan.cancellations {
            cancelled += try await PlannedNotificationStore.apply(cancellation, caseID: event.trigger.caseID, queue: queue, on: connection)
        }
        var planned = 0
        for notification in plan.notifications {
            if try await PlannedNotificationStore.insert(notification, queue: queue, on: connection) { planned += 1 }
        }
        let skipped = plan.skipped.map(\.reason.rawValue).joined(separator: ",")
        logger.info("event planned", metadata: [
            "notifications.planned": "\(planned)", "notifications.cancelled": "\(cancelled)",
            "notifications.skipped": "\(skipped.isEmpty ? "-" : skipped)",
        ])
    }
}
