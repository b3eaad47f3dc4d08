import Foundation
import InngangModels

/// What the service knows *now* about a planned message's subject (from its own projection of
/// the events), looked up right before sending.
public enum SubjectFacts: Sendable, Hashable {
    public enum Meeting: Sendable, Hashable {
        case scheduled(startsAt: Date)
        case cancelled
    }

    public enum Task: Sendable, Hashable {
        case open(dueDate: LocalDate)
        case received
        /// The service made a decision after the documentation was requested: the decision closes
        /// the request (the same rule application-status applies to the family's open tasks).
        case closedByDecision
    }

    public enum Appeal: Sendable, Hashable {
        /// No appeal filed; the deadline currently ends on `deadline`.
        case open(deadline: LocalDate)
        case filed
        /// The recipient asked for the reasons for the decision in time (forvaltningsloven § 24,
        /// § 29 third paragraph): no deadline runs for them until the reasons are given.
        case awaitingReasons
    }

    public enum Consent: Sendable, Hashable {
        /// Requested; not every grantor has given it yet.
        case requested
        /// Every grantor gave it; in force until the end of `validUntil`.
        case inForce(validUntil: LocalDate)
        /// Refused, withdrawn, revoked or expired: it will not (again) be in force.
        case ended
    }

    case meeting(Meeting)
    case task(Task)
    case appeal(Appeal)
    case consent(Consent)
    /// The facts could not be established (no record, or a lookup that cannot succeed).
    case unavailable
    /// For subjects that cannot become moot (receipt, coordinator assigned, decision made).
    case notNeeded
}
