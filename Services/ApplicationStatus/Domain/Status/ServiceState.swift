import Foundation
import InngangModels

/// Where one service is with its part of the case.
///
/// ```
/// received ─► inProgress ─► documentationRequested ⇄ inProgress ─► interimReply ─► decided ─► closed
///     └──────────┴──────────────────┴──────────────────────┴──────────► decided
/// ```
/// A decision can come from any open state (a dismissal often comes straight away). After a
/// decision the service can work again (the case sent back after an appeal): a later progress
/// report, documentation request or interim reply makes the state follow it; a new decision
/// then has its own id.
public enum ServiceState: Sendable, Hashable, Codable {
    /// Routed; the service has not reported anything yet.
    case received
    case inProgress
    /// The service waits for documentation from the family (an open task).
    case documentationRequested
    /// An interim reply (foreløpig svar) told the family when to expect an answer.
    case interimReply
    case decided(DecisionOutcome)
    case closed

    /// A stable code for JSON and logs: `received`, `in-progress`, `documentation-requested`,
    /// `interim-reply`, `decided`, `closed`.
    public var code: String {
        switch self {
        case .received: "received"
        case .inProgress: "in-progress"
        case .documentationRequested: "documentation-requested"
        case .interimReply: "interim-reply"
        case .decided: "decided"
        case .closed: "closed"
        }
    }

    /// Decided or closed: no answer is pending.
    public var isSettled: Bool {
        switch self {
        case .decided, .closed: true
        default: false
        }
    }
}

extension CaseTimeline {
    /// The state of `service`'s part of the case, derived from the facts (so independent of the
    /// order events arrived in):
    /// 1. closed, if the service closed its part;
    /// 2. otherwise, with *after* meaning "reported after the latest decision" (everything, when
    ///    there is no decision):
    ///    - documentation requested, if the family has an open task from the service;
    ///    - interim reply, if the latest progress report or interim reply after is an interim reply;
    ///    - in progress, if anything was reported after;
    ///    - decided (latest decision's outcome), if there is a decision;
    ///    - received.
    public func state(of service: ServiceCode) -> ServiceState {
        let track = services[service] ?? ServiceTrack(service: service)
        if track.closedAt != nil { return .closed }
        let decision = latestDecision(for: service)
        let since = decision?.reportedAt ?? .distantPast
        if openTasks.contains(where: { $0.service == service }) { return .documentationRequested }
        let lastProgress = track.progressReports.last { $0 > since }
        let lastInterim = track.interimReplies.last { $0.reportedAt > since }
        if let lastInterim, lastProgress.map({ $0 <= lastInterim.reportedAt }) ?? true { return .interimReply }
        let workedOn = lastProgress != nil
            || tasks.values.contains { $0.service == service && ($0.requestedAt ?? .distantPast) > since }
        if workedOn { return .inProgress }
        if let outcome = decision?.outcome { return .decided(outcome) }
        return .received
    }

    /// The state of every routed service.
    public var statuses: [ServiceCode: ServiceState] {
        Dictionary(uniqueKeysWithValues: routedServices.map { ($0, state(of: $0)) })
    }

    /// The interim reply in force for `service`: the latest reported after the latest decision.
    public func currentInterimReply(for service: ServiceCode) -> ServiceTrack.InterimReply? {
        let since = latestDecision(for: service)?.reportedAt ?? .distantPast
        return services[service]?.interimReplies.last { $0.reportedAt > since }
    }
}
