import Foundation
import InngangModels
import NotificationDomain

/// Test fixtures: synthetic people, cases and Oslo wall-clock instants.
enum Fixture {
    static let caseID = CaseID(UUID(uuidString: "11111111-1111-4111-8111-111111111111")!)
    static let otherCaseID = CaseID(UUID(uuidString: "22222222-2222-4222-8222-222222222222")!)
    static let child = PersonRef(nationalIdentityNumber: "01011800001")
    static let mother = PersonRef(nationalIdentityNumber: "01018000001")
    static let father = PersonRef(nationalIdentityNumber: "01018100002")

    static func recipient(_ person: PersonRef = mother, _ channel: Channel = .sms, _ language: Language = .nb,
                          window: (Int?, Int?) = (nil, nil)) -> Recipient {
        Recipient(person: person, contact: ContactPreference(preferredChannel: channel, language: language,
                                                             smsWindowStartMinute: window.0, smsWindowEndMinute: window.1))
    }

    static func recipients(_ list: [Recipient] = [recipient(mother), recipient(father, .email)]) -> CaseRecipients {
        CaseRecipients(caseID: caseID, recipients: list)
    }

    static let bothPhoneAndEmail = ContactAddresses(phone: "+47 400 00 000", email: "guardian@example.invalid")
    static let allowedFacts = RegisterFacts(hasParentalResponsibility: true, hasRestrictedAccess: false, addressProtection: RegisterFacts.AddressProtection.none)
}

/// `year-month-day` (traps on an invalid test date).
func day(_ year: Int, _ month: Int, _ day: Int) -> LocalDate {
    guard let d = LocalDate(year: year, month: month, day: day) else { fatalError("bad test date") }
    return d
}

/// The instant of an Oslo wall-clock time.
func oslo(_ year: Int, _ month: Int, _ d: Int, _ hour: Int, _ minute: Int = 0) -> Date {
    WallClock.oslo.instant(day(year, month, d), minute: hour * 60 + minute)
}

/// An instant from an RFC 3339 string (traps when malformed).
func utc(_ string: String) -> Date {
    guard let date = RFC3339.date(from: string) else { fatalError("bad test instant \(string)") }
    return date
}

/// Readable Oslo wall-clock text of an instant, for failure messages: `2026-06-08 19:45`.
func osloText(_ date: Date?) -> String {
    guard let date else { return "nil" }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = .oslo
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    return String(format: "%04d-%02d-%02d %02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!)
}

extension TriggeringEvent {
    static func meeting(_ id: String = "evt-meeting-1", meetingID: MeetingID, startsAt: Date, reportedAt: Date) -> TriggeringEvent {
        TriggeringEvent(id: id, trigger: .meetingScheduled(MeetingScheduledV1(
            caseID: Fixture.caseID, service: "ppt", meetingID: meetingID, startsAt: startsAt,
            place: "Rom 2", reportedBy: "emp-1", reportedAt: reportedAt)))
    }
}
