/// The project's event catalogue: every topic and event type, in one place.
///
/// To add an event: declare a `static let` on `EventType` below, register it in
/// ``EventTypeRegistry/inngang`` with its topic and a one-line summary, and describe its
/// payload in the AsyncAPI document. A breaking payload change is a new version (`version: 2`)
/// registered beside the old one. Events carry ids and codes, never free text or personal data.

/// Topic names. Each has a dead-letter topic `<topic>.dlq` (``KafkaTopicName/deadLetter(for:)``).
public enum InngangTopic {
    /// Cases received, routed and given a coordinator (producer: intake).
    public static let intakeCases = "inngang.intake.cases.v1"
    /// Progress and decisions reported by services (producer: application-status).
    public static let statusProgress = "inngang.status.progress.v1"
    /// Consent lifecycle (producer: consent).
    public static let consent = "inngang.consent.v1"
    /// Appeals (producer: klage).
    public static let klage = "inngang.klage.v1"
    /// Delivery outcomes of notifications (producer: notification).
    public static let notificationDeliveries = "inngang.notification.deliveries.v1"
}

extension EventType {
    // intake
    public static let intakeCaseReceived = EventType("no.inngang.intake.case-received", version: 1)
    public static let intakeCaseRouted = EventType("no.inngang.intake.case-routed", version: 1)
    public static let intakeCoordinatorAssigned = EventType("no.inngang.intake.coordinator-assigned", version: 1)

    // application-status
    public static let statusProgressReported = EventType("no.inngang.status.progress-reported", version: 1)
    public static let statusDocumentationRequested = EventType("no.inngang.status.documentation-requested", version: 1)
    public static let statusMeetingScheduled = EventType("no.inngang.status.meeting-scheduled", version: 1)
    public static let statusMeetingCancelled = EventType("no.inngang.status.meeting-cancelled", version: 1)
    public static let statusDocumentationReceived = EventType("no.inngang.status.documentation-received", version: 1)
    public static let statusInterimReplySent = EventType("no.inngang.status.interim-reply-sent", version: 1)
    public static let statusDecisionMade = EventType("no.inngang.status.decision-made", version: 1)
    public static let statusCaseClosed = EventType("no.inngang.status.case-closed", version: 1)

    // consent
    public static let consentRequested = EventType("no.inngang.consent.requested", version: 1)
    public static let consentGiven = EventType("no.inngang.consent.given", version: 1)
    public static let consentRefused = EventType("no.inngang.consent.refused", version: 1)
    public static let consentWithdrawn = EventType("no.inngang.consent.withdrawn", version: 1)
    public static let consentRevoked = EventType("no.inngang.consent.revoked", version: 1)
    public static let consentExpired = EventType("no.inngang.consent.expired", version: 1)
    public static let consentLegalBasisRecorded = EventType("no.inngang.consent.legal-basis-recorded", version: 1)

    // klage
    public static let klageAppealFiled = EventType("no.inngang.klage.appeal-filed", version: 1)
    public static let klageAppealForwarded = EventType("no.inngang.klage.appeal-forwarded", version: 1)
    public static let klageAppealDecided = EventType("no.inngang.klage.appeal-decided", version: 1)
    public static let klageInterimReplySent = EventType("no.inngang.klage.interim-reply-sent", version: 1)
    public static let klageAppealCompletionRequested = EventType("no.inngang.klage.appeal-completion-requested", version: 1)
    public static let klageAppealCompleted = EventType("no.inngang.klage.appeal-completed", version: 1)
    public static let klageExecutionPostponement = EventType("no.inngang.klage.execution-postponement", version: 1)
    public static let klageReasonsRequested = EventType("no.inngang.klage.reasons-requested", version: 1)
    public static let klageReasonsGiven = EventType("no.inngang.klage.reasons-given", version: 1)

    // notification
    public static let notificationDelivered = EventType("no.inngang.notification.delivered", version: 1)
    public static let notificationFailed = EventType("no.inngang.notification.failed", version: 1)
}

extension EventTypeRegistry {
    /// Every Inngang event type and its topic.
    public static let inngang: EventTypeRegistry = {
        var r = EventTypeRegistry()
        func add(_ type: EventType, _ topic: String, _ summary: String) {
            do { try r.register(type, topic: topic, summary: summary) } catch {
                preconditionFailure("EventCatalog: \(error.message)")  // caught by EventTypeRegistryTests
            }
        }
        let intake = InngangTopic.intakeCases
        add(.intakeCaseReceived, intake, "An application or referral was received and a case created.")
        add(.intakeCaseRouted, intake, "A case was routed to a service that needs to know about it.")
        add(.intakeCoordinatorAssigned, intake, "A coordinator (familielos/barnekoordinator) was assigned to a case.")

        let status = InngangTopic.statusProgress
        add(.statusProgressReported, status, "A service reported progress in a case.")
        add(.statusDocumentationRequested, status, "A service asked the family for documentation, with a deadline.")
        add(.statusDocumentationReceived, status, "The family's requested documentation was received.")
        add(.statusMeetingScheduled, status, "A meeting in a case was scheduled.")
        add(.statusMeetingCancelled, status, "A scheduled meeting was cancelled.")
        add(.statusInterimReplySent, status, "An interim reply (foreløpig svar) was sent in a case.")
        add(.statusDecisionMade, status, "A service made a decision (vedtak) in a case.")
        add(.statusCaseClosed, status, "A service closed its part of a case.")

        let consent = InngangTopic.consent
        add(.consentRequested, consent, "Consent was requested from the required grantors.")
        add(.consentGiven, consent, "Every required grantor gave consent; the consent is in force.")
        add(.consentRefused, consent, "A required grantor refused consent.")
        add(.consentWithdrawn, consent, "A grantor withdrew consent (not retroactive).")
        add(.consentRevoked, consent, "Consent was revoked by another party.")
        add(.consentExpired, consent, "Consent reached its end date or the child came of age.")
        add(.consentLegalBasisRecorded, consent, "Sharing on a legal basis other than consent was recorded (never disguised as consent).")

        let klage = InngangTopic.klage
        add(.klageAppealFiled, klage, "A party filed an appeal against a decision.")
        add(.klageAppealForwarded, klage, "The municipality upheld the decision and forwarded the appeal to the klageinstans.")
        add(.klageAppealDecided, klage, "The appeal was decided (reversed, rejected, upheld, changed or quashed).")
        add(.klageInterimReplySent, klage, "An interim reply was sent because the appeal could not be answered within a month.")
        add(.klageAppealCompletionRequested, klage, "An appeal lacks required parts; the party was given a short deadline to complete it.")
        add(.klageAppealCompleted, klage, "The missing parts of an appeal were supplied.")
        add(.klageExecutionPostponement, klage, "A request to postpone carrying out the decision (forvaltningsloven § 42) was made or answered.")
        add(.klageReasonsRequested, klage, "A party asked for the reasons for a decision (forvaltningsloven § 24); in time, it interrupts the appeal deadline.")
        add(.klageReasonsGiven, klage, "The reasons were given; the party's appeal deadline runs anew from then (§ 29 third paragraph).")

        let deliveries = InngangTopic.notificationDeliveries
        add(.notificationDelivered, deliveries, "A notification was delivered to a recipient.")
        add(.notificationFailed, deliveries, "A notification could not be delivered on any channel.")
        return r
    }()
}
