import Foundation
import Testing

@testable import InngangModels

@Suite struct NationalIdentityNumberTests {
    /// Appends both check digits to nine digits; `nil` when either would be "remainder 1".
    static func withCheckDigits(_ nine: String) -> String? {
        let d = nine.map { Int(String($0))! }
        guard let k1 = NationalIdentityNumber.checkDigit(d, weights: NationalIdentityNumber.firstWeights),
              let k2 = NationalIdentityNumber.checkDigit(d + [k1], weights: NationalIdentityNumber.secondWeights)
        else { return nil }
        return nine + "\(k1)\(k2)"
    }

    /// The first valid number for `dateDigits` (DDMMYY) with an individual number in `individuals`.
    static func valid(_ dateDigits: String, individuals: ClosedRange<Int>) -> String {
        for i in individuals {
            let iii = String(repeating: "0", count: 3 - String(i).count) + String(i)
            if let number = withCheckDigits(dateDigits + iii) { return number }
        }
        fatalError("no valid number for \(dateDigits)")
    }

    static func error(_ s: String, allowSynthetic: Bool = true) -> InngangModelsError.Code? {
        do { _ = try NationalIdentityNumber(s, allowSynthetic: allowSynthetic); return nil } catch { return error.code }
    }

    @Test func knownPublishedExampleIsValid() throws {
        // Hard-coded so the tests do not only check the implementation against itself.
        // 010107 501: Σ(0,1,0,1,0,7,5,0,1 × 3,7,6,1,8,9,4,5,2) = 93, 93 mod 11 = 5 → k1 = 6;
        // Σ(…,6 × 5,4,3,2,7,6,5,4,3,2) = 88, 88 mod 11 = 0 → k2 = 0. Individual 501 + year 07 → 2007.
        let number = try NationalIdentityNumber("01010750160")
        #expect(number.kind == .fodselsnummer)
        #expect(number.birthDate == date(2007, 1, 1))
        #expect(!number.isSynthetic)
    }

    @Test func validFodselsnummerFromEachCentury() throws {
        let n1900 = try NationalIdentityNumber(Self.valid("170585", individuals: 0...499))
        #expect(n1900.birthDate == date(1985, 5, 17))
        let n2000 = try NationalIdentityNumber(Self.valid("290208", individuals: 500...999))
        #expect(n2000.birthDate == date(2008, 2, 29))
        let n1800 = try NationalIdentityNumber(Self.valid("010160", individuals: 500...749))
        #expect(n1800.birthDate == date(1860, 1, 1))
        let n1940 = try NationalIdentityNumber(Self.valid("311245", individuals: 900...999))
        #expect(n1940.birthDate == date(1945, 12, 31))
        #expect(n2000.kind == .fodselsnummer)
    }

    @Test func validDNumberHasFirstDigitPlusFour() throws {
        let number = try NationalIdentityNumber(Self.valid("410185", individuals: 0...499))
        #expect(number.kind == .dNumber)
        #expect(number.birthDate == date(1985, 1, 1))
        let late = try NationalIdentityNumber(Self.valid("711299", individuals: 0...499))
        #expect(late.birthDate == date(1999, 12, 31))
    }

    @Test func syntheticTestNumbersAreAcceptedAndMarked() throws {
        let tenor = try NationalIdentityNumber(Self.valid("018185", individuals: 0...499))
        #expect(tenor.syntheticMarker == .monthPlus80)
        #expect(tenor.birthDate == date(1985, 1, 1))
        let dolly = try NationalIdentityNumber(Self.valid("155210", individuals: 500...999))
        #expect(dolly.syntheticMarker == .monthPlus40)
        #expect(dolly.birthDate == date(2010, 12, 15))
        let syntheticD = try NationalIdentityNumber(Self.valid("458190", individuals: 0...499))
        #expect(syntheticD.kind == .dNumber && syntheticD.isSynthetic)
        #expect(Self.error(tenor.value, allowSynthetic: false) == .syntheticNotAllowed)
    }

    @Test func wrongFirstCheckDigitIsRejected() {
        let good = Self.valid("170585", individuals: 0...499)
        var digits = Array(good)
        digits[9] = Character(String((Int(String(digits[9]))! + 1) % 10))
        #expect(Self.error(String(digits)) == .invalidFirstCheckDigit)
    }

    @Test func wrongSecondCheckDigitIsRejected() {
        let good = Self.valid("170585", individuals: 0...499)
        var digits = Array(good)
        digits[10] = Character(String((Int(String(digits[10]))! + 1) % 10))
        #expect(Self.error(String(digits)) == .invalidSecondCheckDigit)
    }

