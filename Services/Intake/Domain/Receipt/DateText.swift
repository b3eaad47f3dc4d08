import InngangModels

/// Dates written out for people, without Foundation's locale data (so the text is the same on
/// every machine): `mandag 23. november 2026` (nb), `måndag 23. november 2026` (nn),
/// `Monday 23 November 2026` (en).
public enum DateText {
    static let weekdays: [Language: [String]] = [
        .nb: ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
        .nn: ["måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "sundag"],
        .en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    ]
    static let months: [Language: [String]] = [
        .nb: ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
        .nn: ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
        .en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    ]

    public static func long(_ date: LocalDate, in language: Language) -> String {
        let weekday = weekdays[language]![date.weekday - 1]
        let month = months[language]![date.month - 1]
        switch language {
        case .nb, .nn: return "\(weekday) \(date.day). \(month) \(date.year)"
        case .en: return "\(weekday) \(date.day) \(month) \(date.year)"
        }
    }

    /// `A`, `A og B`, `A, B og C` (nb/nn); `A, B and C` (en).
    public static func list(_ items: [String], in language: Language) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        let and = language == .en ? "and" : "og"
        return items.dropLast().joined(separator: ", ") + " \(and) " + items.last!
    }
}
