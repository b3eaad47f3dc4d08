import Foundation
import InngangModels
import Testing

@testable import ApplicationStatusDomain

/// Folding events into one case timeline: idempotent and tolerant of arrival order.
@Suite struct TimelineTests {
    let f = Fixture()

    @Test func sameEventTwiceChangesNothing() {
        let task = TaskID()
        let request = f.docRequested("ppt", task, due: day(2026, 3, 20), oslo(2026, 3, 2))
        var timeline = f.timeline(at: oslo(2026, 3, 1), [request])
        let before = timeline
        #expect(timeline.apply(request) == false)
        #expect(timeline == before)
        #expect(timeline.entries.count == 3)
        #expect(timeline.openTasks.map(\.taskID) == [task])
    }

    @Test func eventOfAnotherCaseIsIgnored() {
        var timeline = f.timeline(at: oslo(2026, 3, 1))
        let other = Fixture().progress("ppt", oslo(2026, 3, 2))
        #expect(timeline.apply(other) == false)
        #expect(timeline.state(of: "ppt") == .received)
    }

    @Test func arrivalOrderDoesNotChangeTheOutcome() {
        let task = TaskID(), meeting = MeetingID(), decision = DecisionID()
        let events = [
            f.received(oslo(2026, 3, 1)), f.routed("ppt", oslo(2026, 3, 1)), f.routed("bup", oslo(2026, 3, 1, 13)),
            f.progress("ppt", oslo(2026, 3, 2)), f.docRequested("ppt", task, due: day(2026, 3, 20), oslo(2026, 3, 3)),
            f.meeting("bup", meeting, startsAt: oslo(2026, 4, 1, 10), reported: oslo(2026, 3, 4)),
            f.docReceived("ppt", task, oslo(2026, 3, 10)), f.decision("bup", decision, .refused, date: day(2026, 3, 12), oslo(2026, 3, 12)),
            f.delivered(decision, oslo(2026, 3, 13, 9)), f.coordinator("Kari", oslo(2026, 3, 1, 14)),
        ]
        let inOrder = CaseTimeline.fold(caseID: f.caseID, events)
        for arrival in [Array(events.reversed()), events.enumerated().sorted { ($0.offset % 3, $0.offset) < ($1.offset % 3, $1.offset) }.map(\.element)] {
            let shuffled = CaseTimeline.fold(caseID: f.caseID, arrival)
            #expect(shuffled.state(of: "ppt") == inOrder.state(of: "ppt"))
            #expect(shuffled.state(of: "bup") == inOrder.state(of: "bup"))
            #expect(shuffled.entries.map(\.eventID) == inOrder.entries.map(\.eventID))
            #expect(shuffled.openTasks == inOrder.openTasks)
            #expect(shuffled.activeMeetings == inOrder.activeMeetings)
            #expect(shuffled.decisions == inOrder.decisions)
            #expect(shuffled.coordinator == inOrder.coordinator)
            #expect(shuffled.routedServices == ["bup", "ppt"])
        }
        #expect(inOrder.state(of: "ppt") == .inProgress)
        #expect(inOrder.state(of: "bup") == .decided(.refused))
    }

    @Test func documentationReceivedBeforeItsRequestLeavesNoOpenTask() {
        let task = TaskID()
        let timeline = f.timeline(at: oslo(2026, 3, 1), [
            f.docReceived("ppt", task, oslo(2026, 3, 10)),
            f.docRequested("ppt", task, due: day(2026, 3, 20), oslo(2026, 3, 3)),
        ])
        #expect(timeline.openTasks.isEmpty)
        #expect(timeline.tasks[task]?.documentCode == "school-report")
    }

    @Test func movedMeetingKeepsTheLatestSchedulingWhateverTheArrivalOrder() {
        let meeting = MeetingID()
        let timeline = f.timeline(at: oslo(2026, 3, 1), [
            f.meeting("ppt", meeting, startsAt: oslo(2026, 4, 9, 10), reported: oslo(2026, 3, 5)),
            f.meeting("ppt", meeting, startsAt: oslo(2026, 4, 2, 10), reported: oslo(2026, 3, 3)),
        ])
        #expect(timeline.activeMeetings.map(\.startsAt) == [oslo(2026, 4, 9, 10)])
    }

    @Test func cancellationWinsOverSchedulingsReportedBeforeIt() {
        let meeting = MeetingID()
        let cancelled = f.timeline(at: oslo(2026, 3, 1), [
            f.meetingCancelled("ppt", meeting, oslo(2026, 3, 6)),
            f.meeting("ppt", meeting, startsAt: oslo(2026, 4, 2, 10), reported: oslo(2026, 3, 3)),
        ])
        #expect(cancelled.activeMeetings.isEmpty)
        var rescheduled = cancelled
        rescheduled.apply(f.meeting("ppt", meeting, startsAt: oslo(2026, 4, 20, 10), reported: oslo(2026, 3, 8)))
        #expect(rescheduled.activeMeetings.map(\.startsAt) == [oslo(2026, 4, 20, 10)])
    }

    @Test func decisionNoticeDeliveredBeforeTheDecisionIsKept() {
        let decision = DecisionID()
        let timeline = f.timeline(at: oslo(2026, 3, 1), [
            f.delivered(decision, oslo(2026, 3, 13, 9)),
            f.decision("ppt", decision, .refused, date: day(2026, 3, 12), oslo(2026, 3, 12)),
        ])
        #expect(timeline.latestDecision(for: "ppt")?.noticeDeliveredAt == oslo(2026, 3, 13, 9))
        #expect(timeline.latestDecision(for: "ppt")?.service == "ppt")
    }

    @Test func latestCoordinatorAssignmentWins() {
        let timeline = f.timeline(at: oslo(2026, 3, 1), [
            f.coordinator("Nora", oslo(2026, 3, 9)), f.coordinator("Kari", oslo(2026, 3, 2)),
        ])
        #expect(timeline.coordinator?.name == "Nora")
    }

    @Test func historyIsSortedByBusinessTimeNotArrival() {
        let late = f.progress("ppt", oslo(2026, 3, 2))
        let timeline = f.timeline(at: oslo(2026, 3, 1), [f.progress("ppt", oslo(2026, 3, 5)), late])
        #expect(timeline.entries.map(\.at) == timeline.entries.map(\.at).sorted())
        #expect(timeline.entries[2].eventID == late.id)
    }

    @Test func statusEventBeforeRoutingCreatesAnUnroutedTrack() {
        var timeline = CaseTimeline.fold(caseID: f.caseID, [f.received(oslo(2026, 3, 1)), f.progress("ppt", oslo(2026, 3, 2))])
        #expect(timeline.services["ppt"]?.isRouted == false)
        #expect(timeline.routedServices.isEmpty)
        timeline.apply(f.routed("ppt", oslo(2026, 3, 1)))
        #expect(timeline.routedServices == ["ppt"])
        #expect(timeline.state(of: "ppt") == .inProgress)
    }
}

@Suite struct ProcessingTimeTests {
    @Test func processingTimesComeFromTheRoutingEventsAndUnpublishedOnesAreAbsent() {
        let f = Fixture()
        let routedPPT = f.event(.caseRouted(CaseRoutedV1(caseID: f.caseID, service: "ppt", matchedCategories: ["learning"],
                                                         routedAt: oslo(2026, 6, 1), processingTimeWorkingDays: 40)))
        let timeline = CaseTimeline.fold(caseID: f.caseID, [f.received(oslo(2026, 6, 1)), routedPPT, f.routed("skole", oslo(2026, 6, 1))])
        #expect(timeline.processingTimes == ["ppt": 40])
    }
}
