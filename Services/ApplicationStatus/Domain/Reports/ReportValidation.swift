import Foundation
import InngangModels

/// Which caseworker reports are accepted, and the events they become.
///
/// Checks run in this order, each throwing ``ApplicationStatusDomainError``:
/// 1. the case is routed to the reporting service (`serviceNotRouted`) — e.g. a decision for a
///    service the case was never routed to;
/// 2. every field (`invalidReport`, with *all* problems and their JSON pointers, never values);
/// 3. the service's state allows the report (`notAllowedInState`, table in ``ReportKind``);
/// 4. a referenced task or meeting exists for this service and is still open (`unknownReference`).
///
/// Date rules use "today" in Oslo: a due date or expected-by date before today, a meeting not in
/// the future, and a decision date in the future or before the case was received are rejected.
/// Dates more than ``horizonYears`` ahead are rejected as typing errors.
public enum ReportValidation {
    /// How many years ahead a due date, expected-by date or meeting may be.
    public static let horizonYears = 2
    /// Longest description / reason text.
    public static let maxTextLength = 2000
    /// Longest meeting place.
    public static let maxPlaceLength = 300

    public static func accept(
        _ report: InProgressReport, on timeline: CaseTimeline, context: ReportContext
    ) throws(ApplicationStatusDomainError) -> AcceptedReport<ProgressReportedV1> {
        try requireRouted(timeline, context)
        try FieldChecks().finish(.inProgress)
        try requireAllowed(.inProgress, timeline, context)
        let payload = ProgressReportedV1(caseID: timeline.caseID, service: context.service, reportedBy: context.reportedBy, reportedAt: context.now)
        return AcceptedReport(.statusProgressReported, payload, .progressReported(payload))
    }

    public static func accept(
        _ report: DocumentationRequestReport, on timeline: CaseTimeline, context: ReportContext, taskID: TaskID = TaskID()
    ) throws(ApplicationStatusDomainError) -> AcceptedReport<DocumentationRequestedV1> {
        try requireRouted(timeline, context)
        var checks = FieldChecks()
        let code = checks.code(report.documentCode, "/documentCode")
        let text = checks.text(report.description, "/description", maxLength: maxTextLength)
        let due = checks.date(report.dueDate, "/dueDate", notBefore: context.today, notAfter: context.horizon)
        try checks.finish(.documentationRequested)
        try requireAllowed(.documentationRequested, timeline, context)
        let payload = DocumentationRequestedV1(
            caseID: timeline.caseID, service: context.service, taskID: taskID, documentCode: code!, dueDate: due!,
            reportedBy: context.reportedBy, reportedAt: context.now)
        return AcceptedReport(.statusDocumentationRequested, payload, .documentationRequested(payload), text: text)
    }

    public static func accept(
        _ report: DocumentationReceivedReport, on timeline: CaseTimeline, context: ReportContext
    ) throws(ApplicationStatusDomainError) -> AcceptedReport<DocumentationReceivedV1> {
        try requireRouted(timeline, context)
        var checks = FieldChecks()
        let taskID: TaskID? = checks.id(report.taskID, "/taskID")
        try checks.finish(.documentationReceived)
        try requireAllowed(.documentationReceived, timeline, context)
        guard let task = timeline.tasks[taskID!], task.service == context.service, task.isOpen else {
            throw ApplicationStatusDomainError(.unknownReference, "No open task with that id for this service.")
        }
        let payload = DocumentationReceivedV1(caseID: timeline.caseID, service: context.service, taskID: task.taskID, receivedAt: context.now)
        return AcceptedReport(.statusDocumentationReceived, payload, .documentationReceived(payload))
    }

    public static func accept(
        _ report: MeetingReport, on timeline: CaseTimeline, context: ReportContext, newMeetingID: MeetingID = MeetingID()
    ) throws(ApplicationStatusDomainError) -> AcceptedReport<MeetingScheduledV1> {
        try requireRouted(timeline, context)
        var checks = FieldChecks()
        let existing: MeetingID? = checks.id(report.meetingID, "/meetingID", required: false)
        let startsAt = checks.dateTime(report.startsAt, "/startsAt", after: context.now, notAfter: context.horizon.startOfDay(in: context.timeZone))
        let place = checks.text(report.place, "/place", maxLength: maxPlaceLength)
        try checks.finish(.meetingScheduled)
        try requireAllowed(.meetingScheduled, timeline, context)
        if let existing { try requireActiveMeeting(existing, timeline, context) }
        let payload = MeetingScheduledV1(
            caseID: timeline.caseID, service: context.service, meetingID: existing ?? newMeetingID, startsAt: startsAt!,
            place: place!, reportedBy: context.reportedBy, reportedAt: context.now)
        return AcceptedReport(.statusMeetingScheduled, payload, .meetingScheduled(payload))
    }

