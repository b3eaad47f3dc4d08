import Foundation
import InngangModels

extension CaseTimeline {
    /// The per-event fold. Each branch is written so that applying facts in any order gives the
    /// same state (see the type's documentation for the rules).
    mutating func applyFact(_ event: TimelineEvent, id: String) {
        switch event {
        case .caseReceived(let e):
            caseNumber = e.caseNumber
            municipality = e.municipality
            receivedAt = e.receivedAt
            recipients = e.recipients
            addEntry(id, at: e.receivedAt, service: nil, .caseReceived)

        case .caseRouted(let e):
            withTrack(e.service) { track in
                track.routedAt = min(track.routedAt ?? e.routedAt, e.routedAt)
                track.processingTimeWorkingDays = e.processingTimeWorkingDays ?? track.processingTimeWorkingDays
            }
            addEntry(id, at: e.routedAt, service: e.service, .routed)

        case .coordinatorAssigned(let e):
            if coordinator.map({ $0.assignedAt <= e.assignedAt }) ?? true {
                coordinator = Coordinator(
                    coordinatorID: e.coordinatorID, name: e.coordinatorName, phone: e.coordinatorPhone,
                    email: e.coordinatorEmail, assignedAt: e.assignedAt)
            }
            addEntry(id, at: e.assignedAt, service: nil, .coordinatorAssigned)

        case .progressReported(let e):
            withTrack(e.service) { $0.progressReports.append(e.reportedAt); $0.progressReports.sort() }
            addEntry(id, at: e.reportedAt, service: e.service, .progressReported)

        case .documentationRequested(let e):
            withTrack(e.service) { _ in }
            var task = tasks[e.taskID] ?? FamilyTask(taskID: e.taskID, service: e.service)
            task.service = e.service
            task.documentCode = e.documentCode
            task.dueDate = e.dueDate
            task.requestedAt = e.reportedAt
            task.requestEventID = id
            tasks[e.taskID] = task
            addEntry(id, at: e.reportedAt, service: e.service, .documentationRequested(taskID: e.taskID, dueDate: e.dueDate))

        case .documentationReceived(let e):
            withTrack(e.service) { _ in }
            var task = tasks[e.taskID] ?? FamilyTask(taskID: e.taskID, service: e.service)
            task.receivedAt = min(task.receivedAt ?? e.receivedAt, e.receivedAt)
            tasks[e.taskID] = task
            addEntry(id, at: e.receivedAt, service: e.service, .documentationReceived(taskID: e.taskID))

        case .meetingScheduled(let e):
            withTrack(e.service) { _ in }
            var meeting = meetings[e.meetingID] ?? Meeting(meetingID: e.meetingID, service: e.service)
            if meeting.scheduledReportedAt.map({ $0 <= e.reportedAt }) ?? true {
                meeting.service = e.service
                meeting.startsAt = e.startsAt
                meeting.place = e.place
                meeting.scheduledReportedAt = e.reportedAt
            }
            meetings[e.meetingID] = meeting
            addEntry(id, at: e.reportedAt, service: e.service, .meetingScheduled(meetingID: e.meetingID, startsAt: e.startsAt))

        case .meetingCancelled(let e):
            withTrack(e.service) { _ in }
            var meeting = meetings[e.meetingID] ?? Meeting(meetingID: e.meetingID, service: e.service)
            meeting.cancelledAt = max(meeting.cancelledAt ?? e.reportedAt, e.reportedAt)
            meetings[e.meetingID] = meeting
            addEntry(id, at: e.reportedAt, service: e.service, .meetingCancelled(meetingID: e.meetingID))

        case .interimReplySent(let e):
            withTrack(e.service) { track in
                track.interimReplies.append(.init(expectedBy: e.expectedBy, reportedAt: e.reportedAt, eventID: id))
                track.interimReplies.sort { ($0.reportedAt, $0.eventID) < ($1.reportedAt, $1.eventID) }
            }
            addEntry(id, at: e.reportedAt, service: e.service, .interimReply(expectedBy: e.expectedBy))

        case .decisionMade(let e):
            withTrack(e.service) { _ in }
            var decision = decisions[e.decisionID] ?? Decision(decisionID: e.decisionID, service: e.service)
            decision.service = e.service
            decision.outcome = e.outcome
            decision.decisionDate = e.decisionDate
            decision.reportedAt = e.reportedAt
            decisions[e.decisionID] = decision
            addEntry(id, at: e.reportedAt, service: e.service, .decisionMade(decisionID: e.decisionID, outcome: e.outcome))

        case .notificationDelivered(let e):
            // Only decision notices count; anything else is ignored (but stays de-duplicated).
            guard e.isDecisionNotice, let decisionID = e.decisionID else { return }
            var decision = decisions[decisionID] ?? Decision(decisionID: decisionID, service: "unknown")
            decision.noticeDeliveredAt = min(decision.noticeDeliveredAt ?? e.deliveredAt, e.deliveredAt)
            decisions[decisionID] = decision

        case .serviceClosed(let e):
            withTrack(e.service) { $0.closedAt = max($0.closedAt ?? e.closedAt, e.closedAt) }
            addEntry(id, at: e.closedAt, service: e.service, .serviceClosed)

        case .appeal(let e):
            var decision = decisions[e.decisionID] ?? Decision(decisionID: e.decisionID, service: e.service)
            var appeal = decision.appeal ?? AppealProgress(appealID: e.appealID)
            appeal.record(e)
            decision.appeal = appeal
            decisions[e.decisionID] = decision
            addEntry(id, at: e.at, service: e.service, .appeal(decisionID: e.decisionID, stage: e.stage))
            if case .decided = e.stage, let new = e.newDecision {
                applyNewDecision(new, from: e, eventID: id)
            }

        case .reasons(let e):
            var decision = decisions[e.decisionID] ?? Decision(decisionID: e.decisionID, service: e.service)
            var request = decision.reasonsRequests[e.reasonRequestID] ?? ReasonsRequestFacts(reasonRequestID: e.reasonRequestID, requester: e.requester)
            switch e.step {
            case .requested(let inTime):
                request.requestedAt = e.at
                request.inTime = inTime
                addEntry(id, at: e.at, service: e.service, .reasonsRequested(decisionID: e.decisionID, inTime: inTime))
            case .given(let inTime):
                request.givenAt = e.at
                request.givenInTime = inTime
                addEntry(id, at: e.at, service: e.service, .reasonsGiven(decisionID: e.decisionID))
            }
            decision.reasonsRequests[e.reasonRequestID] = request
            decisions[e.decisionID] = decision
        }
    }

