import Foundation
import InngangModels

/// One case across all services, folded from its events.
///
/// **Idempotent**: an event id already applied changes nothing (``apply(_:)`` returns `false`).
///
/// **Out-of-order tolerant** — events of one case come from several topics (intake, status,
/// notification, klage), ordered within a topic but not across them:
/// - every fact is placed by its own business time, so history is sorted by time whatever the
///   arrival order, and the service status is *derived* from the facts (``state(of:)``),
///   not stepped by arrival;
/// - a status event for a service whose routing has not arrived yet creates the service's track
///   (not routed until the routing event comes; access rules use routing, so it stays hidden
///   from that service's caseworkers meanwhile);
/// - `documentation-received` before its request: the task is created done;
/// - a meeting rescheduled twice: the scheduling with the latest `reportedAt` wins; a
///   cancellation wins over schedulings reported at or before it;
/// - a decision-notice delivery or appeal fact before the decision: kept on a placeholder
///   decision that the decision event fills in;
/// - the coordinator: the assignment with the latest `assignedAt` wins.
public struct CaseTimeline: Sendable, Equatable {
    public let caseID: CaseID
    public internal(set) var caseNumber: String?
    public internal(set) var municipality: String?
    public internal(set) var receivedAt: Date?
    /// Guardians told about the case (from `case-received`); who may see it (``CaseAccess``).
    public internal(set) var recipients: [Recipient] = []
    public internal(set) var coordinator: Coordinator?
    public internal(set) var services: [ServiceCode: ServiceTrack] = [:]
    public internal(set) var tasks: [TaskID: FamilyTask] = [:]
    public internal(set) var meetings: [MeetingID: Meeting] = [:]
    public internal(set) var decisions: [DecisionID: Decision] = [:]
    /// History, sorted by business time; ties by kind (received, routed, coordinator, the rest)
    /// then event id, so the order never depends on arrival.
    public internal(set) var entries: [TimelineEntry] = []
    /// Ids of every event applied (the idempotency set).
    public internal(set) var appliedEventIDs: Set<String> = []

    public init(caseID: CaseID) {
        self.caseID = caseID
    }

    /// The timeline of `caseID` after applying `events` in order. Events of other cases are ignored.
    public static func fold(caseID: CaseID, _ events: some Sequence<RecordedEvent>) -> CaseTimeline {
        var timeline = CaseTimeline(caseID: caseID)
        for event in events { timeline.apply(event) }
        return timeline
    }

    /// Applies one event. Returns `false` (and changes nothing) when the event id was applied
    /// before or the event belongs to another case.
    @discardableResult
    public mutating func apply(_ recorded: RecordedEvent) -> Bool {
        guard recorded.event.caseID == caseID, !appliedEventIDs.contains(recorded.id) else { return false }
        appliedEventIDs.insert(recorded.id)
        applyFact(recorded.event, id: recorded.id)
        return true
    }

    /// Whether the case-received event has been applied (otherwise recipients are unknown).
    public var isReceived: Bool { receivedAt != nil }

    /// The services the case is routed to, sorted by code.
    public var routedServices: [ServiceCode] {
        services.values.filter(\.isRouted).map(\.service).sorted { $0.rawValue < $1.rawValue }
    }

    /// The family's open tasks, by due date: requested, not received, and not moot. A task is
    /// moot when its service has closed its part or decided after the request.
    public var openTasks: [FamilyTask] {
        tasks.values.filter { task in
            guard task.isOpen, services[task.service]?.closedAt == nil else { return false }
            return task.requestedAt! > (latestDecision(for: task.service)?.reportedAt ?? .distantPast)
        }
        .sorted { ($0.dueDate!, $0.taskID) < ($1.dueDate!, $1.taskID) }
    }

    /// Meetings not cancelled, by start time.
    public var activeMeetings: [Meeting] {
        meetings.values.filter { !$0.isCancelled && $0.startsAt != nil }
            .sorted { ($0.startsAt!, $0.meetingID) < ($1.startsAt!, $1.meetingID) }
    }

    /// The published processing times of the routed services (working days), as the routing
    /// events carried them; pass to ``CitizenViewRenderer/init(catalog:processingTimes:timeZone:)``.
    public var processingTimes: [ServiceCode: Int] {
        services.compactMapValues(\.processingTimeWorkingDays)
    }

    /// The service's decisions that have been made (not placeholders), latest first, including
    /// rejections of appeals.
    public func decisions(for service: ServiceCode) -> [Decision] {
        decisions.values.filter { $0.service == service && $0.isKnown }.sorted(by: Decision.isLater)
    }

    /// The service's current decision: the latest by decision date, then report time. A
    /// rejection of an appeal (``Decision/rejectsAppeal``) is not a decision on the matter and
    /// never the current one.
    public func latestDecision(for service: ServiceCode) -> Decision? {
        decisions(for: service).first { !$0.rejectsAppeal }
    }

    mutating func addEntry(_ eventID: String, at: Date, service: ServiceCode?, _ kind: TimelineEntry.Kind) {
        let entry = TimelineEntry(eventID: eventID, at: at, service: service, kind: kind)
        let index = entries.firstIndex { $0.sortKey > entry.sortKey } ?? entries.endIndex
        entries.insert(entry, at: index)
    }

    mutating func withTrack(_ service: ServiceCode, _ body: (inout ServiceTrack) -> Void) {
        var track = services[service] ?? ServiceTrack(service: service)
        body(&track)
        services[service] = track
    }
}

extension Decision {
    /// Ordering for "latest decision first": decision date, then report time, then id.
    static func isLater(_ a: Decision, _ b: Decision) -> Bool {
        let ka = (a.decisionDate ?? LocalDate(daysSinceEpoch: 0), a.reportedAt ?? .distantPast)
        let kb = (b.decisionDate ?? LocalDate(daysSinceEpoch: 0), b.reportedAt ?? .distantPast)
        if ka.0 != kb.0 { return ka.0 > kb.0 }
        if ka.1 != kb.1 { return ka.1 > kb.1 }
        return a.decisionID > b.decisionID
    }
}
