import ConsentDomain
import Foundation
import InngangModels

/// The status a caller sees: `requested` (not every required grantor has given it), `given`
/// (every one has: in force), `refused`, `withdrawn`, `revoked` or `expired`. A consent that has
/// lapsed (``ConsentExpiry``) shows `expired` at once, whether or not the expiry was recorded yet.
enum ConsentStatusCode {
    static func of(_ record: ConsentRecord, at now: Date, rules: AgeRules) -> String {
        switch record.status {
        case .awaiting, .inForce:
            if ConsentExpiry.lapse(of: record.terms, at: now, rules: rules) != nil { return "expired" }
            if case .inForce = record.status { return "given" }
            return "requested"
        case .refused: return "refused"
        case .withdrawn: return "withdrawn"
        case .revoked: return "revoked"
        case .expired: return "expired"
        }
    }

    /// A grantor's own latest answer: `given`, `refused` or `withdrawn`; `nil` before any.
    static func answer(of person: PersonRef, in record: ConsentRecord) -> String? {
        var answer: String?
        for fact in record.history {
            switch fact {
            case .given(let by, _) where by == person: answer = "given"
            case .refused(let by, _) where by == person: answer = "refused"
            case .withdrawn(let by, _) where by == person: answer = "withdrawn"
            default: break
            }
        }
        return answer
    }
}

/// What an employee sees of a consent (`POST /v1/consents`'s answer and `GET
/// /v1/consents/{consentID}` for an employee of a sharing, receiving or requesting service):
/// the status and the terms, the grantors by role and answer — never a national identity number,
/// never the child's words.
struct ConsentEmployeeView: Codable, Sendable, Equatable {
    struct GrantorView: Codable, Sendable, Equatable {
        /// `guardian` or `child`.
        var role: String
        /// `given`, `refused` or `withdrawn`; absent before an answer.
        var answer: String?
    }

    var consentID: ConsentID
    var caseID: CaseID?
    var status: String
    var grantorCount: Int
    var givenCount: Int
    var grantors: [GrantorView]
    var sharingServices: [ServiceCode]
    var receivingServices: [ServiceCode]
    var categories: [String]
    var purpose: String
    var purposeText: String?
    var validUntil: LocalDate
    var exceptions: [ConsentExceptionV1]
    var requestedBy: String
    var requestedByService: ServiceCode
    var requestedAt: Date
    var inForceSince: Date?
    var endedAt: Date?
    /// The services that received information under the consent (told when it ends).
    var informedServices: [ServiceCode]
    /// Whether the child's view is on record (its content is not shown here).
    var childViewRecorded: Bool
    /// Whether the child's view should be on record (age 7 until majority) but is not: a note for
    /// the caseworker, not a reason to deny.
    var childViewMissing: Bool

    init(_ record: ConsentRecord, requestedByService: ServiceCode, now: Date, rules: AgeRules) {
        let terms = record.terms
        consentID = record.consentID
        caseID = terms.caseID
        status = ConsentStatusCode.of(record, at: now, rules: rules)
        grantorCount = terms.grantors.count
        givenCount = record.given.count
        grantors = terms.grantors.map { GrantorView(role: $0.role.rawValue, answer: ConsentStatusCode.answer(of: $0.person, in: record)) }
        sharingServices = terms.sharingServices
        receivingServices = terms.receivingServices
        categories = terms.categories.map(\.rawValue)
        purpose = terms.purpose.rawValue
        purposeText = terms.purposeText
        validUntil = terms.validUntil
        exceptions = terms.exceptions.map(Self.exception)
        requestedBy = terms.requestedBy
        self.requestedByService = requestedByService
        requestedAt = terms.requestedAt
        inForceSince = record.inForceSince
        endedAt = record.status.endedAt
        informedServices = record.informedServices
        childViewRecorded = record.childView != nil
        childViewMissing = record.childViewMissing(at: now, rules: rules)
    }

    static func exception(_ e: ConsentException) -> ConsentExceptionV1 {
        switch e {
        case .recipient(let to): ConsentExceptionV1(kind: "recipient", from: nil, category: nil, to: to)
        case .pair(let from, let to): ConsentExceptionV1(kind: "pair", from: from, category: nil, to: to)
        case .categoryToRecipient(let c, let to): ConsentExceptionV1(kind: "category-to-recipient", from: nil, category: c.rawValue, to: to)
        }
    }

    /// Whether an employee of `service` may see the consent: a service that may share or receive
    /// under it, or the service that requested it.
    static func mayView(_ service: ServiceCode, _ record: ConsentRecord, requestedByService: ServiceCode) -> Bool {
        service == requestedByService || record.terms.sharingServices.contains(service)
            || record.terms.receivingServices.contains(service)
    }
}

/// What a grantor sees of a consent (`GET /v1/consents/{consentID}`): the status, their own
/// answer, and the request in plain language (``ConsentRequestText``) in `?lang=`.
struct ConsentCitizenView: Codable, Sendable, Equatable {
    var consentID: ConsentID
    var status: String
    var myAnswer: String?
    /// `guardian` or `child`: in which role the reader's consent is asked.
    var myRole: String
    /// How many required grantors have not given it yet.
    var awaitingCount: Int
    var validUntil: LocalDate
    var requestedAt: Date
    var language: Language
    var title: String
    var paragraphs: [String]
    /// Title and paragraphs as one plain text.
    var text: String

    init(_ record: ConsentRecord, reader: PersonRef, language: Language, now: Date, rules: AgeRules) {
        let rendered = ConsentRequestText.render(record.terms, in: language, now: now, rules: rules)
        consentID = record.consentID
        status = ConsentStatusCode.of(record, at: now, rules: rules)
        myAnswer = ConsentStatusCode.answer(of: reader, in: record)
        myRole = record.terms.grantors.first { $0.person == reader }?.role.rawValue ?? "guardian"
        awaitingCount = record.awaiting.count
        validUntil = record.terms.validUntil
        requestedAt = record.terms.requestedAt
        self.language = language
        title = rendered.title
        paragraphs = rendered.paragraphs
        text = rendered.text
    }
}

/// One entry of a grantor's list (`GET /v1/consents`).
struct ConsentListItem: Codable, Sendable, Equatable {
    var consentID: ConsentID
    var status: String
    var myAnswer: String?
    var validUntil: LocalDate
    var requestedAt: Date

    /// Waiting for this grantor's answer.
    var isPending: Bool { status == "requested" && myAnswer == nil }
}

struct ConsentList: Codable, Sendable, Equatable {
    var consents: [ConsentListItem]
}

/// The answer to `answer` and `withdraw`.
struct ConsentStatusAnswer: Codable, Sendable, Equatable {
    var consentID: ConsentID
    var status: String
    /// After a withdrawal: the services told that it ended (they had received information under it).
    var informedServices: [ServiceCode]?
}

/// `GET /v1/consents/{consentID}/receipt`: the whole history for the reading grantor
/// (``ConsentReceiptText``).
struct ConsentReceiptAnswer: Codable, Sendable, Equatable {
    var consentID: ConsentID
    var language: Language
    var title: String
    var lines: [String]
    /// The status sentence at the time of reading.
    var status: String
    /// Title, lines and status as one plain text.
    var text: String
}
