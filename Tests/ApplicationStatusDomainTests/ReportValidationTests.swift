import Foundation
import InngangModels
import Testing

@testable import ApplicationStatusDomain

/// Which caseworker reports are accepted, with every field problem named by pointer.
@Suite struct ReportValidationTests {
    let f = Fixture()
    let now = oslo(2026, 3, 10, 9)
    var ppt: ReportContext { ReportContext(service: "ppt", reportedBy: "emp-1", now: now) }
    var timeline: CaseTimeline { f.timeline(at: oslo(2026, 3, 2)) }

    /// The domain error `body` throws, or `nil`.
    func error(_ body: () throws -> Void) -> ApplicationStatusDomainError? {
        do { try body() } catch { return error as? ApplicationStatusDomainError }
        return nil
    }

    @Test func decisionForServiceNotRoutedIsRejected() {
        let bup = ReportContext(service: "bup", reportedBy: "emp-2", now: now)
        let e = error { _ = try ReportValidation.accept(DecisionReport(outcome: "refused", decisionDate: "2026-03-10"), on: timeline, context: bup) }
        #expect(e?.code == .serviceNotRouted)
    }

    @Test func documentationRequestWithDueDateInPastIsRejected() {
        let e = error {
            _ = try ReportValidation.accept(
                DocumentationRequestReport(documentCode: "school-report", description: "Siste rapport fra skolen", dueDate: "2026-03-09"),
                on: timeline, context: ppt)
        }
        #expect(e?.code == .invalidReport)
        #expect(e?.problems == [FieldProblem(pointer: "/dueDate", code: .inPast, detail: "Must not be before 2026-03-10.")])
    }

    @Test func documentationRequestDueTodayIsAccepted() throws {
        let task = TaskID()
        let accepted = try ReportValidation.accept(
            DocumentationRequestReport(documentCode: "school-report", description: "Siste rapport", dueDate: "2026-03-10"),
            on: timeline, context: ppt, taskID: task)
        #expect(accepted.eventType == .statusDocumentationRequested)
        #expect(accepted.payload.taskID == task && accepted.payload.dueDate == day(2026, 3, 10))
        #expect(accepted.text == "Siste rapport")
    }

    @Test func meetingInPastIsRejected() {
        let e = error {
            _ = try ReportValidation.accept(MeetingReport(startsAt: "2026-03-10T07:59:00Z", place: "Rådhuset"), on: timeline, context: ppt)
        }
        #expect(e?.problems.map(\.pointer) == ["/startsAt"])
        #expect(e?.problems.first?.code == .inPast)
    }

    @Test func everyFieldProblemIsReportedWithItsPointerAndNeverTheValue() {
        let secret = String(repeating: "Ola har ADHD. ", count: 200)
        let e = error {
            _ = try ReportValidation.accept(
                DocumentationRequestReport(documentCode: "Skolerapport for Ola", description: secret, dueDate: "10.03.2026"),
                on: timeline, context: ppt)
        }
        #expect(e?.code == .invalidReport)
        #expect(e?.problems.map(\.pointer) == ["/documentCode", "/description", "/dueDate"])
        #expect(e?.problems.map(\.code) == [.invalidFormat, .tooLong, .invalidFormat])
        let everything = (e?.message ?? "") + (e?.problems.map(\.detail).joined() ?? "")
        #expect(!everything.contains("Ola") && !everything.contains("10.03.2026"))
    }

    @Test func missingFieldsAreRequired() {
        let e = error { _ = try ReportValidation.accept(InterimReplyReport(reason: "  "), on: timeline, context: ppt) }
        #expect(e?.problems.map(\.pointer) == ["/expectedBy", "/reason"])
        #expect(e?.problems.allSatisfy { $0.code == .required } == true)
    }

    @Test func decisionWithUnknownOutcomeOrFutureDateIsRejected() {
        let e = error { _ = try ReportValidation.accept(DecisionReport(outcome: "approved", decisionDate: "2026-03-11"), on: timeline, context: ppt) }
        #expect(e?.problems.map(\.pointer) == ["/outcome", "/decisionDate"])
        #expect(e?.problems.map(\.code) == [.unknownValue, .inFuture])
    }

