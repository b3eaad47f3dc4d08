import Foundation
import InngangModels

/// **Planning rule** (ISSUE 3 item 5; domain.md "notification"): from one consumed event, the
/// messages to enqueue and the queued messages to cancel.
///
/// | event | plans (per recipient) | cancels |
/// |---|---|---|
/// | case received | `receipt`, at once | – |
/// | coordinator assigned | `coordinator-assigned`, at once | – |
/// | meeting scheduled (or moved) | `meeting-reminder-day-before`, `meeting-reminder-same-day` | earlier reminders of the meeting |
/// | meeting cancelled | – | every reminder of the meeting |
/// | documentation requested | `documentation-due-soon` | an earlier reminder of the same task |
/// | documentation received | – | the task's reminder |
/// | decision made | `decision-made`, at once (any outcome; the text never shows it) | the service's documentation reminders still queued (the decision closes the request; the service's facts name the tasks: `SubjectFactStore.closeOpenTasks`) |
/// | appeal filed | `appeal-received`, at once (only to the appellant when the young person appealed) | the decision's `appeal-deadline-approaching` reminders |
/// | appeal completion requested / forwarded / interim reply | `appeal-completion-requested` / `appeal-forwarded` / `appeal-interim-reply`, at once | – |
/// | appeal decided | `appeal-decided`, at once (the notice of the new decision, when a reversal made one) | – |
/// | reasons requested (in time) | – | the requester's `appeal-deadline-approaching` reminders of the decision |
/// | reasons given (request in time) | `appeal-deadline-approaching` to the requester, from the new deadline | the requester's other reminders of the decision |
/// | consent requested | `consent-requested` to each grantor, at once | – |
/// | consent given | `consent-expiring` to each grantor (``ReminderPolicy/consentExpiring(validUntil:)``) | – |
/// | consent withdrawn | `consent-withdrawn` confirmation to every grantor, at once | the consent's queued messages |
/// | consent refused / revoked / expired | – | the consent's queued messages |
///
/// Consent and appeal rules: `NotificationPlanner+ConsentAndAppeal.swift`. Grantors' contact
/// preferences: ``GrantorContact``.
///
/// `appeal-deadline-approaching` is planned by ``planAppealDeadlineReminder(decisionEventID:caseID:decisionID:outcome:recipient:deadline:now:)``
/// once the deadline is known (it counts from when the decision notice reached the party).
/// Recipients come from ``CaseRecipients`` (case-received); times from ``ReminderPolicy``,
/// moved by ``QuietHours`` for each recipient's preferred channel.
public struct NotificationPlanner: Sendable {
    public var reminders: ReminderPolicy
    public var quietHours: QuietHours

    public init(reminders: ReminderPolicy = .standard, smsWindow: SMSWindowPolicy = .standard) {
        self.reminders = reminders
        self.quietHours = QuietHours(policy: smsWindow)
    }

