import ApplicationStatusDomain
import InngangModels

/// The `201` body of a report: the new event's id and CloudEvents type, and the id of the task,
/// meeting or decision it created or refers to (for later reports about it).
struct ReportResponse: Sendable, Codable, Equatable {
    var eventID: String
    /// The CloudEvents type, e.g. `no.inngang.status.decision-made.v1`.
    var type: String
    var taskID: TaskID?
    var meetingID: MeetingID?
    var decisionID: DecisionID?

    init(event: CloudEvent, fact: TimelineEvent) {
        eventID = event.id
        type = event.type
        switch fact {
        case .documentationRequested(let e): taskID = e.taskID
        case .documentationReceived(let e): taskID = e.taskID
        case .meetingScheduled(let e): meetingID = e.meetingID
        case .meetingCancelled(let e): meetingID = e.meetingID
        case .decisionMade(let e): decisionID = e.decisionID
        default: break
        }
    }
}