    /// A reversal (or a change by the klageinstans) is a new decision of the service, dated as
    /// the event says (else the day the appeal was decided, Oslo): it becomes the service's latest
    /// decision, so the service's status shows its outcome, and it has its own appeal deadline.
    /// A rejection of the appeal is recorded as an appealable decision that is not the service's
    /// outcome. A `decision-made` event for the same decision id, if one comes too, wins over
    /// these values whatever the arrival order.
    private mutating func applyNewDecision(_ new: AppealFact.NewDecision, from e: AppealFact, eventID: String) {
        withTrack(e.service) { _ in }
        var decision = decisions[new.decisionID] ?? Decision(decisionID: new.decisionID, service: e.service)
        if decision.reportedAt == nil {
            decision.service = e.service
            decision.outcome = new.outcome
            decision.decisionDate = new.decisionDate ?? LocalDate(e.at, in: .oslo)
            decision.reportedAt = e.at
            decision.rejectsAppeal = new.rejectsAppeal
        }
        decisions[new.decisionID] = decision
        // A rejection's history line is the appeal-decided one ("the appeal was dismissed").
        if !new.rejectsAppeal {
            addEntry(eventID + Self.newDecisionEntrySuffix, at: e.at, service: e.service,
                     .decisionMade(decisionID: new.decisionID, outcome: new.outcome))
        }
    }

    /// Suffix of the history entry id of a decision made by an appeal's result (the appeal
    /// event's id plus this), so the event's two entries have distinct ids.
    static let newDecisionEntrySuffix = "#new-decision"
}
