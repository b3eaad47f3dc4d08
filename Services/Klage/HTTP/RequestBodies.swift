import Foundation
import InngangModels
import InngangService
import KlageDomain

/// The request bodies of the appeals API. Every field is optional in decoding, so one request
/// yields its field problems as a 422 (`errors`, pointers only) rather than a decoding error; a
/// field of the wrong JSON type is a 400. Unknown fields (e.g. a client's `filedAt`: the server's
/// receipt time counts, § 30) are ignored.

/// `POST /v1/appeals`.
struct FilingBody: Codable, Sendable {
    var caseID: String?
    var decisionID: String?
    var changeWanted: String?
    var reasons: String?
    var attachments: [String]?
}

/// `POST /v1/appeals/{appealID}/completion`: the missing parts (and, optionally, reasons and more attachments).
struct CompletionBody: Codable, Sendable {
    var changeWanted: String?
    var reasons: String?
    var attachments: [String]?
}

/// `POST /v1/appeals/{appealID}/underinstans`.
struct UnderinstansBody: Codable, Sendable {
    /// `reverse`, `reject`, `forward` or `admit-late`.
    var action: String?
    /// reverse: `full` or `partial`.
    var extent: String?
    /// reject: a ``RejectionReason`` code.
    var reason: String?
    /// forward: the underinstans's statement (free text, stays in klage).
    var statement: String?
    /// admit-late: a ``LateAdmissionGround`` code (default `special-reasons`).
    var ground: String?
}

/// `POST /v1/appeals/{appealID}/klageinstans-outcome`.
struct KlageinstansOutcomeBody: Codable, Sendable {
    /// `upheld`, `changed`, `quashed` or `rejected`.
    var outcome: String?
    /// changed: the new decision's outcome, when reported (`granted`, `partly-granted`, `refused`, `dismissed`).
    var newDecisionOutcome: String?
}

/// `POST /v1/appeals/{appealID}/interim-reply`.
struct InterimReplyBody: Codable, Sendable {
    /// Why the appeal takes longer: an ``InterimReplyReason`` code, or the caseworker's own words
    /// (kept in klage, shown to the family beside the plain-language reason).
    var reason: String?
    /// The reason as a code when `reason` is free text; default `complex-case`.
    var reasonCode: String?
    /// When an answer can be expected, `YYYY-MM-DD`, after today (Oslo).
    var expectedBy: String?
}

/// `POST /v1/appeals/{appealID}/postponement`: `{}` from a citizen party (a request), `{"answer"}` from the underinstans.
struct PostponementBody: Codable, Sendable {
    /// `granted` or `refused`.
    var answer: String?
}

/// Field checks shared by the bodies. Problems carry pointers and fixed texts, never values.
enum FieldRules {
    /// A free text trimmed; blank is `nil`. Longer than ``AppealFormRule/maxTextLength`` → 422.
    static func text(_ value: String?, pointer: String, problems: inout [ProblemDetails.FieldProblem]) -> String? {
        guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        if trimmed.count > AppealFormRule.maxTextLength {
            problems.append(.init(pointer: pointer, detail: "At most \(AppealFormRule.maxTextLength) characters."))
        }
        return trimmed
    }

    /// Attachment references: 1–200 characters without control characters, at most
    /// ``AppealFormRule/maxAttachments``.
    static func attachments(_ values: [String]?, problems: inout [ProblemDetails.FieldProblem]) -> [String] {
        let values = values ?? []
        if values.count > AppealFormRule.maxAttachments {
            problems.append(.init(pointer: "/attachments", detail: "At most \(AppealFormRule.maxAttachments) attachments."))
        }
        for (index, value) in values.enumerated()
        where !(1...200).contains(value.count) || value.unicodeScalars.contains(where: { CharacterSet.controlCharacters.contains($0) }) {
            problems.append(.init(pointer: "/attachments/\(index)", detail: "A reference of 1–200 characters without control characters."))
        }
        return values
    }

    /// A required code of `T`.
    static func code<T: RawRepresentable & CaseIterable>(_ value: String?, as _: T.Type, pointer: String,
                                                         problems: inout [ProblemDetails.FieldProblem]) -> T? where T.RawValue == String {
        let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
        guard let value else {
            problems.append(.init(pointer: pointer, detail: "Required: one of \(allowed)."))
            return nil
        }
        guard let code = T(rawValue: value) else {
            problems.append(.init(pointer: pointer, detail: "Must be one of \(allowed)."))
            return nil
        }
        return code
    }

    static func throwIfAny(_ problems: [ProblemDetails.FieldProblem]) throws {
        if !problems.isEmpty { throw ProblemDetails.validation(problems) }
    }
}
