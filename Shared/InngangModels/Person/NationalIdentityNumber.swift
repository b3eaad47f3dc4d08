/// A Norwegian national identity number: a *fødselsnummer* or a *D-nummer* (11 digits,
/// `DDMMYY` + individual number `III` + check digits `K1 K2`).
///
/// Validation (Skatteetaten's rules for the Folkeregister):
/// - exactly 11 ASCII digits;
/// - K1 = 11 − (Σ digits₁…₉ × 3,7,6,1,8,9,4,5,2 mod 11), K2 = 11 − (Σ digits₁…₁₀ × 5,4,3,2,7,6,5,4,3,2
///   mod 11); a result of 11 means 0, a result of 10 (remainder 1) means no valid number exists;
/// - D-number: the first digit is increased by 4 (day 41–71);
/// - synthetic test numbers: the month is increased by 40 (NAV/Dolly test numbers; H-numbers use
///   the same marker) or by 80 (Skatteetaten's Tenor test numbers). Accepted unless
///   `allowSynthetic` is false; they never belong to a real person;
/// - the date (after removing the offsets) must exist, with the century taken from the
///   individual number: 000–499 → 1900–1999; 500–749 with year 54–99 → 1854–1899; 500–999 with
///   year 00–39 → 2000–2039; 900–999 with year 40–99 → 1940–1999; anything else is invalid.
///
/// Skatteetaten has announced new rules for numbers issued from 2032 (the individual number will
/// no longer encode sex, and the check-digit rule changes); this type implements the rules in
/// force today and has to be revisited then.
///
/// **Privacy.** `description`, `debugDescription`, `dump` and string interpolation show
/// `***********`, so a number never reaches a log by accident. Read ``value`` deliberately.
/// `Codable` writes the digits (for storage and tokens), so never encode it into an event.
public struct NationalIdentityNumber: Hashable, Sendable, Codable, CustomStringConvertible,
    CustomDebugStringConvertible, CustomReflectable
{
    public enum Kind: String, Sendable, Hashable {
        /// Fødselsnummer, issued at birth or immigration.
        case fodselsnummer
        /// D-nummer, issued to people who are not (yet) resident.
        case dNumber
    }

    /// How a synthetic (test) number is marked in the month digits.
    public enum SyntheticMarker: String, Sendable, Hashable {
        /// Month + 40: NAV's synthetic test numbers (Dolly); also the marker of H-numbers.
        case monthPlus40
        /// Month + 80: Skatteetaten's synthetic test numbers (Tenor test data).
        case monthPlus80
    }

    /// The 11 digits. Personal data: never log it.
    public let value: String
    public let kind: Kind
    /// Non-nil for synthetic test numbers.
    public let syntheticMarker: SyntheticMarker?
    /// The birth date encoded in the number (for D-numbers, the date given at registration).
    public let birthDate: LocalDate

    public var isSynthetic: Bool { syntheticMarker != nil }

    static let firstWeights = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    static let secondWeights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]

    /// Validates `string`; surrounding whitespace is not accepted (strip it before).
    public init(_ string: String, allowSynthetic: Bool = true) throws(InngangModelsError) {
        guard string.utf8.count == 11, string.count == 11 else {
            throw InngangModelsError(.invalidLength, "A national identity number has exactly 11 digits")
        }
        guard string.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
            throw InngangModelsError(.nonDigit, "A national identity number contains only the digits 0–9")
        }
        let d = string.utf8.map { Int($0 - UInt8(ascii: "0")) }

        guard let k1 = Self.checkDigit(d[0..<9], weights: Self.firstWeights), k1 == d[9] else {
            throw InngangModelsError(.invalidFirstCheckDigit, "The first check digit does not match")
        }
        guard let k2 = Self.checkDigit(d[0..<10], weights: Self.secondWeights), k2 == d[10] else {
            throw InngangModelsError(.invalidSecondCheckDigit, "The second check digit does not match")
        }

        var day = d[0] * 10 + d[1]
        var month = d[2] * 10 + d[3]
        let yy = d[4] * 10 + d[5]
        let individual = d[6] * 100 + d[7] * 10 + d[8]

        let kind: Kind
        if day > 40 { kind = .dNumber; day -= 40 } else { kind = .fodselsnummer }
        var marker: SyntheticMarker?
        if month > 80 { marker = .monthPlus80; month -= 80 } else if month > 40 { marker = .monthPlus40; month -= 40 }
        if marker != nil, !allowSynthetic {
            throw InngangModelsError(.syntheticNotAllowed, "Synthetic test numbers are not accepted here")
        }
        guard let century = Self.century(individualNumber: individual, yearOfCentury: yy) else {
            throw InngangModelsError(.invalidIndividualNumber, "The individual number does not fit the birth year")
        }
        guard let date = LocalDate(year: century + yy, month: month, day: day) else {
            throw InngangModelsError(.invalidBirthDate, "The number does not contain a valid date")
        }
        self.value = string
        self.kind = kind
        self.syntheticMarker = marker
        self.birthDate = date
    }

    /// The mod-11 check digit for `digits`, or `nil` when the remainder is 1 (no valid digit).
    public static func checkDigit(_ digits: some Collection<Int>, weights: [Int]) -> Int? {
        let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
        switch 11 - sum % 11 {
        case 11: return 0
        case 10: return nil
        case let k: return k
        }
    }

    /// The century (1800, 1900, 2000) for an individual number and two-digit year.
    static func century(individualNumber i: Int, yearOfCentury yy: Int) -> Int? {
        switch i {
        case 0...499: return 1900
        case 500...749 where yy >= 54: return 1800
        case 500...999 where yy <= 39: return 2000
        case 900...999 where yy >= 40: return 1900
        default: return nil
        }
    }

    /// Completed years of age on `date` (a person born 29 February turns a year older on
    /// 1 March in common years).
    public func age(on date: LocalDate) -> Int {
        var age = date.year - birthDate.year
        if (date.month, date.day) < (birthDate.month, birthDate.day) { age -= 1 }
        return age
    }

    // MARK: Redaction

    /// Always `***********`: never the digits.
    public var description: String { String(repeating: "*", count: 11) }
    public var debugDescription: String { "NationalIdentityNumber(***********)" }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }

    // MARK: Codable (plain string)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        do {
            self = try NationalIdentityNumber(try container.decode(String.self))
        } catch let error as InngangModelsError {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
