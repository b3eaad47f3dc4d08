import Foundation

/// RFC 3339 timestamps (the CloudEvents `time` format), formatted and parsed with integer
/// arithmetic at **microsecond** precision (PostgreSQL's `timestamptz` precision).
///
/// Output is always UTC with `Z`; fractional seconds are omitted when zero, three digits when
/// whole milliseconds, six otherwise. Input accepts `Z` or `±hh:mm`, `T` or `t`, and 0–9
/// fractional digits (rounded to microseconds).
public enum RFC3339 {
    /// `date` rounded to whole microseconds, the precision everything here keeps.
    public static func normalized(_ date: Date) -> Date {
        Date(timeIntervalSince1970: Double(microseconds(date)) / 1_000_000)
    }

    /// Whole microseconds since 1970-01-01T00:00:00Z.
    public static func microseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
    }

    public static func string(from date: Date) -> String {
        let micros = microseconds(date)
        let seconds = micros >= 0 ? micros / 1_000_000 : (micros - 999_999) / 1_000_000
        let fraction = Int(micros - seconds * 1_000_000)
        let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let secondOfDay = Int(seconds - Int64(days) * 86_400)
        let date = LocalDate(daysSinceEpoch: days)
        var out = "\(date)T\(pad(secondOfDay / 3600)):\(pad(secondOfDay / 60 % 60)):\(pad(secondOfDay % 60))"
        if fraction != 0 {
            if fraction % 1000 == 0 {
                out += "." + pad(fraction / 1000, 3)
            } else {
                out += "." + pad(fraction, 6)
            }
        }
        return out + "Z"
    }

    /// `nil` unless `string` is an RFC 3339 date-time.
    public static func date(from string: String) -> Date? {
        let s = Array(string.utf8)
        // YYYY-MM-DDTHH:MM:SS
        guard s.count >= 20, s[4] == UInt8(ascii: "-"), s[7] == UInt8(ascii: "-"),
            s[10] == UInt8(ascii: "T") || s[10] == UInt8(ascii: "t"),
            s[13] == UInt8(ascii: ":"), s[16] == UInt8(ascii: ":"),
            let year = number(s, 0, 4), let month = number(s, 5, 2), let day = number(s, 8, 2),
            let hour = number(s, 11, 2), let minute = number(s, 14, 2), let second = number(s, 17, 2),
            let localDate = LocalDate(year: year, month: month, day: day),
            hour < 24, minute < 60, second < 60  // leap seconds are not representable
        else { return nil }
        var i = 19
        var micros = 0
        if i < s.count, s[i] == UInt8(ascii: ".") {
            i += 1
            var digits = 0
            var value = 0
            var roundUp = false
            while i < s.count, let digit = digit(s[i]) {
                if digits < 6 {
                    value = value * 10 + digit
                } else if digits == 6 {
                    roundUp = digit >= 5
                }
                digits += 1
                i += 1
            }
            guard digits >= 1, digits <= 9 else { return nil }
            if digits < 6 { for _ in digits..<6 { value *= 10 } }
            micros = value + (roundUp ? 1 : 0)
        }
        var offsetSeconds = 0
        guard i < s.count else { return nil }
        if s[i] == UInt8(ascii: "Z") || s[i] == UInt8(ascii: "z") {
            i += 1
        } else if s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") {
            guard s.count - i == 6, s[i + 3] == UInt8(ascii: ":"),
                let oh = number(s, i + 1, 2), let om = number(s, i + 4, 2), oh < 24, om < 60
            else { return nil }
            offsetSeconds = (oh * 3600 + om * 60) * (s[i] == UInt8(ascii: "+") ? 1 : -1)
            i += 6
        } else {
            return nil
        }
        guard i == s.count else { return nil }
        let seconds = Int64(localDate.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
            - Int64(offsetSeconds)
        let total = seconds * 1_000_000 + Int64(micros)
        return Date(timeIntervalSince1970: Double(total) / 1_000_000)
    }

    private static func digit(_ byte: UInt8) -> Int? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int(byte - UInt8(ascii: "0")) : nil
    }

    private static func number(_ s: [UInt8], _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for i in start..<(start + count) {
            guard i < s.count, let d = digit(s[i]) else { return nil }
            value = value * 10 + d
        }
        return value
    }

    private static func pad(_ value: Int, _ width: Int = 2) -> String {
        let s = String(value)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
