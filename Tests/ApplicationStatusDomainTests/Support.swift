import Foundation
import InngangModels

@testable import ApplicationStatusDomain

/// `LocalDate` from literal parts (traps on an invalid date, which is a test bug).
func day(_ year: Int, _ month: Int, _ day: Int) -> LocalDate {
    guard let d = LocalDate(year: year, month: month, day: day) else { fatalError("bad test date \(year)-\(month)-\(day)") }
    return d
}

/// An instant given as Oslo wall-clock time (not on a DST switch day).
func oslo(_ year: Int, _ month: Int, _ d: Int, _ hour: Int = 12, _ minute: Int = 0) -> Date {
    day(year, month, d).startOfDay(in: .oslo).addingTimeInterval(TimeInterval(hour * 3600 + minute * 60))
}

/// Builds a case's events with fresh ids.
struct Fixture {
    let caseID = CaseID()
    let guardian = PersonRef(nationalIdentityNumber: "01010112345")
    let otherGuardian = PersonRef(nationalIdentityNumber: "02020212345")
    let caseworker = "emp-1"

    func event(_ event: TimelineEvent, id: String = UUID().uuidString) -> RecordedEvent { RecordedEvent(id: id, event: event) }

    func received(_ at: Date, recipients: [PersonRef]? = nil) -> RecordedEvent {
        let people = recipients ?? [guardian]
        return event(.caseReceived(CaseReceivedV1(
            caseID: caseID, caseNumber: "INN-2026-000123", municipality: "0301", kind: .application,
            child: PersonRef(nationalIdentityNumber: "15051512345"),
            recipients: people.map { Recipient(person: $0, contact: ContactPreference(preferredChannel: .sms, language: .nb)) },
            needCategories: ["learning"], interpreterNeeded: false, receivedAt: at)))
    }

    func routed(_ service: ServiceCode, _ at: Date) -> RecordedEvent {
        event(.caseRouted(CaseRoutedV1(caseID: caseID, service: service, matchedCategories: ["learning"], routedAt: at)))
    }

    func coordinator(_ name: String, _ at: Date) -> RecordedEvent {
        event(.coordinatorAssigned(CoordinatorAssignedV1(
            caseID: caseID, coordinatorID: "emp-\(name)", coordinatorName: name, coordinatorPhone: "+47 22 00 00 00",
            coordinatorEmail: "los@kommune.example", assignedAt: at)))
    }

    func progress(_ service: ServiceCode, _ at: Date) -> RecordedEvent {
        event(.progressReported(ProgressReportedV1(caseID: caseID, service: service, reportedBy: caseworker, reportedAt: at)))
    }

    func docRequested(_ service: ServiceCode, _ task: TaskID, due: LocalDate, _ at: Date, id: String = UUID().uuidString) -> RecordedEvent {
        event(.documentationRequested(DocumentationRequestedV1(
            caseID: caseID, service: service, taskID: task, documentCode: "school-report", dueDate: due,
            reportedBy: caseworker, reportedAt: at)), id: id)
    }

    func docReceived(_ service: ServiceCode, _ task: TaskID, _ at: Date) -> RecordedEvent {
        event(.documentationReceived(DocumentationReceivedV1(caseID: caseID, service: service, taskID: task, receivedAt: at)))
    }

    func meeting(_ service: ServiceCode, _ id: MeetingID, startsAt: Date, place: String = "Rådhuset, rom 2", reported: Date) -> RecordedEvent {
        event(.meetingScheduled(MeetingScheduledV1(
            caseID: caseID, service: service, meetingID: id, startsAt: startsAt, place: place, reportedBy: caseworker, reportedAt: reported)))
    }

    func meetingCancelled(_ service: ServiceCode, _ id: MeetingID, _ at: Date) -> RecordedEvent {
        event(.meetingCancelled(MeetingCancelledV1(caseID: caseID, service: service, meetingID: id, reportedAt: at)))
    }

    func interim(_ service: ServiceCode, expectedBy: LocalDate, _ at: Date, id: String = UUID().uuidString) -> RecordedEvent {
        event(.interimReplySent(InterimReplySentV1(caseID: caseID, service: service, expectedBy: expectedBy, reportedBy: caseworker, reportedAt: at)), id: id)
    }

    func decision(_ service: ServiceCode, _ id: DecisionID, _ outcome: DecisionOutcome, date: LocalDate, _ at: Date) -> RecordedEvent {
        event(.decisionMade(DecisionMadeV1(
            caseID: caseID, service: service, decisionID: id, outcome: outcome, decisionDate: date, reportedBy: caseworker, reportedAt: at)))
    }

    func delivered(_ decision: DecisionID, _ at: Date, to person: PersonRef? = nil) -> RecordedEvent {
        event(.notificationDelivered(NotificationDeliveredV1(
            notificationID: NotificationID(), caseID: caseID, purpose: .decisionMade, recipient: person ?? guardian, channel: .sms,
            sourceEventID: "decision-event", decisionID: decision, deliveredAt: at)))
    }

    func closed(_ service: ServiceCode, _ at: Date) -> RecordedEvent {
        event(.serviceClosed(ServiceClosed(caseID: caseID, service: service, closedAt: at)))
    }

    func appeal(_ decision: DecisionID, _ service: ServiceCode, _ stage: AppealFact.Stage, _ at: Date) -> RecordedEvent {
        event(.appeal(AppealFact(caseID: caseID, appealID: AppealID(), decisionID: decision, service: service, stage: stage, at: at)))
    }

    /// Received and routed to `services` on `at`.
    func timeline(at: Date, routedTo services: [ServiceCode] = ["ppt"], _ more: [RecordedEvent] = []) -> CaseTimeline {
        CaseTimeline.fold(caseID: caseID, [received(at)] + services.map { routed($0, at) } + more)
    }
}
