import Foundation
import InngangModels

/// Dates, times and lists written out for people, without Foundation's locale data (the same text
/// on every machine), in Europe/Oslo time.
enum TextPieces {
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

    /// `fredag 31. desember 2027` (nb/nn), `Friday 31 December 2027` (en).
    static func longDate(_ date: LocalDate, _ language: Language) -> String {
        let weekday = weekdays[language]![date.weekday - 1]
        return "\(weekday) \(shortDate(date, language))"
    }

    /// `31. desember 2027` (nb/nn), `31 December 2027` (en).
    static func shortDate(_ date: LocalDate, _ language: Language) -> String {
        let month = months[language]![date.month - 1]
        return language == .en ? "\(date.day) \(month) \(date.year)" : "\(date.day). \(month) \(date.year)"
    }

    /// `3. mars 2026 kl. 10.15` (nb/nn), `3 March 2026 at 10:15` (en), Oslo time.
    static func dateTime(_ instant: Date, _ language: Language) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .oslo
        let c = calendar.dateComponents([.hour, .minute], from: instant)
        let hh = pad(c.hour!), mm = pad(c.minute!)
        let day = shortDate(LocalDate(instant, in: .oslo), language)
        return language == .en ? "\(day) at \(hh):\(mm)" : "\(day) kl. \(hh).\(mm)"
    }

    /// `A`, `A og B`, `A, B og C` (nb/nn); `A, B and C` (en).
    static func list(_ items: [String], _ language: Language) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + (language == .en ? " and " : " og ") + items.last!
    }

    /// The first letter in upper case (`skolen` → `Skolen`).
    static func capitalized(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }

    private static func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
}
