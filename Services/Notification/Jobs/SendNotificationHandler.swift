import Foundation
import InngangJobs
import InngangModels
import InngangPostgres
import InngangService
import Logging
import NotificationDomain
import NotificationProviders

/// Runs one ``SendJob``: decides at send time and hands the message over, never twice.
///
/// 1. **Prepare** (one transaction, the planned row locked): skip when superseded, settled or
///    cancelled; look up the subject facts, the population register and the contact register;
///    ``NotificationDispatch/decide(_:now:register:subject:addresses:)``; then
///    - send → claim in `sent_notifications` (a new notification id, or the id of an earlier
///      claim being resumed) and commit **before** the hand-over;
///    - postpone → a new job at the allowed time; drop → record why; fail → record, publish
///      `NotificationFailedV1`, open a coordinator task.
/// 2. **Hand over** to the channel's provider, outside any transaction. A resumed claim first
///    asks the ledger (file sink) whether the earlier attempt got through.
/// 3. **Record** (one transaction): delivered + `NotificationDeliveredV1` through the outbox,
///    and for an appealable decision notice the recipient's appeal deadline (3 weeks from the
///    delivery day, Oslo) and its `appeal-deadline-approaching` reminder.
///
/// Provider errors: retriable → the job retries with backoff, resuming the claim with the same
/// id; permanent, or retriable on the last attempt → failed (event + coordinator task).
///
/// **At-least-once window.** A crash after the provider accepted and before step 3 committed
/// leaves a claim; the retry hands the message over again *with the same notification id*. The
/// file sink's ledger recognises it (exactly once); SMTP relays and SMS gateways get the same
/// `Message-ID` / `Idempotency-Key` and may or may not de-duplicate — a second message is
/// possible only in that window.
struct SendNotificationHandler: Sendable {
    let context: ServiceContext
    let queue: JobQueue
    let planner: NotificationPlanner
    let dispatch: NotificationDispatch
    let population: RecipientRegister
    let contacts: any ContactRegister
    let channels: DeliveryChannels
    /// How long a claim counts as in flight (the job lease).
    let lease: Duration
    let logger: Logger

    /// What the prepare step leaves to do.
    enum Step: Sendable {
        case finished
        case handOver(HandOver)
    }

    struct HandOver: Sendable {
        var digest: String
        var planned: PlannedNotification
        var message: OutgoingNotification
        /// An earlier attempt claimed this message (and may have handed it over).
        var resumed: Bool
    }

    func run(_ job: LeasedJob) async throws {
        let digest = try SendJob.payload(of: job).key
        var logger = self.logger
        logger[metadataKey: "notification.key"] = "\(digest.prefix(12))"
        logger[metadataKey: "job.id"] = "\(job.id)"
        let step = try await context.pool.withTransaction { connection in
            try await prepare(digest: digest, job: job, on: connection, logger: logger)
        }
        guard case .handOver(let handOver) = step else { return }
        try await deliver(handOver, job: job, logger: logger)
    }

    // MARK: 1. Prepare

