import InngangModels

/// A stable fingerprint of a submission: `sha256:` + the hex SHA-256 of
/// ``ApplicationSubmission/canonicalJSON``. Two bodies that decode to the same submission (member
/// order, white space, unknown members, absent vs. `null`) have the same fingerprint; any change
/// of a value — including the order of need categories — gives another.
///
/// Stored next to the idempotency key; ``IdempotencyRule`` compares them.
public struct RequestFingerprint: Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public init(_ submission: ApplicationSubmission) {
        self.rawValue = "sha256:" + SHA256.hex(Array(submission.canonicalJSON.utf8))
    }

    public var description: String { rawValue }
}

extension ApplicationSubmission {
    /// The submission as canonical JSON (``CanonicalJSON``), absent fields left out. Built field
    /// by field, so adding a field to the submission is a deliberate change here too; the version
    /// member `v` lets a future format coexist with stored fingerprints.
    public var canonicalJSON: String {
        func s(_ v: String?) -> JSONValue? { v.map(JSONValue.string) }
        func i(_ v: Int?) -> JSONValue? { v.map { .integer(Int64($0)) } }
        func b(_ v: Bool?) -> JSONValue? { v.map(JSONValue.bool) }
        func a(_ v: [String]?) -> JSONValue? { v.map { .array($0.map(JSONValue.string)) } }
        func o(_ members: [String: JSONValue?]) -> JSONValue { .object(members.compactMapValues { $0 }) }

        let value = o([
            "v": .integer(1),
            "child": s(child),
            "needs": needs.map { o(["categories": a($0.categories), "description": s($0.description)]) },
            "childView": childView.map {
                o(["mode": s($0.mode), "text": s($0.text), "notAskedReason": s($0.notAskedReason), "notAskedNote": s($0.notAskedNote)])
            },
            "language": s(language),
            "interpreter": interpreter.map { o(["needed": b($0.needed), "language": s($0.language)]) },
            "contact": contact.map {
                o(["preferredChannel": s($0.preferredChannel), "language": s($0.language),
                   "smsWindowStartMinute": i($0.smsWindowStartMinute), "smsWindowEndMinute": i($0.smsWindowEndMinute)])
            },
            "existingServices": a(existingServices),
        ])
        return CanonicalJSON.string(value)
    }
}
