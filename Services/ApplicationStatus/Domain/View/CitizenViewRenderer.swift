import Foundation
import InngangModels

/// Renders a ``CaseTimeline`` as the family's ``CitizenCaseView`` in nb, nn or en.
///
/// Access is checked first (``CaseAccess``): a viewer who may not see the case gets
/// ``ApplicationStatusDomainError/Code/notFound``. A caseworker sees only their own service's
/// part (plus case-level facts: received, coordinator).
public struct CitizenViewRenderer: Sendable {
    public var catalog: ServiceCatalog
    /// Published processing time per service, in working days (``ExpectedDateRule``).
    public var processingTimes: [ServiceCode: Int]
    public var timeZone: TimeZone

    public init(catalog: ServiceCatalog = .standard, processingTimes: [ServiceCode: Int], timeZone: TimeZone = .oslo) {
        self.catalog = catalog
        self.processingTimes = processingTimes
        self.timeZone = timeZone
    }

    /// - Parameters:
    ///   - texts: free text stored with report events, keyed by event id (documentation
    ///     descriptions, interim-reply reasons); missing texts are left out.
    ///   - now: the clock, for "today", overdue tasks and upcoming meetings.
    public func render(
        _ timeline: CaseTimeline?, for viewer: Viewer, language: Language, now: Date, texts: [String: String] = [:]
    ) throws(ApplicationStatusDomainError) -> CitizenCaseView {
        let timeline = try CaseAccess.require(viewer, timeline)
        let visible = CaseAccess.visibleServices(to: viewer, in: timeline)
        let visibleSet = Set(visible)
        let w = wording(for: language)
        let today = LocalDate(now, in: timeZone)
        func name(_ s: ServiceCode) -> String { catalog.name(of: s, in: language) }
        func when(_ instant: Date) -> String { dateTime(instant, w) }

        let services = visible
            .sorted { (timeline.services[$0]?.routedAt ?? .distantFuture, $0.rawValue) < (timeline.services[$1]?.routedAt ?? .distantFuture, $1.rawValue) }
            .map { service -> ServiceStatusView in
                let state = timeline.state(of: service)
                let step = NextStepRule.nextStep(for: service, in: timeline, processingTimes: processingTimes, today: today)
                let interim = state == .interimReply ? timeline.currentInterimReply(for: service) : nil
                let outcome: DecisionOutcome? = if case .decided(let o) = state { o } else { nil }
                return ServiceStatusView(
                    service: service, serviceName: name(service), status: state.code, outcome: outcome,
                    statusText: w.state(state), nextStep: step.code, nextStepText: w.nextStep(step, service: name(service)),
                    expectedDate: step.expected?.date, expectedDateBasis: step.expected?.basis,
                    expectedDateIsOverdue: step.expected?.isOverdue ?? false,
                    interimReplyReason: interim.flatMap { texts[$0.eventID] })
            }

        let tasks = timeline.openTasks.filter { visibleSet.contains($0.service) }.map { task in
            let due = task.dueDate!
            return TaskView(
                taskID: task.taskID, service: task.service, serviceName: name(task.service), documentCode: task.documentCode ?? "",
                description: task.requestEventID.flatMap { texts[$0] }, dueDate: due, isOverdue: due < today,
                text: w.task(service: name(task.service), due: w.date(due), overdue: due < today))
        }

        let startOfToday = today.startOfDay(in: timeZone)
        let meetings = timeline.activeMeetings
            .filter { visibleSet.contains($0.service) && $0.startsAt! >= startOfToday }
            .map { m in
                MeetingView(
                    meetingID: m.meetingID, service: m.service, serviceName: name(m.service), startsAt: m.startsAt!,
                    place: m.place ?? "", text: w.meeting(service: name(m.service), when: when(m.startsAt!), place: m.place ?? ""))
            }

        let coordinator = timeline.coordinator.map {
            CoordinatorView(name: $0.name, phone: $0.phone, email: $0.email, text: w.coordinator(name: $0.name))
        }

        let appeals = visible.flatMap { timeline.decisions(for: $0) }.sorted(by: Decision.isLater).compactMap { d -> AppealView? in
            guard let deadline = AppealDeadlineRule.deadline(for: d, timeZone: timeZone),
                let status = AppealDeadlineRule.status(of: d, today: today, timeZone: timeZone)
            else { return nil }
            return AppealView(
                decisionID: d.decisionID, service: d.service, serviceName: name(d.service), outcome: d.outcome!,
                outcomeText: w.outcome(d.outcome!), decisionDate: d.decisionDate!, deadline: deadline.lastDay,
                deadlineBasis: deadline.basis, deadlineIsProvisional: deadline.isProvisional, status: status,
                deadlineText: w.appealDeadline(
                    lastDay: deadline.lastDay.map(w.date) ?? "", countedFrom: w.date(deadline.countedFrom), basis: deadline.basis,
                    status: status, limit: w.date(deadline.absoluteLimit)),
                howToAppealText: w.howToAppeal(service: name(d.service)),
                appeal: d.appeal.flatMap { progressView($0, of: d, in: timeline, w, service: name(d.service)) })
        }

        let history = timeline.entries
            .filter { $0.service.map(visibleSet.contains) ?? true }
            .reversed()
            .map { e in
                HistoryEntryView(
                    at: e.at, date: LocalDate(e.at, in: timeZone), service: e.service, serviceName: e.service.map(name),
                    kind: e.kind.code, text: w.history(e.kind, service: e.service.map(name), date: w.date, when: when))
            }

        return CitizenCaseView(
            caseID: timeline.caseID, caseNumber: timeline.caseNumber, language: language,
            receivedOn: timeline.receivedAt.map { LocalDate($0, in: timeZone) }, services: services, openTasks: tasks,
            upcomingMeetings: meetings, coordinator: coordinator, appeals: appeals, history: Array(history))
    }

