import ConsentDomain
import InngangService

/// The problem+json answers of the consent API. Details are fixed texts: never a submitted value,
/// never a national identity number.
enum ConsentProblems {
    /// Also for consents the caller may not see, so their existence is not revealed.
    static let noSuchConsent = ProblemDetails.notFound("No such consent.")

    static let registerUnavailable = ProblemDetails.unavailable("The population register cannot be reached. Try again later.")

    static let idempotencyKeyReused = ProblemDetails(
        type: ProblemDetails.typeURI("idempotency-key-reused"), title: "Idempotency-Key already used", status: 422,
        detail: "This Idempotency-Key was already used for a different request. Use a new key for a new request.")

    /// A `422` with one entry per JSON pointer (fixed messages, see ``message(for:)``).
    static func invalid(_ pointers: [String]) -> ProblemDetails {
        var seen = Set<String>()
        let unique = pointers.filter { seen.insert($0).inserted }
        return .validation(unique.map { ProblemDetails.FieldProblem(pointer: $0, detail: message(for: $0)) })
    }

    /// The answer for a rule the domain refused. Errors that mean a broken history or a bug are
    /// rethrown as they are (a 500 quoting only the request id).
    static func problem(for error: ConsentDomainError) throws -> ProblemDetails {
        switch error.code {
        case .invalidRequest, .invalidLegalBasis:
            return invalid(error.fields)
        case .noGuardianWithParentalResponsibility:
            return .validation([.init(pointer: "/child", detail:
                "The population register names no guardian with parental responsibility for this child, so consent cannot be requested through Inngang.")])
        case .guardianCannotBeAsked:
            return .validation([.init(pointer: "/child", detail:
                "A guardian whose consent is required cannot be asked through Inngang. Handle this consent outside Inngang.")])
        case .categoriesNeedSeparateRequests:
            return .validation([.init(pointer: "/categories", detail:
                "The young person consents alone to some of these categories and the guardians to the others: make one request for each.")])
        case .consentEnded:
            return .conflict("The consent has ended (refused, withdrawn, revoked or expired). A new consent must be requested.")
        case .alreadyGiven:
            return .conflict("You have given this consent. To take it back, withdraw it.")
        case .notAGrantor:
            return noSuchConsent
        default:
            throw error
        }
    }

    /// The fixed message for a field pointer.
    static func message(for pointer: String) -> String {
        let parts = pointer.split(separator: "/").map(String.init)
        let indexed = parts.count > 1
        switch parts.first ?? "" {
        case "child":
            return "Give the child's national identity number (11 digits, valid check digits, a child already born) known to the population register."
        case "caseID":
            return "Not a case id (a UUID)."
        case "sharingServices":
            return indexed ? "Not a service code (2–40 of a–z, 0–9 and '-')." : "Give at least one service that may share."
        case "receivingServices":
            return indexed ? "Not a service code (2–40 of a–z, 0–9 and '-')."
                : "Give at least one service that may receive, other than the sharing services themselves."
        case "categories":
            return indexed ? "Not an information category: health, school, kindergarten, special-education, child-welfare, welfare-nav or family-situation."
                : "Give at least one information category."
        case "category":
            return "Give an information category code."
        case "purpose":
            return "Give a purpose: coordination, referral, assessment, individual-plan or transition."
        case "purposeText":
            return "At most \(ConsentRequestRules.maximumPurposeTextLength) characters."
        case "validUntil":
            return "Give the last valid day as YYYY-MM-DD, today or later."
        case "exceptions":
            return indexed ? "An exception has kind recipient (to), pair (from, to) or category-to-recipient (category, to), naming listed services and categories."
                : "The exceptions leave nothing to share."
        case "childView":
            return "The child's view has mode agrees, disagrees, mixed or not-expressed, and an optional text of at most 4000 characters."
        case "answer":
            return "Answer give or refuse."
        case "kind":
            return "Give the legal basis: duty-to-report-child-welfare or danger-to-life-or-health."
        case "from":
            return "The token's service is not a valid service code."
        case "to":
            return indexed ? "Not a service code (2–40 of a–z, 0–9 and '-')."
                : "Give the receiving service(s): service codes, not the token's own service (for a duty to report: the child welfare service)."
        case "justification":
            return "Write why the law applies (1–\(LegalBasisRules.maximumJustificationLength) characters)."
        case "legalBasisID":
            return "Not a legal basis id (a UUID)."
        default:
            return "Not valid."
        }
    }
}