    /// The plan for `event`, planned at `now`.
    ///
    /// - Parameter recipients: the case's list; may be `nil` for case-received (which carries its
    ///   own) and for events that only cancel.
    /// - Throws: ``NotificationDomainError/Code/recipientsUnknown`` (retriable) when messages are
    ///   due but the list is not known yet; ``NotificationDomainError/Code/caseMismatch`` when the
    ///   list is another case's.
    public func plan(_ event: TriggeringEvent, recipients: CaseRecipients?, now: Date) throws(NotificationDomainError) -> NotificationPlan {
        switch event.trigger {
        case .caseReceived(let e):
            return news(.receipt, CaseRecipients(e), event, notBefore: e.receivedAt, subject: .caseNews(e.caseID), now: now)
        case .coordinatorAssigned(let e):
            let list = try resolve(recipients, for: event)
            return news(.coordinatorAssigned, list, event, notBefore: e.assignedAt, subject: .caseNews(e.caseID), now: now)
        case .decisionMade(let e):
            let list = try resolve(recipients, for: event)
            return news(.decisionMade, list, event, notBefore: e.reportedAt, subject: .decision(e.decisionID, outcome: e.outcome), now: now)
        case .meetingScheduled(let e):
            let list = try resolve(recipients, for: event)
            return meetingReminders(e, list, event, now: now)
        case .meetingCancelled(let e):
            return NotificationPlan(cancellations: [Cancellation(group: .meeting(e.meetingID))])
        case .documentationRequested(let e):
            let list = try resolve(recipients, for: event)
            let subject = NotificationSubject.task(e.taskID, dueDate: e.dueDate)
            var plan = NotificationPlan(cancellations: [Cancellation(group: .task(e.taskID), exceptSourceEventID: event.id)])
            for r in list.recipients {
                let timing = reminders.documentationDueSoon(dueDate: e.dueDate)
                plan = plan + planOne(.documentationDueSoon, r, list.caseID, event.id, timing, subject, now: now)
            }
            return plan
        case .documentationReceived(let e):
            return NotificationPlan(cancellations: [Cancellation(group: .task(e.taskID))])
        case .consentRequested(let e):
            return try consentRequested(e, recipients, event, now: now)
        case .consentGiven(let e):
            return try consentGiven(e, recipients, event, now: now)
        case .consentWithdrawn(let e):
            return try consentWithdrawn(e, recipients, event, now: now)
        case .consentEnded(let e):
            return NotificationPlan(cancellations: [Cancellation(group: .consent(e.consentID))])
        case .appealFiled(let e):
            return try appealFiled(e, recipients, event, now: now)
        case .appealCompletionRequested(let e):
            return news(.appealCompletionRequested, try resolve(recipients, for: event), event, notBefore: e.at, subject: .caseNews(e.caseID), now: now)
        case .appealForwarded(let e):
            return news(.appealForwarded, try resolve(recipients, for: event), event, notBefore: e.at, subject: .caseNews(e.caseID), now: now)
        case .appealInterimReply(let e):
            return news(.appealInterimReply, try resolve(recipients, for: event), event, notBefore: e.at, subject: .caseNews(e.caseID), now: now)
        case .appealDecided(let e):
            return try appealDecided(e, recipients, event, now: now)
        case .reasonsRequested(let e):
            return reasonsRequested(e)
        case .reasonsGiven(let e):
            return try reasonsGiven(e, recipients, event, now: now)
        }
    }

    /// **Appeal reminder rule**: one `appeal-deadline-approaching` message for `recipient`, whose
    /// appeal deadline ends on `deadline` (computed elsewhere, from when the decision notice
    /// reached this recipient: forvaltningsloven § 29). Keyed by the decision-made event, so it
    /// is planned once per (decision, recipient) however often delivery is reported. Only for
    /// appealable outcomes (everything but `granted`); cancelled by an appeal filed against the
    /// decision (group `appeal:<decisionID>`).
    public func planAppealDeadlineReminder(
        decisionEventID: String, caseID: CaseID, decisionID: DecisionID, outcome: DecisionOutcome,
        recipient: Recipient, deadline: LocalDate, now: Date
    ) -> NotificationPlan {
        let key = NotificationKey(sourceEventID: decisionEventID, recipient: recipient.person, purpose: .appealDeadlineApproaching)
        guard outcome.isAppealable else { return NotificationPlan(skipped: [SkippedNotification(key: key, reason: .notAppealable)]) }
        return appealDeadlineReminder(sourceEventID: decisionEventID, caseID: caseID, decisionID: decisionID,
                                      recipient: recipient, deadline: deadline, now: now)
    }

    /// One `appeal-deadline-approaching` reminder keyed by `sourceEventID` (group `appeal:<decisionID>`).
    func appealDeadlineReminder(
        sourceEventID: String, caseID: CaseID, decisionID: DecisionID, recipient: Recipient, deadline: LocalDate, now: Date
    ) -> NotificationPlan {
        planOne(.appealDeadlineApproaching, recipient, caseID, sourceEventID,
                reminders.appealDeadlineApproaching(deadline: deadline),
                .appealDeadline(decisionID, deadline: deadline), now: now)
    }

    // MARK: Rules per kind

    func news(
        _ purpose: NotificationPurpose, _ list: CaseRecipients, _ event: TriggeringEvent, notBefore: Date,
        subject: NotificationSubject, now: Date
    ) -> NotificationPlan {
        list.recipients.reduce(NotificationPlan.none) { plan, r in
            plan + planOne(purpose, r, list.caseID, event.id, .asSoonAsAllowed(notBefore: notBefore), subject, now: now)
        }
    }

