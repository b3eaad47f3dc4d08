import Foundation
import InngangModels

/// **Grantor contact rule**: how a consent's grantor (or an appellant) who is not necessarily
/// on the case's recipient list is contacted. A person who is a recipient of the consent's case
/// keeps the preference they gave there; anyone else (the young person, a guardian not on the
/// case, a consent without a case) gets ``defaultPreference``. Addresses come from the contact
/// register at send time, as for everyone.
public enum GrantorContact {
    /// SMS, in bokmål.
    public static let defaultPreference = ContactPreference(preferredChannel: .sms, language: .nb)

    /// `person` as a recipient, with the case's preference when they are on `caseRecipients`.
    public static func recipient(_ person: PersonRef, caseRecipients: CaseRecipients?) -> Recipient {
        let known = caseRecipients?.recipients.first { $0.person == person }
        return Recipient(person: person, contact: known?.contact ?? defaultPreference)
    }
}

extension NotificationPlanner {
    // MARK: Consent

    /// **Consent request rule**: `consent-requested` to each grantor, at once. Moot (and
    /// cancelled) once the consent is refused, withdrawn, revoked or expired; moot when every
    /// grantor has given it before the message went.
    func consentRequested(
        _ e: ConsentTrigger.Requested, _ recipients: CaseRecipients?, _ event: TriggeringEvent, now: Date
    ) throws(NotificationDomainError) -> NotificationPlan {
        let list = try grantors(e.grantors.map(\.person), caseID: e.caseID, recipients, event)
        return news(.consentRequested, list, event, notBefore: e.requestedAt, subject: .consentRequest(e.consentID, child: e.child), now: now)
    }

    /// **Consent expiring rule**: when the consent comes into force, one `consent-expiring`
    /// reminder per grantor before its end date (``ReminderPolicy/consentExpiring(validUntil:)``).
    /// Cancelled by withdrawal, refusal, revocation or expiry (group `consent:<id>`); at send time
    /// it goes only if the consent is still in force with the same end date (fail closed).
    func consentGiven(
        _ e: ConsentTrigger.Given, _ recipients: CaseRecipients?, _ event: TriggeringEvent, now: Date
    ) throws(NotificationDomainError) -> NotificationPlan {
        let list = try grantors(e.grantors, caseID: e.caseID, recipients, event)
        let timing = reminders.consentExpiring(validUntil: e.validUntil)
        let subject = NotificationSubject.consentExpiry(e.consentID, child: e.child, validUntil: e.validUntil)
        return list.recipients.reduce(NotificationPlan.none) { plan, r in
            plan + planOne(.consentExpiring, r, list.caseID, event.id, timing, subject, now: now)
        }
    }

    /// **Consent withdrawn rule**: a `consent-withdrawn` confirmation to every grantor (the one
    /// who withdrew too), at once; the consent's queued request and expiry messages are cancelled.
    func consentWithdrawn(
        _ e: ConsentTrigger.Withdrawn, _ recipients: CaseRecipients?, _ event: TriggeringEvent, now: Date
    ) throws(NotificationDomainError) -> NotificationPlan {
        let list = try grantors(e.grantors, caseID: e.caseID, recipients, event)
        return NotificationPlan(cancellations: [Cancellation(group: .consent(e.consentID))])
            + news(.consentWithdrawn, list, event, notBefore: e.withdrawnAt, subject: .consentNews(e.consentID, child: e.child), now: now)
    }

    /// The grantors as recipients (``GrantorContact``), filed under the consent's case (or the
    /// consent id). A consent with a case needs that case's recipient list.
    private func grantors(
        _ people: [PersonRef], caseID: CaseID?, _ recipients: CaseRecipients?, _ event: TriggeringEvent
    ) throws(NotificationDomainError) -> CaseRecipients {
        let caseList: CaseRecipients? = caseID == nil ? nil : try resolve(recipients, for: event)
        return CaseRecipients(caseID: event.trigger.caseID,
                              recipients: people.map { GrantorContact.recipient($0, caseRecipients: caseList) })
    }

