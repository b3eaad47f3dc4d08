import InngangModels
import InngangPostgres
import InngangService
import KlageDomain
import Logging

/// The inbox handler keeping klage's projection (``CaseProjection``) from three topics:
/// - `intakeCases`: case-received → the case's child and parties (its recipients);
/// - `statusProgress`: decision-made → a decision (id, service, outcome, decision date);
/// - `notificationDeliveries`: delivered, purpose `decision-made`, with a `decisionID` → when the
///   decision notice reached that recipient (the appeal deadline counts from it, § 29); open
///   appeals timed provisionally are re-assessed (``AppealReassessment``).
///
/// Other event types are acknowledged and ignored. A known type whose payload cannot be read is
/// dead-lettered at once (a non-retriable error). Runs inside the inbox transaction, so each
/// event's effect happens exactly once.
struct CaseFactsConsumer: Sendable {
    static let topics = [InngangTopic.intakeCases, InngangTopic.statusProgress, InngangTopic.notificationDeliveries]

    let rules: KlageRules
    let logger: Logger

    func handle(_ event: CloudEvent, on connection: PostgresConnection) async throws {
        var logger = self.logger
        logger[metadataKey: LogKey.eventID] = "\(event.id)"
        logger[metadataKey: LogKey.eventType] = "\(event.type)"
        switch event.eventType {
        case .intakeCaseReceived?:
            let received = try decode(event, as: CaseReceivedV1.self, logger: logger)
            try await CaseProjection.recordCase(received, on: connection)
            logger.debug("case recorded", metadata: [LogKey.caseID: "\(received.caseID)", "parties": "\(received.recipients.count)"])
        case .statusDecisionMade?:
            let made = try decode(event, as: DecisionMadeV1.self, logger: logger)
            let facts = DecisionFacts(decisionID: made.decisionID, caseID: made.caseID, service: made.service,
                                      outcome: made.outcome, decisionDate: made.decisionDate)
            try await CaseProjection.recordDecision(facts, madeAt: made.reportedAt, source: "status", on: connection)
            logger.debug("decision recorded", metadata: [LogKey.caseID: "\(made.caseID)", "decision.id": "\(made.decisionID)"])
        case .notificationDelivered?:
            let delivered = try decode(event, as: NotificationDeliveredV1.self, logger: logger)
            guard delivered.purpose == .decisionMade, let decisionID = delivered.decisionID else { return }
            try await CaseProjection.recordDelivery(delivered, decisionID: decisionID, on: connection)
            let reassessed = try await AppealReassessment.onDelivery(of: decisionID, caseID: delivered.caseID, rules: rules, on: connection)
            logger.debug("decision notice delivery recorded", metadata: [LogKey.caseID: "\(delivered.caseID)", "decision.id": "\(decisionID)"])
            if reassessed > 0 {
                logger.info("appeal deadlines re-assessed from the delivery", metadata: [LogKey.caseID: "\(delivered.caseID)", LogKey.count: "\(reassessed)"])
            }
        default:
            return
        }
    }

    private func decode<T: Decodable>(_ event: CloudEvent, as type: T.Type, logger: Logger) throws -> T {
        do {
            return try event.decodeData(as: T.self)
        } catch {
            logger.warning("unreadable event", metadata: [LogKey.errorCode: "\(error.code)"])
            // Not retriable: dead-lettered at once. The message names the type and path, never values.
            throw InngangModelsError(.decodingFailed, error.message, isRetriable: false)
        }
    }
}