    /// Day-before and same-day reminders, at most one per day (``ReminderPolicy/oneMeetingReminderPerDay``).
    private func meetingReminders(_ e: MeetingScheduledV1, _ list: CaseRecipients, _ event: TriggeringEvent, now: Date) -> NotificationPlan {
        var plan = NotificationPlan(cancellations: [Cancellation(group: .meeting(e.meetingID), exceptSourceEventID: event.id)])
        let subject = NotificationSubject.meeting(e.meetingID, startsAt: e.startsAt)
        let meetingDay = reminders.clock.date(of: e.startsAt)
        for r in list.recipients {
            if e.startsAt <= now {
                for purpose in [NotificationPurpose.meetingReminderDayBefore, .meetingReminderSameDay] {
                    plan.skipped.append(SkippedNotification(key: key(event.id, r, purpose), reason: .eventInPast))
                }
                continue
            }
            var dayBefore = planOne(.meetingReminderDayBefore, r, list.caseID, event.id,
                                    reminders.meetingDayBefore(startsAt: e.startsAt), subject, now: now)
            var sameDay = planOne(.meetingReminderSameDay, r, list.caseID, event.id,
                                  reminders.meetingSameDay(startsAt: e.startsAt), subject, now: now)
            if reminders.oneMeetingReminderPerDay, let first = dayBefore.notifications.first, let second = sameDay.notifications.first,
                reminders.clock.date(of: first.sendAt) == reminders.clock.date(of: second.sendAt)
            {
                // Keep the reminder named for the day they share.
                if reminders.clock.date(of: second.sendAt) == meetingDay {
                    dayBefore = NotificationPlan(skipped: [SkippedNotification(key: first.key, reason: .coveredByOtherReminderThatDay)])
                } else {
                    sameDay = NotificationPlan(skipped: [SkippedNotification(key: second.key, reason: .coveredByOtherReminderThatDay)])
                }
            }
            plan = plan + dayBefore + sameDay
        }
        return plan
    }

    // MARK: One message

    func planOne(
        _ purpose: NotificationPurpose, _ recipient: Recipient, _ caseID: CaseID, _ eventID: String,
        _ timing: NotificationTiming, _ subject: NotificationSubject, now: Date
    ) -> NotificationPlan {
        let key = key(eventID, recipient, purpose)
        if let latest = timing.latest, latest <= now {
            return NotificationPlan(skipped: [SkippedNotification(key: key, reason: subjectHasPassed(subject, now) ? .eventInPast : .noTimeBeforeDeadline)])
        }
        guard let sendAt = quietHours.sendTime(for: timing, channel: recipient.contact.preferredChannel, preference: recipient.contact, now: now) else {
            let reason: SkippedNotification.Reason = timing.latest == nil ? .noAllowedTime : .noTimeBeforeDeadline
            return NotificationPlan(skipped: [SkippedNotification(key: key, reason: reason)])
        }
        return NotificationPlan(notifications: [
            PlannedNotification(key: key, caseID: caseID, recipient: recipient, timing: timing, sendAt: sendAt, subject: subject)
        ])
    }

    func key(_ eventID: String, _ recipient: Recipient, _ purpose: NotificationPurpose) -> NotificationKey {
        NotificationKey(sourceEventID: eventID, recipient: recipient.person, purpose: purpose)
    }

    func subjectHasPassed(_ subject: NotificationSubject, _ now: Date) -> Bool {
        switch subject {
        case .caseNews, .decision: false
        case .meeting(_, let startsAt): startsAt <= now
        case .task(_, let due): LegalDeadline.expiry(of: due, in: reminders.clock.timeZone) <= now
        case .appealDeadline(_, let deadline): LegalDeadline.expiry(of: deadline, in: reminders.clock.timeZone) <= now
        case .consentRequest, .consentNews: false
        case .consentExpiry(_, _, let until): LegalDeadline.expiry(of: until, in: reminders.clock.timeZone) <= now
        }
    }

    func resolve(_ recipients: CaseRecipients?, for event: TriggeringEvent) throws(NotificationDomainError) -> CaseRecipients {
        guard let recipients else {
            throw NotificationDomainError(.recipientsUnknown, "No recipient list for case \(event.trigger.caseID) yet (event \(event.id))", isRetriable: true)
        }
        guard recipients.caseID == event.trigger.caseID else {
            throw NotificationDomainError(.caseMismatch, "Recipient list of case \(recipients.caseID) given for an event of case \(event.trigger.caseID)")
        }
        return recipients
    }
}
