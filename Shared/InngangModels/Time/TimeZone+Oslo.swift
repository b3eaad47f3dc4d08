import Foundation

extension TimeZone {
    /// `Europe/Oslo`: the time zone of every Norwegian date, deadline and quiet-hours rule.
    ///
    /// The zone data comes with Foundation (ICU); if it is missing the process cannot compute a
    /// single legal date correctly, so this traps with a message instead of guessing.
    public static let oslo: TimeZone = {
        guard let zone = TimeZone(identifier: "Europe/Oslo") else {
            fatalError("InngangModels: time zone data for Europe/Oslo is missing (install tzdata)")
        }
        return zone
    }()
}