    public static func accept(
        _ report: MeetingCancellationReport, on timeline: CaseTimeline, context: ReportContext
    ) throws(ApplicationStatusDomainError) -> AcceptedReport<MeetingCancelledV1> {
        try requireRouted(timeline, context)
        var checks = FieldChecks()
        let meetingID: MeetingID? = checks.id(report.meetingID, "/meetingID")
        try checks.finish(.meetingCancelled)
        try requireAllowed(.meetingCancelled, timeline, context)
        try requireActiveMeeting(meetingID!, timeline, context)
        let payload = MeetingCancelledV1(caseID: timeline.caseID, service: context.service, meetingID: meetingID!, reportedAt: context.now)
        return AcceptedReport(.statusMeetingCancelled, payload, .meetingCancelled(payload))
    }

    public static func accept(
        _ report: InterimReplyReport, on timeline: CaseTimeline, context: ReportContext
    ) throws(ApplicationStatusDomainError) -> AcceptedReport<InterimReplySentV1> {
        try requireRouted(timeline, context)
        var checks = FieldChecks()
        let expectedBy = checks.date(report.expectedBy, "/expectedBy", notBefore: context.today, notAfter: context.horizon)
        let reason = checks.text(report.reason, "/reason", maxLength: maxTextLength)
        try checks.finish(.interimReply)
        try requireAllowed(.interimReply, timeline, context)
        let payload = InterimReplySentV1(
            caseID: timeline.caseID, service: context.service, expectedBy: expectedBy!, reportedBy: context.reportedBy, reportedAt: context.now)
        return AcceptedReport(.statusInterimReplySent, payload, .interimReplySent(payload), text: reason)
    }

    public static func accept(
        _ report: DecisionReport, on timeline: CaseTimeline, context: ReportContext, decisionID: DecisionID = DecisionID()
    ) throws(ApplicationStatusDomainError) -> AcceptedReport<DecisionMadeV1> {
        try requireRouted(timeline, context)
        var checks = FieldChecks()
        let outcome = checks.oneOf(report.outcome, "/outcome", DecisionOutcome.self)
        let received = timeline.receivedAt.map { LocalDate($0, in: context.timeZone) }
        let date = checks.date(
            report.decisionDate, "/decisionDate", notBefore: received, notAfter: context.today,
            tooEarly: .outOfRange, tooLate: .inFuture)
        try checks.finish(.decision)
        try requireAllowed(.decision, timeline, context)
        let payload = DecisionMadeV1(
            caseID: timeline.caseID, service: context.service, decisionID: decisionID, outcome: outcome!, decisionDate: date!,
            reportedBy: context.reportedBy, reportedAt: context.now)
        return AcceptedReport(.statusDecisionMade, payload, .decisionMade(payload))
    }

    // MARK: Shared checks

    static func requireRouted(_ timeline: CaseTimeline, _ context: ReportContext) throws(ApplicationStatusDomainError) {
        guard timeline.services[context.service]?.isRouted == true else {
            throw ApplicationStatusDomainError(.serviceNotRouted, "The case is not routed to the reporting service.")
        }
    }

    static func requireAllowed(_ kind: ReportKind, _ timeline: CaseTimeline, _ context: ReportContext) throws(ApplicationStatusDomainError) {
        let state = timeline.state(of: context.service)
        guard kind.isAllowed(in: state) else {
            throw ApplicationStatusDomainError(
                .notAllowedInState, "The report '\(kind.rawValue)' is not allowed while the service's state is \(state.code).")
        }
    }

    static func requireActiveMeeting(_ id: MeetingID, _ timeline: CaseTimeline, _ context: ReportContext) throws(ApplicationStatusDomainError) {
        guard let meeting = timeline.meetings[id], meeting.service == context.service, !meeting.isCancelled else {
            throw ApplicationStatusDomainError(.unknownReference, "No active meeting with that id for this service.")
        }
    }
}