    @Test func decisionDatedBeforeTheCaseWasReceivedIsRejected() {
        let e = error { _ = try ReportValidation.accept(DecisionReport(outcome: "refused", decisionDate: "2026-03-01"), on: timeline, context: ppt) }
        #expect(e?.problems.map(\.code) == [.outOfRange])
    }

    @Test func secondDecisionIsRecordedWithItsOwnID() throws {
        var timeline = self.timeline
        let first = try ReportValidation.accept(DecisionReport(outcome: "refused", decisionDate: "2026-03-10"), on: timeline, context: ppt)
        timeline.apply(RecordedEvent(id: "d1", event: first.timelineEvent))
        let later = ReportContext(service: "ppt", reportedBy: "emp-1", now: oslo(2026, 4, 20))
        let second = try ReportValidation.accept(DecisionReport(outcome: "granted", decisionDate: "2026-04-20"), on: timeline, context: later)
        timeline.apply(RecordedEvent(id: "d2", event: second.timelineEvent))
        #expect(first.payload.decisionID != second.payload.decisionID)
        #expect(timeline.decisions(for: "ppt").map(\.decisionID) == [second.payload.decisionID, first.payload.decisionID])
        #expect(timeline.state(of: "ppt") == .decided(.granted))
    }

    @Test func reportOnClosedServiceIsRejected() {
        let closed = f.timeline(at: oslo(2026, 3, 2), [f.closed("ppt", oslo(2026, 3, 5))])
        let e = error { _ = try ReportValidation.accept(InProgressReport(), on: closed, context: ppt) }
        #expect(e?.code == .notAllowedInState)
    }

    @Test func interimReplyOnDecidedServiceIsRejected() {
        let decided = f.timeline(at: oslo(2026, 3, 2), [f.decision("ppt", DecisionID(), .refused, date: day(2026, 3, 5), oslo(2026, 3, 5))])
        let e = error { _ = try ReportValidation.accept(InterimReplyReport(expectedBy: "2026-04-01", reason: "Venter på BUP"), on: decided, context: ppt) }
        #expect(e?.code == .notAllowedInState)
    }

    @Test func documentationReceivedForUnknownOrOtherServicesTaskIsRejected() {
        let task = TaskID()
        let withBupTask = f.timeline(at: oslo(2026, 3, 2), routedTo: ["ppt", "bup"], [f.docRequested("bup", task, due: day(2026, 3, 20), oslo(2026, 3, 3))])
        for id in [task.description, TaskID().description] {
            let e = error { _ = try ReportValidation.accept(DocumentationReceivedReport(taskID: id), on: withBupTask, context: ppt) }
            #expect(e?.code == .unknownReference)
        }
    }

    @Test func movingAMeetingKeepsItsIDAndCancellingNeedsAnActiveOne() throws {
        let meeting = MeetingID()
        var timeline = f.timeline(at: oslo(2026, 3, 2), [f.meeting("ppt", meeting, startsAt: oslo(2026, 3, 20, 10), reported: oslo(2026, 3, 3))])
        let moved = try ReportValidation.accept(
            MeetingReport(meetingID: meeting.description, startsAt: "2026-03-24T09:00:00+01:00", place: "Skolen"), on: timeline, context: ppt)
        #expect(moved.payload.meetingID == meeting)
        timeline.apply(RecordedEvent(id: "c", event: try ReportValidation.accept(MeetingCancellationReport(meetingID: meeting.description), on: timeline, context: ppt).timelineEvent))
        let e = error { _ = try ReportValidation.accept(MeetingCancellationReport(meetingID: meeting.description), on: timeline, context: ppt) }
        #expect(e?.code == .unknownReference)
    }

    @Test func freeTextStaysOutOfTheEventPayload() throws {
        let accepted = try ReportValidation.accept(
            InterimReplyReport(expectedBy: "2026-04-30", reason: "Vi venter på uttalelse fra BUP"), on: timeline, context: ppt)
        let json = String(decoding: try EventJSON.encoder.encode(accepted.payload), as: UTF8.self)
        #expect(!json.contains("BUP"))
        #expect(accepted.text == "Vi venter på uttalelse fra BUP")
        #expect(accepted.payload.reportedBy == "emp-1" && accepted.payload.reportedAt == now)
    }
}
