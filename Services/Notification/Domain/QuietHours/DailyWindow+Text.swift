import Foundation
extension DailyWindow {
    /// Reads an operator's window setting: `HH:MM-HH:MM` (Oslo wall-clock time, end exclusive,
    /// `24:00` allowed as the end), e.g. `08:00-20:00`. `nil` for anything else, including an
    /// empty or reversed window. (`closed` — no SMS that day — is handled by the caller.)
    public init?(text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let start = Self.minute(parts[0]), let end = Self.minute(parts[1]) else { return nil }
        self.init(startMinute: start, endMinute: end)
    }

    private static func minute(_ text: Substring) -> Int? {
        let hm = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        guard hm.count == 2, hm[0].count == 2, hm[1].count == 2, let h = Int(hm[0]), let m = Int(hm[1]),
              (0...24).contains(h), (0...59).contains(m), h < 24 || m == 0 else { return nil }
        return h * 60 + m
    }
}
