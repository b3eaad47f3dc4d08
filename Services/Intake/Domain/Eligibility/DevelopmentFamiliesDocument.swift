import InngangModels

/// The JSON document of development families read by ``FileBackedPopulationRegister``.
///
/// ```json
/// { "families": [ {
///     "label": "two-guardians",
///     "children": [ { "person": "12831551087", "addressProtection": "none" } ],
///     "guardians": [ { "person": "01868511083", "hasParentalResponsibility": true,
///                      "restrictedAccess": false, "addressProtection": "none" } ] } ],
///   "people": [ { "person": "20850651052", "addressProtection": "none" } ] }
/// ```
/// `people` lists persons outside any family (e.g. young adults). `restrictedAccess` and
/// `addressProtection` default to `false` / `none`. Every number must be a valid **synthetic**
/// number (month + 40 or + 80), so no real person's number ends up in development data.
public struct DevelopmentFamiliesDocument: Codable, Sendable, Equatable {
    public struct Family: Codable, Sendable, Equatable {
        /// A name for people reading the file (e.g. `single-guardian`); not personal data.
        public var label: String
        public var children: [Person]
        public var guardians: [Guardian]
    }

    public struct Person: Codable, Sendable, Equatable {
        public var person: String
        public var addressProtection: AddressProtection?
    }

    public struct Guardian: Codable, Sendable, Equatable {
        public var person: String
        public var hasParentalResponsibility: Bool
        public var restrictedAccess: Bool?
        public var addressProtection: AddressProtection?
    }

    public var families: [Family]
    public var people: [Person]?

    /// The register contents, or every problem found (JSON pointers; numbers are not echoed).
    func index() throws(IntakeDomainError) -> RegisterIndex {
        var problems: [FieldProblem] = []
        var persons: [NationalIdentityNumber: PersonRecord] = [:]
        var guardians: [NationalIdentityNumber: [GuardianRecord]] = [:]

        func parse(_ raw: String, at p: JSONPointer) -> NationalIdentityNumber? {
            do {
                let n = try NationalIdentityNumber(raw)
                guard n.isSynthetic else {
                    problems.append(FieldProblem(p.description, .format, "Development data must use synthetic numbers (month + 40 or + 80)."))
                    return nil
                }
                return n
            } catch {
                problems.append(FieldProblem(p.description, .invalidNationalIdentityNumber, error.message + "."))
                return nil
            }
        }
        func remember(_ n: NationalIdentityNumber, _ protection: AddressProtection, at p: JSONPointer) {
            if let known = persons[n], known.addressProtection != protection {
                problems.append(FieldProblem(p.description, .inconsistent, "The same person is listed with different address protection."))
            }
            persons[n] = PersonRecord(person: n, addressProtection: protection)
        }

        for (f, family) in families.enumerated() {
            let fp = JSONPointer.root / "families" / f
            if family.children.isEmpty { problems.append(FieldProblem((fp / "children").description, .required, "A family has at least one child.")) }
            var records: [GuardianRecord] = []
            for (g, guardian) in family.guardians.enumerated() {
                let p = fp / "guardians" / g / "person"
                guard let n = parse(guardian.person, at: p) else { continue }
                let protection = guardian.addressProtection ?? AddressProtection.none
                remember(n, protection, at: p)
                records.append(GuardianRecord(person: n, hasParentalResponsibility: guardian.hasParentalResponsibility,
                                              restrictedAccess: guardian.restrictedAccess ?? false, addressProtection: protection))
            }
            for (c, child) in family.children.enumerated() {
                let p = fp / "children" / c / "person"
                guard let n = parse(child.person, at: p) else { continue }
                remember(n, child.addressProtection ?? AddressProtection.none, at: p)
                if guardians[n] != nil {
                    problems.append(FieldProblem(p.description, .duplicate, "A child belongs to one family only."))
                }
                guardians[n] = records
            }
        }
        for (i, person) in (people ?? []).enumerated() {
            let p = JSONPointer.root / "people" / i / "person"
            guard let n = parse(person.person, at: p) else { continue }
            remember(n, person.addressProtection ?? AddressProtection.none, at: p)
        }
        guard problems.isEmpty else {
            throw IntakeDomainError(.invalidRegisterData, "The development families document has \(problems.count) problem(s).", problems: problems)
        }
        return RegisterIndex(persons: persons, guardians: guardians)
    }
}

/// Lookup tables built from a ``DevelopmentFamiliesDocument``.
struct RegisterIndex: Sendable {
    var persons: [NationalIdentityNumber: PersonRecord]
    /// Children → guardians (a known child may have none).
    var guardians: [NationalIdentityNumber: [GuardianRecord]]
}
