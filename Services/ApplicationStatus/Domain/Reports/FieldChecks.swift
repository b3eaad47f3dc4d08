import Foundation
import InngangModels

/// Collects field problems while parsing a report; each check returns the parsed value or `nil`.
struct FieldChecks {
    private(set) var problems: [FieldProblem] = []

    mutating func add(_ pointer: String, _ code: FieldProblem.Code, _ detail: String) {
        problems.append(FieldProblem(pointer: pointer, code: code, detail: detail))
    }

    /// A required, non-blank text of at most `maxLength` characters (trimmed).
    mutating func text(_ value: String?, _ pointer: String, maxLength: Int) -> String? {
        guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else {
            add(pointer, .required, "Required.")
            return nil
        }
        guard trimmed.count <= maxLength else {
            add(pointer, .tooLong, "At most \(maxLength) characters.")
            return nil
        }
        return trimmed
    }

    /// A required code: lowercase ASCII letters, digits and `-`, 2–60 characters.
    mutating func code(_ value: String?, _ pointer: String) -> String? {
        guard let value, !value.isEmpty else {
            add(pointer, .required, "Required.")
            return nil
        }
        let ok = (2...60).contains(value.count)
            && value.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        guard ok else {
            add(pointer, .invalidFormat, "Expected a code of 2–60 lowercase letters, digits or '-'.")
            return nil
        }
        return value
    }

    /// A required `YYYY-MM-DD` date within `range` (both ends optional).
    mutating func date(
        _ value: String?, _ pointer: String, notBefore: LocalDate? = nil, notAfter: LocalDate? = nil,
        tooEarly: FieldProblem.Code = .inPast, tooLate: FieldProblem.Code = .outOfRange
    ) -> LocalDate? {
        guard let value, !value.isEmpty else {
            add(pointer, .required, "Required.")
            return nil
        }
        guard let date = LocalDate(value) else {
            add(pointer, .invalidFormat, "Expected a date as YYYY-MM-DD.")
            return nil
        }
        if let notBefore, date < notBefore {
            add(pointer, tooEarly, "Must not be before \(notBefore).")
            return nil
        }
        if let notAfter, date > notAfter {
            add(pointer, tooLate, "Must not be after \(notAfter).")
            return nil
        }
        return date
    }

    /// A required RFC 3339 date-time strictly after `after` and not after `notAfter`.
    mutating func dateTime(_ value: String?, _ pointer: String, after: Date, notAfter: Date) -> Date? {
        guard let value, !value.isEmpty else {
            add(pointer, .required, "Required.")
            return nil
        }
        guard let instant = RFC3339.date(from: value) else {
            add(pointer, .invalidFormat, "Expected an RFC 3339 date-time with offset.")
            return nil
        }
        if instant <= after {
            add(pointer, .inPast, "Must be in the future.")
            return nil
        }
        if instant > notAfter {
            add(pointer, .outOfRange, "Too far in the future.")
            return nil
        }
        return instant
    }

    /// An identifier (UUID); `required: false` accepts a missing one.
    mutating func id<Tag>(_ value: String?, _ pointer: String, required: Bool = true, as _: Identifier<Tag>.Type = Identifier<Tag>.self) -> Identifier<Tag>? {
        guard let value, !value.isEmpty else {
            if required { add(pointer, .required, "Required.") }
            return nil
        }
        guard let id = Identifier<Tag>(value) else {
            add(pointer, .invalidFormat, "Expected a UUID.")
            return nil
        }
        return id
    }

    /// One of `allowed` raw values.
    mutating func oneOf<E: RawRepresentable & CaseIterable>(_ value: String?, _ pointer: String, _: E.Type) -> E? where E.RawValue == String {
        guard let value, !value.isEmpty else {
            add(pointer, .required, "Required.")
            return nil
        }
        guard let parsed = E(rawValue: value) else {
            let list = E.allCases.map(\.rawValue).joined(separator: ", ")
            add(pointer, .unknownValue, "Expected one of: \(list).")
            return nil
        }
        return parsed
    }

    /// Throws ``ApplicationStatusDomainError/Code/invalidReport`` with every problem, if any.
    func finish(_ kind: ReportKind) throws(ApplicationStatusDomainError) {
        guard problems.isEmpty else {
            throw ApplicationStatusDomainError(
                .invalidReport, "The \(kind.rawValue) report has \(problems.count) invalid field(s).", problems: problems)
        }
    }
}