    func prepare(digest: String, job: LeasedJob, on connection: PostgresConnection, logger: Logger) async throws -> Step {
        guard let row = try await PlannedNotificationStore.lock(digest: digest, on: connection) else {
            logger.warning("job for an unknown planned notification; nothing to do")
            return .finished
        }
        // A postponement handed the message to a newer job.
        guard row.jobKey == job.uniqueKey, row.state == .planned || row.state == .sending else { return .finished }
        let planned = row.planned
        var logger = logger
        logger[metadataKey: "case.id"] = "\(planned.caseID)"
        logger[metadataKey: "notification.purpose"] = "\(planned.purpose.rawValue)"

        let claim = try await SentNotificationStore.lock(digest: digest, on: connection)
        if let claim {
            switch claim.state {
            case .delivered:
                try await PlannedNotificationStore.setState(.sent, digest: digest, on: connection)
                return .finished
            case .failed:
                try await PlannedNotificationStore.setState(.failed, digest: digest, on: connection)
                return .finished
            case .abandoned:
                try await PlannedNotificationStore.setState(.dropped, digest: digest, on: connection)
                return .finished
            case .claimed where claim.inFlight:
                throw NotificationServiceError(.deliveryInFlight, "another worker is handing this notification over", isRetriable: true)
            case .claimed:
                break
            }
        }

        let now = Date()
        let facts = try await SubjectFactStore.facts(for: planned, on: connection)
        // Register facts are always relative to a child: the consent's child for consent messages
        // (the grantor may be on no case's list), else the case's child. No child known → fail closed.
        let register: RegisterLookup
        if let child = planned.subject.child {
            register = try await population.lookup(recipient: planned.recipient.person, child: child, childIsAsked: true)
        } else if let known = try await CaseStore.recipients(of: planned.caseID, on: connection) {
            register = try await population.lookup(recipient: planned.recipient.person, child: known.child)
        } else {
            register = .unavailable
        }
        let addresses: ContactAddresses
        do {
            addresses = try await contacts.addresses(for: planned.recipient.person)
        } catch {
            throw NotificationServiceError(.registerUnavailable, "the contact register did not answer (\(type(of: error)))", isRetriable: true)
        }
        try await AuditLogStore.record(actor: AuditLogStore.sender, .readRegistersForMessage, caseID: planned.caseID, on: connection)

        switch dispatch.decide(planned, now: now, register: register, subject: facts, addresses: addresses) {
        case .send(let outgoing):
            let id = claim?.notificationID ?? NotificationID()
            if claim == nil {
                try await SentNotificationStore.claim(digest: digest, notificationID: id, caseID: planned.caseID, channel: outgoing.channel,
                                                      inFlightFor: lease, on: connection)
            } else {
                try await SentNotificationStore.reclaim(digest: digest, channel: outgoing.channel, inFlightFor: lease, on: connection)
            }
            try await PlannedNotificationStore.setState(.sending, notificationID: id, digest: digest, on: connection)
            let message = OutgoingNotification(
                id: id, channel: outgoing.channel, recipientAddress: outgoing.address, language: outgoing.language,
                subject: outgoing.channel == .email ? outgoing.message.subject : nil, body: outgoing.message.body,
                purpose: planned.purpose, sourceEventID: planned.key.sourceEventID, caseID: planned.caseID)
            if outgoing.isFallback {
                logger.info("preferred channel unusable; using the other", metadata: ["notification.channel": "\(outgoing.channel.rawValue)"])
            }
            return .handOver(HandOver(digest: digest, planned: planned, message: message, resumed: claim != nil))
        case .postpone(let until):
            try await PlannedNotificationStore.postpone(row, until: until, queue: queue, on: connection)
            logger.info("postponed to the SMS window", metadata: ["notification.send_at": "\(RFC3339.string(from: until))"])
            return .finished
        case .drop(let reason):
            if claim != nil {
                try await SentNotificationStore.end(digest: digest, as: .abandoned, reason: reason.code, on: connection)
            }
            try await PlannedNotificationStore.setState(.dropped, reason: reason.code, digest: digest, on: connection)
            logger.info("not sent", metadata: ["notification.reason": "\(reason.code)"])
            return .finished
        case .fail(let failure):
            let id = claim?.notificationID ?? NotificationID()
            if claim != nil {
                try await SentNotificationStore.end(digest: digest, as: .failed, reason: failure.reason.rawValue, on: connection)
            }
            try await recordFailure(failure, notificationID: id, digest: digest, on: connection)
            logger.warning("cannot be delivered; coordinator task opened", metadata: ["notification.reason": "\(failure.reason.rawValue)"])
            return .finished
        }
    }

    // MARK: 2. Hand over

    func deliver(_ handOver: HandOver, job: LeasedJob, logger: Logger) async throws {
        let message = handOver.message
        var logger = logger
        logger[metadataKey: "notification.id"] = "\(message.id)"
        logger[metadataKey: "notification.channel"] = "\(message.channel.rawValue)"

        if handOver.resumed, let ledger = channels.ledger, let acceptedAt = try await ledger.acceptance(of: message.id) {
            logger.notice("an earlier attempt delivered this notification; recording it without sending again")
            try await record(DeliveryReceipt(providerMessageID: message.id.description, acceptedAt: acceptedAt), of: handOver, logger: logger)
            return
        }

        let receipt: DeliveryReceipt
        do {
            receipt = try await channels.provider(for: message.channel).send(message)
        } catch let error as ProviderError {
            if error.isRetriable, !job.isLastAttempt {
                try? await SentNotificationStore.release(digest: handOver.digest, pool: context.pool)
                throw NotificationServiceError(.providerUnavailable, "provider: \(error.description)", isRetriable: true)
            }
            let reason = error.isRetriable ? FailureReason.providerUnavailable : FailureReason.providerRejected
            try await context.pool.withTransaction { connection in
                guard let row = try await PlannedNotificationStore.lock(digest: handOver.digest, on: connection), row.state == .sending else { return }
                try await SentNotificationStore.end(digest: handOver.digest, as: .failed, reason: "\(error.code)", on: connection)
                try await recordFailure(NotificationFailure(planned: handOver.planned, reason: reason), notificationID: message.id,
                                        digest: handOver.digest, on: connection)
            }
            logger.warning("provider did not take the notification; coordinator task opened", metadata: [
                "provider.error": "\(error.code)", "notification.reason": "\(reason.rawValue)",
            ])
            return
        }
        try await record(receipt, of: handOver, logger: logger)
    }

