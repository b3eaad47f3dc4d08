import Foundation

/// A calendar date without time or zone (proleptic Gregorian), e.g. a birth date, a deadline day
/// or a public holiday. Encodes as `"YYYY-MM-DD"`.
///
/// Arithmetic is pure integer arithmetic on a day number, so it is exact and independent of the
/// process's time zone; converting from and to `Date` needs an explicit zone (default Oslo).
public struct LocalDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
    LosslessStringConvertible
{
    public let year: Int
    public let month: Int
    public let day: Int

    /// Supported years; four-digit years keep the `YYYY-MM-DD` format unambiguous.
    public static let yearRange = 1...9999

    /// `nil` unless `year-month-day` is a real date (leap years included).
    public init?(year: Int, month: Int, day: Int) {
        guard Self.yearRange.contains(year), (1...12).contains(month),
            day >= 1, day <= Self.daysInMonth(year: year, month: month)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(_ string: String) {
        let parts = string.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The date `date` falls on in time zone `timeZone`.
    public init(_ date: Date, in timeZone: TimeZone = .oslo) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(unchecked: c.year!, c.month!, c.day!)
    }

    /// Today in `timeZone` (default Oslo).
    public static func today(in timeZone: TimeZone = .oslo, now: Date = Date()) -> LocalDate {
        LocalDate(now, in: timeZone)
    }

    /// The first instant of this date in `timeZone`.
    public func startOfDay(in timeZone: TimeZone = .oslo) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(year: year, month: month, day: day)
        guard let date = calendar.date(from: components) else {
            fatalError("InngangModels: cannot convert \(self) to a Date in \(timeZone.identifier)")
        }
        return calendar.startOfDay(for: date)
    }

    // MARK: Arithmetic

    /// Days since 1970-01-01 (negative before).
    public var daysSinceEpoch: Int { Self.daysFromCivil(year, month, day) }

    /// The date `daysSinceEpoch` days after 1970-01-01.
    public init(daysSinceEpoch days: Int) {
        let (y, m, d) = Self.civilFromDays(days)
        self.init(unchecked: y, m, d)
    }

    /// `days` later (earlier when negative).
    public func adding(days: Int) -> LocalDate { LocalDate(daysSinceEpoch: daysSinceEpoch + days) }

    /// The same day number `months` later; the last day of that month when it is shorter
    /// (31 January + 1 month = 28/29 February).
    public func adding(months: Int) -> LocalDate {
        let index = year * 12 + (month - 1) + months
        let y = index.floorDiv(12), m = index.floorMod(12) + 1
        return LocalDate(unchecked: y, m, min(day, Self.daysInMonth(year: y, month: m)))
    }

    /// `years` later, 29 February becoming 28 February in a common year.
    public func adding(years: Int) -> LocalDate { adding(months: years * 12) }

    /// Number of days from `self` to `other` (positive when `other` is later).
    public func days(to other: LocalDate) -> Int { other.daysSinceEpoch - daysSinceEpoch }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int { (daysSinceEpoch + 3).floorMod(7) + 1 }  // 1970-01-01 was a Thursday

    public var isSaturday: Bool { weekday == 6 }
    public var isSunday: Bool { weekday == 7 }

    /// The last day of this date's month.
    public var lastDayOfMonth: LocalDate {
        LocalDate(unchecked: year, month, Self.daysInMonth(year: year, month: month))
    }

    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // MARK: Protocols

    public var description: String {
        func pad(_ v: Int, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        guard let date = LocalDate(try container.decode(String.self)) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Expected a YYYY-MM-DD date")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    // MARK: Internals

    /// For values already known to be valid (results of arithmetic).
    init(unchecked year: Int, _ month: Int, _ day: Int) {
        precondition(Self.yearRange.contains(year), "LocalDate: year \(year) out of range 1...9999")
        self.year = year
        self.month = month
        self.day = day
    }

    /// Howard Hinnant's `days_from_civil` (proleptic Gregorian).
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = y.floorDiv(400)
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Howard Hinnant's `civil_from_days`.
    static func civilFromDays(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = z.floorDiv(146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

extension Int {
    func floorDiv(_ d: Int) -> Int { (self >= 0 ? self : self - d + 1) / d }
    func floorMod(_ d: Int) -> Int { self - floorDiv(d) * d }
}