    // MARK: Appeals

    /// **Appeal received rule**: `appeal-received` to the case's recipients, at once — or, when
    /// the young person (18 or older) appealed on their own behalf, only to them (their appeal
    /// is their own matter; they may not be on the case's list). The appeal makes the
    /// decision's `appeal-deadline-approaching` reminders moot (group `appeal:<decisionID>`).
    func appealFiled(
        _ e: KlageTrigger.AppealFiled, _ recipients: CaseRecipients?, _ event: TriggeringEvent, now: Date
    ) throws(NotificationDomainError) -> NotificationPlan {
        let caseList = try resolve(recipients, for: event)
        let list = e.isByYoungPerson
            ? CaseRecipients(caseID: e.caseID, recipients: [GrantorContact.recipient(e.appellant, caseRecipients: caseList)])
            : caseList
        return NotificationPlan(cancellations: [Cancellation(group: .appeal(e.decisionID))])
            + news(.appealReceived, list, event, notBefore: e.filedAt, subject: .caseNews(e.caseID), now: now)
    }

    /// **Reasons requested rule** (forvaltningsloven § 24 second paragraph, § 29 third
    /// paragraph): a request made in time interrupts **the requester's** appeal deadline, so
    /// their `appeal-deadline-approaching` reminders of the decision are cancelled (group
    /// `appeal:<decisionID>`, that recipient only; a co-guardian's deadline is their own). A late
    /// request changes nothing. No message: the requester gets the reasons from the service.
    func reasonsRequested(_ e: KlageTrigger.ReasonsRequested) -> NotificationPlan {
        guard e.inTime else { return .none }
        return NotificationPlan(cancellations: [Cancellation(group: .appeal(e.decisionID), recipient: e.requester)])
    }

    /// **Reasons given rule**: when the request interrupted the deadline, a new one runs from the
    /// day the reasons were given (``KlageTrigger/ReasonsGiven/newDeadline``): one
    /// `appeal-deadline-approaching` reminder to the requester (contact as ``GrantorContact``),
    /// keyed by this event's id so it never collides with the original reminder (keyed by the
    /// decision event). Any other queued reminder of the decision for the requester is cancelled
    /// (one planned after the request from a late-recorded delivery). The decision was
    /// appealable (klage refuses requests for others). An appeal filed later cancels it as usual.
    func reasonsGiven(
        _ e: KlageTrigger.ReasonsGiven, _ recipients: CaseRecipients?, _ event: TriggeringEvent, now: Date
    ) throws(NotificationDomainError) -> NotificationPlan {
        guard e.startsNewDeadline else { return .none }
        let list = try resolve(recipients, for: event)
        let recipient = GrantorContact.recipient(e.requester, caseRecipients: list)
        return NotificationPlan(cancellations: [Cancellation(group: .appeal(e.decisionID), exceptSourceEventID: event.id, recipient: e.requester)])
            + appealDeadlineReminder(sourceEventID: event.id, caseID: e.caseID, decisionID: e.decisionID, recipient: recipient,
                                     deadline: e.newDeadline, now: now)
    }

    /// **Appeal decided rule**: `appeal-decided` to the case's recipients, at once. When the
    /// result made a new decision (a reversal, a change, or the rejection of the appeal), the
    /// message is that decision's notice (subject ``NotificationSubject/decision(_:outcome:)``):
    /// its delivery (with the decision id) starts the new decision's appeal deadline and, for an
    /// appealable outcome (partly granted, dismissed), plans its `appeal-deadline-approaching`.
    func appealDecided(
        _ e: KlageTrigger.AppealDecided, _ recipients: CaseRecipients?, _ event: TriggeringEvent, now: Date
    ) throws(NotificationDomainError) -> NotificationPlan {
        let list = try resolve(recipients, for: event)
        let subject: NotificationSubject = e.newDecision.map { .decision($0.id, outcome: $0.outcome) } ?? .caseNews(e.caseID)
        return news(.appealDecided, list, event, notBefore: e.decidedAt, subject: subject, now: now)
    }
}