    /// The appeal's current stage for the family, or `nil` when no step is known yet.
    func progressView(
        _ appeal: AppealProgress, of decision: Decision, in timeline: CaseTimeline, _ w: any CitizenWording, service: String
    ) -> AppealProgressView? {
        guard let stage = appeal.stage else { return nil }
        let completeBy = stage == .completionRequested ? appeal.completeBy : nil
        let expectedBy = appeal.pendingExpectedBy
        let result = stage == .decided ? appeal.result : nil
        let newDecisionID = stage == .decided ? appeal.newDecisionID : nil
        let newOutcome = newDecisionID.flatMap { timeline.decisions[$0]?.outcome }
        return AppealProgressView(
            appealID: appeal.appealID, stage: stage, filedOn: appeal.filedAt.map { LocalDate($0, in: timeZone) },
            completeBy: completeBy, expectedBy: expectedBy, result: result, newDecisionID: newDecisionID, newOutcome: newOutcome,
            text: w.appealProgress(stage, result: result, newOutcome: newOutcome, completeBy: completeBy.map(w.date),
                                   expectedBy: expectedBy.map(w.date), service: service))
    }

    /// "tirsdag 3. mars 2026 kl. 10.00" / "Tuesday 3 March 2026 at 10:00", in ``timeZone``.
    func dateTime(_ instant: Date, _ w: any CitizenWording) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.hour, .minute], from: instant)
        let day = LocalDate(instant, in: timeZone)
        return "\(w.weekdayName(day)) \(w.date(day)) \(w.time(hour: c.hour!, minute: c.minute!))"
    }
}

extension TimelineEntry.Kind {
    /// A stable code for JSON, e.g. `decision-made`.
    public var code: String {
        switch self {
        case .caseReceived: "case-received"
        case .routed: "routed"
        case .coordinatorAssigned: "coordinator-assigned"
        case .progressReported: "progress-reported"
        case .documentationRequested: "documentation-requested"
        case .documentationReceived: "documentation-received"
        case .meetingScheduled: "meeting-scheduled"
        case .meetingCancelled: "meeting-cancelled"
        case .interimReply: "interim-reply"
        case .decisionMade: "decision-made"
        case .serviceClosed: "service-closed"
        case .appeal(_, let stage):
            switch stage {
            case .filed: "appeal-filed"
            case .completionRequested: "appeal-completion-requested"
            case .completed: "appeal-completed"
            case .forwarded: "appeal-forwarded"
            case .interimReply: "appeal-interim-reply"
            case .decided: "appeal-decided"
            }
        case .reasonsRequested: "reasons-requested"
        case .reasonsGiven: "reasons-given"
        }
    }
}