    @Test func remainderOneMakesEveryFirstCheckDigitInvalid() throws {
        // Find nine digits whose first check sum leaves remainder 1; then no 10th digit is valid.
        let nine = try #require((0...999).lazy.map { "170585" + String(format: "%03d", $0) }.first {
            NationalIdentityNumber.checkDigit($0.map { Int(String($0))! }, weights: NationalIdentityNumber.firstWeights) == nil
        })
        for k1 in 0...9 {
            for k2 in [0, 5] {
                #expect(Self.error(nine + "\(k1)\(k2)") == .invalidFirstCheckDigit)
            }
        }
    }

    @Test func remainderOneMakesEverySecondCheckDigitInvalid() throws {
        let ten = try #require((0...999).lazy.compactMap { i -> String? in
            let nine = "170585" + String(format: "%03d", i)
            let d = nine.map { Int(String($0))! }
            guard let k1 = NationalIdentityNumber.checkDigit(d, weights: NationalIdentityNumber.firstWeights),
                  NationalIdentityNumber.checkDigit(d + [k1], weights: NationalIdentityNumber.secondWeights) == nil
            else { return nil }
            return nine + "\(k1)"
        }.first)
        for k2 in 0...9 { #expect(Self.error(ten + "\(k2)") == .invalidSecondCheckDigit) }
    }

    @Test func checkDigitOfRemainderZeroIsZero() {
        // Σ = 0 → remainder 0 → check digit 0.
        #expect(NationalIdentityNumber.checkDigit([0, 0, 0, 0, 0, 0, 0, 0, 0], weights: NationalIdentityNumber.firstWeights) == 0)
    }

    @Test func impossibleDateIsRejected() {
        #expect(Self.error(Self.valid("310285", individuals: 0...499)) == .invalidBirthDate)     // 31 February
        #expect(Self.error(Self.valid("290225", individuals: 500...999)) == .invalidBirthDate)  // 29 Feb 2025
        #expect(Self.error(Self.valid("011385", individuals: 0...499)) == .invalidBirthDate)    // month 13
        #expect(Self.error(Self.valid("000185", individuals: 0...499)) == .invalidBirthDate)    // day 0
        #expect(Self.error(Self.valid("720185", individuals: 0...499)) == .invalidBirthDate)    // D-number day 32
    }

    @Test func individualNumberWithoutCenturyIsRejected() {
        #expect(Self.error(Self.valid("010145", individuals: 500...749)) == .invalidIndividualNumber)
        #expect(Self.error(Self.valid("010185", individuals: 750...899)) == .invalidIndividualNumber)
    }

    @Test(arguments: ["", "0101075016", "010107501600", " 01010750160"])
    func wrongLengthIsRejected(_ s: String) {
        #expect(Self.error(s) == .invalidLength)
    }

    @Test(arguments: ["0101075016a", "01010-50160", "０1010750160", "+1010750160", "0101075016 "])
    func nonDigitsAreRejected(_ s: String) {
        let code = Self.error(s)
        #expect(code == .nonDigit || code == .invalidLength)
        #expect(code != nil)
    }

    @Test func descriptionNeverShowsDigits() throws {
        let number = try NationalIdentityNumber("01010750160")
        let own = [number.description, "\(number)", String(describing: number), String(reflecting: number),
                   "\([number])", { var out = ""; dump(number, to: &out); return out }()]
        for text in own {
            let leaksDigits = text.contains { $0.isNumber }
            #expect(!leaksDigits, "rendering leaks digits: \(text.count) characters")
        }
        // Inside another value (type names of the wrapper may contain digits, the number must not).
        let record = RedactionProbe(nin: number)
        for text in ["\(record)", String(reflecting: record), { var out = ""; dump(record, to: &out); return out }()] {
            #expect(!text.contains(number.value))
            #expect(!text.contains("50160") && !text.contains("010107"))
            #expect(text.contains("***********"))
        }
        #expect(number.value == "01010750160")
    }

    @Test func errorMessagesNeverContainTheNumber() {
        for s in ["01010750161", "01010750170", "3102850000x", "0101075016"] {
            do { _ = try NationalIdentityNumber(s) } catch {
                #expect(!error.message.contains(s))
                #expect(!error.description.contains(s))
            }
        }
    }

    @Test func ageCountsCompletedYears() throws {
        let number = try NationalIdentityNumber(Self.valid("170508", individuals: 500...999))
        #expect(number.age(on: date(2026, 5, 16)) == 17)
        #expect(number.age(on: date(2026, 5, 17)) == 18)
        let leapling = try NationalIdentityNumber(Self.valid("290208", individuals: 500...999))
        #expect(leapling.age(on: date(2025, 2, 28)) == 16)
        #expect(leapling.age(on: date(2025, 3, 1)) == 17)
    }

    @Test func codableAsPlainStringAndValidatesOnDecode() throws {
        let number = try NationalIdentityNumber("01010750160")
        let json = try JSONEncoder().encode([number])
        #expect(String(decoding: json, as: UTF8.self) == #"["01010750160"]"#)
        #expect(try JSONDecoder().decode([NationalIdentityNumber].self, from: json) == [number])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([NationalIdentityNumber].self, from: Data(#"["01010750161"]"#.utf8))
        }
    }
}

private struct RedactionProbe { var nin: NationalIdentityNumber; var name = "x" }
