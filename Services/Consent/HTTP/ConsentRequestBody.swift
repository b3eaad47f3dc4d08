import ConsentDomain
import Foundation
import InngangModels
import InngangService

/// The body of `POST /v1/consents`, as received. Every member is optional on the wire so a body
/// with several mistakes still decodes and every problem is reported at once (422 with JSON
/// pointers); a member of the wrong JSON type is a 400.
///
/// ```json
/// { "child": "12831551087", "caseID": "…", "sharingServices": ["skole"], "receivingServices": ["ppt"],
///   "categories": ["school"], "purpose": "coordination", "purposeText": "…", "validUntil": "2027-06-30",
///   "exceptions": [{ "kind": "recipient", "to": "nav" }],
///   "childView": { "mode": "agrees", "text": "…" } }
/// ```
/// `exceptions[].kind` is `recipient` (nothing to `to`), `pair` (not from `from` to `to`) or
/// `category-to-recipient` (not `category` to `to`). `childView.mode` is the child's stance
/// (`agrees`, `disagrees`, `mixed`, `not-expressed`) and `text` the child's words or the
/// employee's summary (stays in this service; never shown to the guardians, never in events).
struct ConsentRequestBody: Codable, Sendable, Equatable {
    struct ExceptionBody: Codable, Sendable, Equatable {
        var kind: String?
        var from: String?
        var category: String?
        var to: String?
    }

    struct ChildViewBody: Codable, Sendable, Equatable {
        var mode: String?
        var text: String?
    }

    static let maximumChildViewTextLength = 4000

    var child: String?
    var caseID: String?
    var sharingServices: [String]?
    var receivingServices: [String]?
    var categories: [String]?
    var purpose: String?
    var purposeText: String?
    var validUntil: String?
    var exceptions: [ExceptionBody]?
    var childView: ChildViewBody?

    /// The request in canonical form (sorted-key JSON of what was decoded): what an
    /// `Idempotency-Key` is bound to. Member order, white space and unknown members do not count.
    var fingerprint: [UInt8] { Array((try? JSONBody.encode(self)) ?? Data()) }

    /// The domain's draft, and the pointers of what could not even be put into it (a missing
    /// child, a malformed date or case id, an exception or child view that does not parse).
    /// The draft's own rules (``ConsentRequestRules``) report the rest.
    func draft(recordedBy employee: String, now: Date) -> (draft: ConsentRequestDraft, problems: [String]) {
        var problems: [String] = []
        if child == nil { problems.append("/child") }
        var caseID: CaseID?
        if let raw = self.caseID {
            caseID = CaseID(raw)
            if caseID == nil { problems.append("/caseID") }
        }
        let today = LocalDate(now, in: .oslo)
        var validUntil = today
        if let raw = self.validUntil, let date = LocalDate(raw) { validUntil = date } else { problems.append("/validUntil") }

        var parsedExceptions: [ConsentException] = []
        for (i, e) in (exceptions ?? []).enumerated() {
            if let exception = Self.exception(e) { parsedExceptions.append(exception) } else { problems.append("/exceptions/\(i)") }
        }

        var view: ChildView?
        if let body = childView {
            let stance = body.mode.flatMap(ChildView.Stance.init(rawValue:))
            if stance == nil { problems.append("/childView/mode") }
            let text = body.text?.trimmingCharacters(in: .whitespacesAndNewlines)
            if let text, text.count > Self.maximumChildViewTextLength { problems.append("/childView/text") }
            if let stance {
                view = ChildView(stance: stance, note: text?.isEmpty == false ? text : nil, recordedBy: employee, recordedAt: now)
            }
        }

        let draft = ConsentRequestDraft(
            caseID: caseID, child: PersonRef(nationalIdentityNumber: child ?? ""),
            sharingServices: (sharingServices ?? []).map(ServiceCode.init(rawValue:)),
            receivingServices: (receivingServices ?? []).map(ServiceCode.init(rawValue:)),
            categories: categories ?? [], purpose: purpose ?? "", purposeText: purposeText, validUntil: validUntil,
            exceptions: parsedExceptions, childView: view)
        return (draft, problems)
    }

    private static func exception(_ e: ExceptionBody) -> ConsentException? {
        guard let to = e.to.map(ServiceCode.init(rawValue:)), to.isWellFormed else { return nil }
        switch e.kind {
        case "recipient":
            return e.from == nil && e.category == nil ? .recipient(to: to) : nil
        case "pair":
            guard let from = e.from.map(ServiceCode.init(rawValue:)), from.isWellFormed, e.category == nil else { return nil }
            return .pair(from: from, to: to)
        case "category-to-recipient":
            guard let category = e.category.flatMap(InformationCategory.init(code:)), e.from == nil else { return nil }
            return .categoryToRecipient(category: category, to: to)
        default:
            return nil
        }
    }
}
