import Foundation
import InngangModels

/// A coordinator (*familielos* / *barnekoordinator*): the family's one fixed contact person.
/// Name, work phone and work e-mail are shown to the family in the portal and the receipt;
/// they are never put in notifications.
public struct Coordinator: Codable, Sendable, Hashable {
    /// Stable employee id (also the key of ``CoordinatorAssignment``'s loads).
    public var id: String
    public var name: String
    public var phone: String?
    public var email: String?
    /// Languages the coordinator can work in (ISO 639 codes; `nb`, `nn` and `no` all mean Norwegian).
    public var languages: [String]
    /// The most open cases the coordinator should hold; 0 takes no new cases.
    public var capacity: Int

    public init(id: String, name: String, phone: String? = nil, email: String? = nil, languages: [String], capacity: Int) {
        self.id = id
        self.name = name
        self.phone = phone
        self.email = email
        self.languages = languages
        self.capacity = capacity
    }
}

/// A municipality's configured pool of coordinators (JSON data, validated on load).
///
/// ```json
/// { "municipality": "0301",
///   "coordinators": [ { "id": "k-101", "name": "Kari Nordmann", "phone": "+4791234567",
///                       "email": "kari.nordmann@example.kommune.no", "languages": ["nb", "en"],
///                       "capacity": 25 } ] }
/// ```
public struct CoordinatorPool: Codable, Sendable, Equatable {
    public static let capacityRange = 0...500
    public var municipality: String
    public var coordinators: [Coordinator]

    public init(municipality: String, coordinators: [Coordinator]) {
        self.municipality = municipality
        self.coordinators = coordinators
    }

    /// Decodes and validates a pool document; throws ``IntakeDomainError/Code/invalidCoordinatorPool``.
    public static func load(json: Data) throws(IntakeDomainError) -> CoordinatorPool {
        let pool: CoordinatorPool
        do { pool = try JSONDecoder().decode(CoordinatorPool.self, from: json) } catch let error as DecodingError {
            throw IntakeDomainError(.invalidCoordinatorPool, "The coordinator pool cannot be decoded.", problems: [FieldProblem(decodingError: error)])
        } catch {
            throw IntakeDomainError(.invalidCoordinatorPool, "The coordinator pool cannot be decoded.", underlying: error)
        }
        let problems = pool.problems()
        guard problems.isEmpty else {
            throw IntakeDomainError(.invalidCoordinatorPool, "The coordinator pool has \(problems.count) problem(s).", problems: problems)
        }
        return pool
    }

    /// Every problem (empty when valid): municipality not four digits; empty or repeated id;
    /// empty name; malformed language; capacity out of ``capacityRange``; an e-mail without `@`;
    /// a phone number that is not `+` and digits.
    public func problems() -> [FieldProblem] {
        var problems: [FieldProblem] = []
        func report(_ p: JSONPointer, _ code: FieldProblem.Code, _ message: String) {
            problems.append(FieldProblem(p.description, code, message))
        }
        if !(municipality.count == 4 && municipality.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) })) {
            report(.root / "municipality", .format, "A municipality number has four digits.")
        }
        var ids = Set<String>()
        for (i, c) in coordinators.enumerated() {
            let p = JSONPointer.root / "coordinators" / i
            if c.id.isEmpty || c.id.count > 64 { report(p / "id", .length, "1–64 characters.") }
            else if !ids.insert(c.id).inserted { report(p / "id", .duplicate, "Each coordinator id is unique.") }
            if !c.name.hasVisibleContent { report(p / "name", .required, "A coordinator has a name.") }
            for (j, language) in c.languages.enumerated() where !LanguageCode.isWellFormed(language) {
                report(p / "languages" / j, .format, "Use an ISO 639 language code of 2–3 lower-case letters.")
            }
            if !Self.capacityRange.contains(c.capacity) { report(p / "capacity", .range, "0–\(Self.capacityRange.upperBound) cases.") }
            if let email = c.email, !(email.contains("@") && !email.hasPrefix("@") && !email.hasSuffix("@")) {
                report(p / "email", .format, "Not an e-mail address.")
            }
            if let phone = c.phone {
                let digits = phone.hasPrefix("+") ? phone.dropFirst() : Substring(phone)
                if !((5...15).contains(digits.count) && digits.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) })) {
                    report(p / "phone", .format, "A phone number is an optional + and 5–15 digits.")
                }
            }
        }
        return problems
    }
}
