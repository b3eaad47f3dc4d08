import Foundation
import InngangModels

/// **Send-time rule**: the rules above, in order, applied when a job comes due. The job
/// handler looks up the facts (I/O) and calls ``decide(_:now:register:subject:addresses:)``.
///
/// 1. ``MootCheck`` — moot → drop; unknown → drop as `factsUnavailable` (fail closed).
/// 2. ``RecipientSafety`` — excluded → drop silently; unverifiable → fail (`recipient-unverifiable`,
///    coordinator task).
/// 3. ``ChannelChoice`` — preferred, else the other channel; none → fail (coordinator task).
///    SMS counts as unavailable when the family's window never opens within the search horizon.
/// 4. ``QuietHours`` for the *chosen* channel (a fallback may have another window than
///    planned) — not allowed now → postpone to the rule's send time; a reminder with no slot
///    left before its deadline → drop as `tooLate`.
/// 5. ``NotificationTemplates`` in the recipient's language, checked by
///    ``MinimalContentPolicy`` (a failing text is never sent).
public struct NotificationDispatch: Sendable {
    public var quietHours: QuietHours
    public var contentPolicy: MinimalContentPolicy

    public init(smsWindow: SMSWindowPolicy = .standard, contentPolicy: MinimalContentPolicy = .standard) {
        self.quietHours = QuietHours(policy: smsWindow)
        self.contentPolicy = contentPolicy
    }

    public func decide(
        _ planned: PlannedNotification, now: Date, register: RegisterLookup, subject: SubjectFacts, addresses: ContactAddresses
    ) -> DispatchDecision {
        switch MootCheck.verdict(for: planned, facts: subject, now: now) {
        case .relevant: break
        case .moot(let reason): return .drop(.moot(reason))
        case .unknown: return .drop(.factsUnavailable)
        }

        let allowed: Set<Channel>
        switch RecipientSafety.check(planned.recipient, register) {
        case .send(let channels, _): allowed = channels
        case .doNotSend(let reason) where reason.isDeliberateExclusion: return .drop(.recipientExcluded(reason))
        case .doNotSend: return .fail(NotificationFailure(planned: planned, reason: .recipientUnverifiable))
        }

        let preference = planned.recipient.contact
        var usable = allowed
        if quietHours.earliestAllowed(atOrAfter: now, preference: preference) == nil { usable.remove(.sms) }
        let channel: Channel, address: String, isFallback: Bool
        switch ChannelChoice.choose(preferred: preference.preferredChannel, addresses: addresses, allowed: usable) {
        case .use(let c, let a, let f): (channel, address, isFallback) = (c, a, f)
        case .unreachable(let reason): return .fail(NotificationFailure(planned: planned, reason: reason))
        }

        if channel == .sms, !quietHours.isAllowed(now, preference: preference) {
            guard let at = quietHours.sendTime(for: planned.timing, channel: .sms, preference: preference, now: now) else {
                return .drop(.tooLate)
            }
            return .postpone(until: at)
        }

        let message = NotificationTemplates.render(purpose: planned.purpose, language: preference.language)
        guard contentPolicy.violations(in: message).isEmpty else { return .drop(.unsafeContent) }
        return .send(OutgoingMessage(key: planned.key, caseID: planned.caseID, channel: channel, address: address, language: preference.language,
                                     message: message, isFallback: isFallback))
    }
}
