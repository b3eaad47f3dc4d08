/// Norway's public holidays (*offentlige helligdager og høytidsdager*).
///
/// Sources:
/// - Lov 24. februar 1995 nr. 12 om helligdager og helligdagsfred (helligdagsfredloven) § 2:
///   the *helligdager* are Sundays, nyttårsdag, skjærtorsdag, langfredag, første og annen
///   påskedag, Kristi himmelfartsdag, første og annen pinsedag, første og annen juledag.
/// - Lov 26. april 1947 nr. 1 om 1. og 17. mai som offentlige høgtidsdager: 1 May and 17 May.
///
/// Easter-dependent days are computed from ``Easter/sunday(year:)``, never listed by hand.
/// Sundays are *helligdager* by law too, but they are a weekday rule and are left to
/// ``WorkingDayCalendar``; the functions here return the *named* days only (Easter Sunday and
/// Whit Sunday are named days and always fall on a Sunday). 24 and 31 December are **not**
/// public holidays. The current rules are applied to every year.
public enum NorwegianPublicHolidays {
    /// A named public holiday.
    public struct Holiday: Hashable, Sendable {
        /// Which holiday; stable for code, independent of language.
        public enum Kind: String, Sendable, CaseIterable {
            case newYearsDay, maundyThursday, goodFriday, easterSunday, easterMonday,
                labourDay, constitutionDay, ascensionDay, whitSunday, whitMonday,
                christmasDay, boxingDay
        }
        public let kind: Kind
        public let date: LocalDate
        /// The Norwegian (bokmål) name, e.g. "Skjærtorsdag".
        public var name: String { Self.names[kind]! }

        static let names: [Kind: String] = [
            .newYearsDay: "1. nyttårsdag", .maundyThursday: "Skjærtorsdag", .goodFriday: "Langfredag",
            .easterSunday: "1. påskedag", .easterMonday: "2. påskedag", .labourDay: "1. mai",
            .constitutionDay: "Grunnlovsdag (17. mai)", .ascensionDay: "Kristi himmelfartsdag",
            .whitSunday: "1. pinsedag", .whitMonday: "2. pinsedag", .christmasDay: "1. juledag",
            .boxingDay: "2. juledag",
        ]
    }

    /// Days relative to Easter Sunday: skjærtorsdag −3, langfredag −2, 1. påskedag 0,
    /// 2. påskedag +1, Kristi himmelfartsdag +39, 1. pinsedag +49, 2. pinsedag +50.
    static let easterOffsets: [(Holiday.Kind, Int)] = [
        (.maundyThursday, -3), (.goodFriday, -2), (.easterSunday, 0), (.easterMonday, 1),
        (.ascensionDay, 39), (.whitSunday, 49), (.whitMonday, 50),
    ]

    /// Fixed-date holidays as (month, day).
    static let fixed: [(Holiday.Kind, Int, Int)] = [
        (.newYearsDay, 1, 1), (.labourDay, 5, 1), (.constitutionDay, 5, 17),
        (.christmasDay, 12, 25), (.boxingDay, 12, 26),
    ]

    /// The twelve named holidays of `year`, in date order (calendar order for a shared date).
    public static func list(year: Int) -> [Holiday] {
        let easter = Easter.sunday(year: year)
        let movable = easterOffsets.map { Holiday(kind: $0.0, date: easter.adding(days: $0.1)) }
        let fixedDays = fixed.map { Holiday(kind: $0.0, date: LocalDate(unchecked: year, $0.1, $0.2)) }
        let order = Dictionary(uniqueKeysWithValues: Holiday.Kind.allCases.enumerated().map { ($1, $0) })
        return (movable + fixedDays).sorted { ($0.date, order[$0.kind]!) < ($1.date, order[$1.kind]!) }
    }

    /// The dates of the named holidays of `year` with their Norwegian names. Holidays can share a
    /// date (2. pinsedag was 17 May in 2027; Kristi himmelfartsdag was 1 May in 2008); the names
    /// are then joined with " / ", so the dictionary may have fewer than twelve keys.
    public static func holidays(year: Int) -> [LocalDate: String] {
        Dictionary(list(year: year).map { ($0.date, $0.name) }, uniquingKeysWith: { "\($0) / \($1)" })
    }

    /// Whether `date` is one of the named public holidays (allocation-free).
    public static func isPublicHoliday(_ date: LocalDate) -> Bool {
        if fixed.contains(where: { date.month == $0.1 && date.day == $0.2 }) { return true }
        guard (3...6).contains(date.month) else { return false }  // movable ones: 19 March – 14 June
        let offset = Easter.sunday(year: date.year).days(to: date)
        return easterOffsets.contains { $0.1 == offset }
    }

    /// The named holidays on `date`: usually none or one, occasionally two.
    public static func holidays(on date: LocalDate) -> [Holiday] {
        list(year: date.year).filter { $0.date == date }
    }
}
