import Foundation
import InngangModels

/// When a service's answer can be expected.
public struct ExpectedAnswer: Sendable, Equatable, Codable {
    public enum Basis: String, Sendable, Codable {
        /// The service's published processing time, counted in working days.
        case processingTime = "processing-time"
        /// The date the service gave in its interim reply (foreløpig svar).
        case interimReply = "interim-reply"
    }

    /// The expected answer day.
    public var date: LocalDate
    public var basis: Basis
    /// Working days added because the service was waiting for the family's documentation.
    public var pausedWorkingDays: Int
    /// `date` is before today and no answer has come.
    public var isOverdue: Bool
}

/// The expected-date rule.
///
/// For a service whose state is not decided or closed:
/// 1. **Anchor.**
///    - If an interim reply is in force (the latest one reported after the latest decision), the
///      anchor is its expected-by date — the service's own promise overrides the published time.
///    - Otherwise the anchor is *start + P working days*, where P is the service's published
///      processing time and *start* is the Oslo date the service got the case (its routing
///      date; the case's received date when the routing time is unknown), or — when the service
///      has worked again after a decision (case sent back after appeal) — the date of its first
///      report after that decision. Counting with ``calendar`` (``WorkingDayCalendar/norwayProcessing``:
///      weekends, public holidays, 24 and 31 December) never counts the start day itself.
///    - No interim reply and no published time: no expected date (`nil`).
/// 2. **Documentation pause.** The clock stops while the service waits for the family. Each
///    documentation task of the service requested after the anchor's basis (the interim reply,
///    or the start) pauses the days after its request date up to and including the day the
///    documents were received; when still open, up to its due date, or today if that is later
///    (overdue).
///    The working days in the union of those periods are added to the anchor.
/// 3. **Overdue** when the result is before today: shown as late, never silently moved.
public enum ExpectedDateRule {
    /// The calendar processing times are counted in. Not for legal deadlines.
    public static let calendar = WorkingDayCalendar.norwayProcessing

    /// The expected answer for `service`, or `nil` when nothing is pending or no basis exists.
    /// - Parameter processingTimes: published processing time per service, in working days.
    public static func expectedAnswer(
        for service: ServiceCode, in timeline: CaseTimeline, processingTimes: [ServiceCode: Int],
        today: LocalDate, calendar: WorkingDayCalendar = ExpectedDateRule.calendar, timeZone: TimeZone = .oslo
    ) -> ExpectedAnswer? {
        guard !timeline.state(of: service).isSettled, let track = timeline.services[service] else { return nil }
        func day(_ instant: Date) -> LocalDate { LocalDate(instant, in: timeZone) }

        let anchor: LocalDate
        let basis: ExpectedAnswer.Basis
        let pauseSince: Date
        if let interim = timeline.currentInterimReply(for: service) {
            anchor = interim.expectedBy
            basis = .interimReply
            pauseSince = interim.reportedAt
        } else {
            guard let days = processingTimes[service], days >= 0,
                let routed = track.routedAt ?? timeline.receivedAt
            else { return nil }
            let startInstant = timeline.reopenedAt(service) ?? routed
            anchor = calendar.addingWorkingDays(days, to: day(startInstant))
            basis = .processingTime
            pauseSince = startInstant
        }

        var paused = Set<LocalDate>()
        for task in timeline.tasks.values where task.service == service {
            guard let requestedAt = task.requestedAt, requestedAt > pauseSince, let due = task.dueDate else { continue }
            let end = task.receivedAt.map(day) ?? max(due, today)
            var d = day(requestedAt).adding(days: 1)
            while d <= end {
                if calendar.isWorkingDay(d) { paused.insert(d) }
                d = d.adding(days: 1)
            }
        }
        let date = calendar.addingWorkingDays(paused.count, to: anchor)
        return ExpectedAnswer(date: date, basis: basis, pausedWorkingDays: paused.count, isOverdue: date < today)
    }
}

extension CaseTimeline {
    /// When `service` first worked again after its latest decision (progress report or
    /// documentation request), or `nil` when it has no decision or has not reopened.
    func reopenedAt(_ service: ServiceCode) -> Date? {
        guard let decided = latestDecision(for: service)?.reportedAt else { return nil }
        let progress = services[service]?.progressReports.filter { $0 > decided } ?? []
        let requests = tasks.values.filter { $0.service == service }.compactMap(\.requestedAt).filter { $0 > decided }
        return (progress + requests).min()
    }
}
