import Foundation
import InngangModels

/// Conversions between instants and wall-clock times in one zone (Europe/Oslo by default).
///
/// Every rule that says "17:00 the day before" or "08:00–20:00" means *local wall-clock time*;
/// going through `Calendar` (never `startOfDay + n * 3600`) keeps those rules right on the two
/// days a year when Oslo switches between CET (UTC+1) and CEST (UTC+2).
public struct WallClock: Sendable, Hashable {
    public let timeZone: TimeZone

    public init(timeZone: TimeZone = .oslo) { self.timeZone = timeZone }

    /// Europe/Oslo.
    public static let oslo = WallClock()

    /// The instant `minute` minutes after local midnight of `date` (0...1440; 1440 is the next
    /// day's midnight). A wall-clock time skipped by a spring-forward switch (02:00–02:59 on
    /// the last Sunday of March) resolves to the instant after the gap.
    public func instant(_ date: LocalDate, minute: Int) -> Date {
        precondition((0...1440).contains(minute), "WallClock: minute \(minute) out of range")
        if minute == 1440 { return date.adding(days: 1).startOfDay(in: timeZone) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(year: date.year, month: date.month, day: date.day, hour: minute / 60, minute: minute % 60)
        guard let instant = calendar.date(from: components) else {
            fatalError("WallClock: cannot resolve \(date) \(minute / 60):\(minute % 60) in \(timeZone.identifier)")
        }
        return instant
    }

    /// The local date `instant` falls on.
    public func date(of instant: Date) -> LocalDate { LocalDate(instant, in: timeZone) }
}
