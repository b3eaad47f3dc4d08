/// E.164 phone numbers as the SMS gateway expects them.
enum PhoneNumber {
    /// `+` followed by 8–15 digits, the first not 0 (Norwegian mobile numbers: `+47` and 8 digits).
    static func isE164(_ number: String) -> Bool {
        let utf8 = Array(number.utf8)
        guard utf8.count >= 9, utf8.count <= 16, utf8[0] == UInt8(ascii: "+"), utf8[1] != UInt8(ascii: "0") else { return false }
        return utf8.dropFirst().allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }
}
