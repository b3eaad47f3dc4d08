import Foundation
import InngangModels
import Testing

@testable import ApplicationStatusDomain

/// The per-service state machine: received → in progress → (documentation ⇄ in progress) →
/// interim reply → decided → closed.
@Suite struct ServiceStateTests {
    let f = Fixture()
    let start = oslo(2026, 3, 2)

    @Test func routedServiceStartsAsReceived() {
        #expect(f.timeline(at: start).state(of: "ppt") == .received)
        #expect(f.timeline(at: start, routedTo: ["ppt", "bup"], [f.progress("bup", oslo(2026, 3, 3))]).statuses == ["ppt": .received, "bup": .inProgress])
    }

    @Test func progressReportMovesToInProgress() {
        #expect(f.timeline(at: start, [f.progress("ppt", oslo(2026, 3, 3))]).state(of: "ppt") == .inProgress)
    }

    @Test func documentationRequestWaitsForTheFamilyThenReturnsToInProgress() {
        let task = TaskID()
        var timeline = f.timeline(at: start, [f.progress("ppt", oslo(2026, 3, 3)), f.docRequested("ppt", task, due: day(2026, 3, 20), oslo(2026, 3, 4))])
        #expect(timeline.state(of: "ppt") == .documentationRequested)
        timeline.apply(f.docReceived("ppt", task, oslo(2026, 3, 10)))
        #expect(timeline.state(of: "ppt") == .inProgress)
    }

    @Test func interimReplyHoldsUntilALaterProgressReport() {
        var timeline = f.timeline(at: start, [f.progress("ppt", oslo(2026, 3, 3)), f.interim("ppt", expectedBy: day(2026, 5, 1), oslo(2026, 3, 20))])
        #expect(timeline.state(of: "ppt") == .interimReply)
        timeline.apply(f.progress("ppt", oslo(2026, 3, 25)))
        #expect(timeline.state(of: "ppt") == .inProgress)
    }

    @Test func decisionSettlesTheServiceAndMakesEarlierTasksMoot() {
        let task = TaskID()
        let timeline = f.timeline(at: start, [
            f.docRequested("ppt", task, due: day(2026, 3, 20), oslo(2026, 3, 4)),
            f.decision("ppt", DecisionID(), .dismissed, date: day(2026, 3, 6), oslo(2026, 3, 6)),
        ])
        #expect(timeline.state(of: "ppt") == .decided(.dismissed))
        #expect(timeline.state(of: "ppt").isSettled)
        #expect(timeline.openTasks.isEmpty)
    }

    @Test func workAfterADecisionReopensTheService() {
        let timeline = f.timeline(at: start, [
            f.decision("ppt", DecisionID(), .refused, date: day(2026, 3, 6), oslo(2026, 3, 6)),
            f.progress("ppt", oslo(2026, 5, 4)),
        ])
        #expect(timeline.state(of: "ppt") == .inProgress)
    }

    @Test func closedIsFinal() {
        let timeline = f.timeline(at: start, [
            f.decision("ppt", DecisionID(), .granted, date: day(2026, 3, 6), oslo(2026, 3, 6)),
            f.closed("ppt", oslo(2026, 6, 1)), f.progress("ppt", oslo(2026, 6, 2)),
        ])
        #expect(timeline.state(of: "ppt") == .closed)
    }

    @Test func transitionTableAllowsOnlyTheDocumentedReports() {
        #expect(ReportKind.allCases.allSatisfy { !$0.isAllowed(in: .closed) })
        #expect(!ReportKind.inProgress.isAllowed(in: .inProgress))
        #expect(!ReportKind.interimReply.isAllowed(in: .decided(.refused)))
        #expect(ReportKind.decision.isAllowed(in: .decided(.refused)))
        #expect(ReportKind.decision.isAllowed(in: .received))
        #expect(ReportKind.close.isAllowed(in: .decided(.granted)))
        #expect(!ReportKind.close.isAllowed(in: .inProgress))
        #expect(ReportKind.documentationRequested.isAllowed(in: .interimReply))
        #expect(ReportKind.interimReply.isAllowed(in: .interimReply))
    }
}
