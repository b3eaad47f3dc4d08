import InngangModels

/// Who is asking (from the verified token).
public enum Viewer: Sendable, Equatable {
    /// A citizen: the national identity number from the ID-porten-style token.
    case guardian(PersonRef)
    /// An employee of one service.
    case caseworker(service: ServiceCode, employeeID: String)
}

/// Who may see a case. Anything not allowed is *not found*: the answer never reveals whether a
/// case exists.
///
/// - A guardian sees a case only when they are among its recipients (`CaseReceivedV1.recipients`:
///   the guardians with parental responsibility intake told about it). Until the case-received
///   event is applied, nobody is a recipient (fail closed).
/// - A caseworker sees a case only when it is routed to their service, and then only their own
///   service's part (``visibleServices(to:in:)``): confidentiality stops at the service boundary.
public enum CaseAccess {
    public static func canView(_ viewer: Viewer, _ timeline: CaseTimeline) -> Bool {
        switch viewer {
        case .guardian(let person):
            return timeline.isReceived && timeline.recipients.contains { $0.person == person }
        case .caseworker(let service, _):
            return timeline.services[service]?.isRouted == true
        }
    }

    /// The timeline when `viewer` may see it; otherwise ``ApplicationStatusDomainError/Code/notFound``
    /// (also for a case that does not exist: pass `nil`).
    public static func require(_ viewer: Viewer, _ timeline: CaseTimeline?) throws(ApplicationStatusDomainError) -> CaseTimeline {
        guard let timeline, canView(viewer, timeline) else {
            throw ApplicationStatusDomainError(.notFound, "No such case.")
        }
        return timeline
    }

    /// The services whose part of the case `viewer` may see: all routed services for a recipient
    /// guardian, the own service for a caseworker, none otherwise.
    public static func visibleServices(to viewer: Viewer, in timeline: CaseTimeline) -> [ServiceCode] {
        guard canView(viewer, timeline) else { return [] }
        switch viewer {
        case .guardian: return timeline.routedServices
        case .caseworker(let service, _): return [service]
        }
    }
}
