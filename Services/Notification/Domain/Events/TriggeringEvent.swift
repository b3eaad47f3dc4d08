import Foundation
import InngangModels

/// A consumed event the notification service reacts to, decoded from its CloudEvent.
public struct TriggeringEvent: Sendable, Equatable {
    /// What happened.
    public enum Trigger: Sendable, Equatable {
        case caseReceived(CaseReceivedV1)
        case coordinatorAssigned(CoordinatorAssignedV1)
        case meetingScheduled(MeetingScheduledV1)
        case meetingCancelled(MeetingCancelledV1)
        case documentationRequested(DocumentationRequestedV1)
        case documentationReceived(DocumentationReceivedV1)
        case decisionMade(DecisionMadeV1)
        /// Consent was requested from the grantors.
        case consentRequested(ConsentTrigger.Requested)
        /// Every grantor gave consent; it is in force until `validUntil`.
        case consentGiven(ConsentTrigger.Given)
        /// A grantor withdrew the consent.
        case consentWithdrawn(ConsentTrigger.Withdrawn)
        /// The consent was refused, revoked or expired.
        case consentEnded(ConsentTrigger.Ended)
        /// An appeal against a decision was filed.
        case appealFiled(KlageTrigger.AppealFiled)
        /// The appeal lacks required parts; the party is asked to complete it.
        case appealCompletionRequested(KlageTrigger.AppealStep)
        /// The municipality upheld the decision and forwarded the appeal to the klageinstans.
        case appealForwarded(KlageTrigger.AppealStep)
        /// An interim reply on the appeal (forvaltningsloven § 11 a).
        case appealInterimReply(KlageTrigger.AppealStep)
        /// The appeal was decided.
        case appealDecided(KlageTrigger.AppealDecided)
        /// A party asked for the reasons for a decision.
        case reasonsRequested(KlageTrigger.ReasonsRequested)
        /// The reasons were given.
        case reasonsGiven(KlageTrigger.ReasonsGiven)

        /// The case the event is about; for a consent without a case, the id its messages are
        /// filed under (``ConsentTrigger/filingCaseID(_:_:)``).
        public var caseID: CaseID {
            switch self {
            case .caseReceived(let e): e.caseID
            case .coordinatorAssigned(let e): e.caseID
            case .meetingScheduled(let e): e.caseID
            case .meetingCancelled(let e): e.caseID
            case .documentationRequested(let e): e.caseID
            case .documentationReceived(let e): e.caseID
            case .decisionMade(let e): e.caseID
            case .consentRequested(let e): ConsentTrigger.filingCaseID(e.consentID, e.caseID)
            case .consentGiven(let e): ConsentTrigger.filingCaseID(e.consentID, e.caseID)
            case .consentWithdrawn(let e): ConsentTrigger.filingCaseID(e.consentID, e.caseID)
            case .consentEnded(let e): ConsentTrigger.filingCaseID(e.consentID, e.caseID)
            case .appealFiled(let e): e.caseID
            case .appealCompletionRequested(let e), .appealForwarded(let e), .appealInterimReply(let e): e.caseID
            case .appealDecided(let e): e.caseID
            case .reasonsRequested(let e): e.caseID
            case .reasonsGiven(let e): e.caseID
            }
        }

        /// Whether planning needs the case's recipient list (from case-received): every event
        /// of a case does; a consent without a case does not (its grantors get the default
        /// contact preference).
        public var needsCaseRecipients: Bool {
            switch self {
            case .consentRequested(let e): e.caseID != nil
            case .consentGiven(let e): e.caseID != nil
            case .consentWithdrawn(let e): e.caseID != nil
            case .consentEnded(let e): e.caseID != nil
            default: true
            }
        }
    }

    /// The CloudEvent `id`: the first part of every ``NotificationKey`` planned from it.
    public let id: String
    public let trigger: Trigger

    public init(id: String, trigger: Trigger) {
        self.id = id
        self.trigger = trigger
    }

    /// Decodes `event` when its type is one notification reacts to; `nil` for any other type
    /// (including other versions, which the consumer's registry handles; and the klage events
    /// `appeal-completed` and `execution-postponement`, which tell the family nothing new).
    /// Consent and klage payloads are read with the tolerant readers ``ConsentTrigger`` and
    /// ``KlageTrigger``.
    public static func decode(_ event: CloudEvent) throws(NotificationDomainError) -> TriggeringEvent? {
        guard let type = event.eventType else { return nil }
        let trigger: Trigger
        do {
            switch type {
            case .intakeCaseReceived: trigger = .caseReceived(try event.decodeData())
            case .intakeCoordinatorAssigned: trigger = .coordinatorAssigned(try event.decodeData())
            case .statusMeetingScheduled: trigger = .meetingScheduled(try event.decodeData())
            case .statusMeetingCancelled: trigger = .meetingCancelled(try event.decodeData())
            case .statusDocumentationRequested: trigger = .documentationRequested(try event.decodeData())
            case .statusDocumentationReceived: trigger = .documentationReceived(try event.decodeData())
            case .statusDecisionMade: trigger = .decisionMade(try event.decodeData())
            case .consentRequested: trigger = .consentRequested(try event.decodeData())
            case .consentGiven: trigger = .consentGiven(try event.decodeData())
            case .consentWithdrawn: trigger = .consentWithdrawn(try event.decodeData())
            case .consentRefused, .consentRevoked, .consentExpired: trigger = .consentEnded(try event.decodeData())
            case .klageAppealFiled: trigger = .appealFiled(try event.decodeData())
            case .klageAppealCompletionRequested:
                trigger = .appealCompletionRequested(try event.decodeData(as: KlageTrigger.CompletionRequested.self).step)
            case .klageAppealForwarded: trigger = .appealForwarded(try event.decodeData(as: KlageTrigger.Forwarded.self).step)
            case .klageInterimReplySent: trigger = .appealInterimReply(try event.decodeData(as: KlageTrigger.InterimReplySent.self).step)
            case .klageAppealDecided: trigger = .appealDecided(try event.decodeData())
            case .klageReasonsRequested: trigger = .reasonsRequested(try event.decodeData())
            case .klageReasonsGiven: trigger = .reasonsGiven(try event.decodeData())
            default: return nil
            }
        } catch {
            throw NotificationDomainError(.undecodableEvent, error.message)
        }
        return TriggeringEvent(id: event.id, trigger: trigger)
    }
}
