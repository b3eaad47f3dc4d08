import Foundation
import InngangModels

/// What a party's request for the reasons for a decision did to that party's appeal deadline.
public struct ReasonsRequestAssessment: Sendable, Equatable {
    /// Whether the request was made before the party's ordinary deadline ran out, so it
    /// interrupted the deadline (§ 29 third paragraph). A late request changes nothing.
    public var inTime: Bool
    /// The party's appeal deadline with the request taken into account: ``AppealDeadline/Basis/awaitingReasons``
    /// (no deadline runs) until the reasons are given, then ``AppealDeadline/Basis/reasonsDelivered``;
    /// for a late request, the ordinary deadline.
    public var deadline: AppealDeadline
    /// The day (Oslo) the reasons reached the party; `nil` while they have not been given.
    public var reasonsGivenOn: LocalDate?
}

/// **A request for the reasons for a decision** (*krav om begrunnelse*, forvaltningsloven § 24
/// second paragraph, § 29 third paragraph), for one party.
///
/// The request is measured against the party's ordinary deadline (``AppealDeadlineRule``, from
/// the same ``NoticeFacts``): made before the end of its last day (Oslo) it interrupts the
/// deadline, and a new deadline of ``KlageRules/appealDeadlineWeeks`` runs from the day the reasons
/// reach the party; made later it has no effect on the deadline (the party still gets the
/// reasons, and a late appeal is still registered and assessed, § 31).
///
/// The facts are what is known now: a decision notice's delivery recorded later can make a
/// request counted from the decision date in time — assess again with the new facts.
public enum ReasonsRequestRule {
    public static func assess(requestedAt: Date, reasonsGivenAt: Date?, notice: NoticeFacts,
                              rules: KlageRules = .standard) -> ReasonsRequestAssessment {
        var withRequest = notice
        withRequest.reasonsRequest = ReasonsRequest(requestedAt: requestedAt, reasonsDeliveredAt: reasonsGivenAt)
        let deadline = AppealDeadlineRule.deadline(for: withRequest, rules: rules)
        return ReasonsRequestAssessment(inTime: deadline.isInterrupted, deadline: deadline,
                                        reasonsGivenOn: reasonsGivenAt.map { LocalDate($0, in: rules.timeZone) })
    }
}