    // MARK: 3. Record

    func record(_ receipt: DeliveryReceipt, of handOver: HandOver, logger: Logger) async throws {
        let planned = handOver.planned
        let message = handOver.message
        try await context.pool.withTransaction { connection in
            guard try await SentNotificationStore.markDelivered(
                digest: handOver.digest, at: receipt.acceptedAt, providerMessageID: receipt.providerMessageID, on: connection)
            else { return }
            try await PlannedNotificationStore.setState(.sent, digest: handOver.digest, on: connection)
            var decisionID: DecisionID?
            if case .decision(let id, _) = planned.subject { decisionID = id }
            let delivered = NotificationDeliveredV1(
                notificationID: message.id, caseID: planned.caseID, purpose: planned.purpose, recipient: planned.recipient.person,
                channel: message.channel, sourceEventID: planned.key.sourceEventID, decisionID: decisionID, deliveredAt: receipt.acceptedAt)
            let event = try context.event(.notificationDelivered, subject: planned.caseID.description, data: delivered)
            try await context.publish(event, topic: InngangTopic.notificationDeliveries, key: planned.caseID.description, on: connection)
            if case .decision(let decision, let outcome) = planned.subject, outcome.isAppealable {
                try await planAppealReminder(planned, decisionID: decision, outcome: outcome, noticeDeliveredAt: receipt.acceptedAt,
                                             on: connection, logger: logger)
            }
        }
        logger.info("notification delivered")
    }

    /// The recipient's appeal deadline runs from the day the notice reached them (Oslo time).
    func planAppealReminder(
        _ planned: PlannedNotification, decisionID: DecisionID, outcome: DecisionOutcome, noticeDeliveredAt: Date,
        on connection: PostgresConnection, logger: Logger
    ) async throws {
        let deadline = LegalDeadline.weeks(3, from: LocalDate(noticeDeliveredAt, in: .oslo))
        try await SubjectFactStore.recordAppealDeadline(
            decisionID: decisionID, caseID: planned.caseID, recipient: planned.recipient.person, deadline: deadline,
            noticeDeliveredAt: noticeDeliveredAt, on: connection)
        let plan = planner.planAppealDeadlineReminder(
            decisionEventID: planned.key.sourceEventID, caseID: planned.caseID, decisionID: decisionID, outcome: outcome,
            recipient: planned.recipient, deadline: deadline, now: Date())
        var count = 0
        for reminder in plan.notifications {
            if try await PlannedNotificationStore.insert(reminder, queue: queue, on: connection) { count += 1 }
        }
        logger.info("appeal deadline recorded", metadata: [
            "appeal.deadline": "\(deadline)", "notifications.planned": "\(count)",
            "notifications.skipped": "\(plan.skipped.map(\.reason.rawValue).joined(separator: ","))",
        ])
    }

    /// Failed: planned row, coordinator task and `NotificationFailedV1`, in the caller's transaction.
    func recordFailure(_ failure: NotificationFailure, notificationID: NotificationID, digest: String, on connection: PostgresConnection) async throws {
        try await PlannedNotificationStore.setState(.failed, reason: failure.reason.rawValue, notificationID: notificationID, digest: digest, on: connection)
        try await CoordinatorTaskStore.open(failure.coordinatorTask, notificationID: notificationID, on: connection)
        let event = try context.event(.notificationFailed, subject: failure.caseID.description,
                                      data: failure.event(notificationID: notificationID, failedAt: Date()))
        try await context.publish(event, topic: InngangTopic.notificationDeliveries, key: failure.caseID.description, on: connection)
    }
}

extension FailureReason {
    /// The provider could not take the message through every retry (set by this service).
    static let providerUnavailable = FailureReason(rawValue: "provider-unavailable")
}

extension DropReason {
    /// A stable code for the record and the logs.
    var code: String {
        switch self {
        case .moot(let reason): "moot:\(reason.rawValue)"
        case .factsUnavailable: "facts-unavailable"
        case .recipientExcluded(let reason): "recipient-excluded:\(reason.rawValue)"
        case .tooLate: "too-late"
        case .unsafeContent: "unsafe-content"
        }
    }
}
