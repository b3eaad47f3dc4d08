import InngangModels

/// Who may appeal a decision about a child: a **party** (forvaltningsloven § 28 first
/// paragraph; § 2 first paragraph letter e: "person som en avgjørelse retter seg mot eller som
/// saken ellers direkte gjelder").
///
/// For a child's case the rule, with the defaults of ``init(ageOfMajority:childPartyAgeByService:)``:
/// 1. **A guardian with parental responsibility** (*foreldreansvar*) appeals for a child under
///    18 (the age of majority, vergemålsloven § 2). A guardian without parental responsibility
///    is not a party through this rule.
/// 2. **From 18** only the young person decides: guardians are no longer parties.
/// 3. **From 15 in barnevern matters** the child is a party too (barnevernsloven 2021 § 12-3;
///    the 1992 act had the same rule in § 6-3 second paragraph), beside the guardians. The act
///    adds the condition that the child understands what the case is about; that is assessed by
///    the service, so the rule admits the child and a service that finds otherwise rejects the
///    appeal (an avvisning, itself appealable) — the appeal is never silently refused.
///    The age is configurable per service in ``childPartyAgeByService``.
/// 4. Anyone else (a child below the party age outside barnevern, a person not connected to the
///    case) is not a party.
///
/// Ages are completed years on the day the appeal is sent (Oslo), from the child's birth date.
///
/// Sources: forvaltningsloven §§ 2 and 28 (juridika.no/lovdata text of the act, read through
/// secondary copies); barnevernsloven § 12-3 not reachable as full text here — the age 15 is
/// from domain.md and secondary sources on the 1992 act's § 6-3 ("partsrettigheter for barn over
/// 15 år"); verify the exact wording against Lovdata before relying on the understanding clause.
public struct PartyRule: Sendable, Equatable {
    public var ageOfMajority: Int
    /// Services in which a child is a party from a lower age than ``ageOfMajority``.
    public var childPartyAgeByService: [ServiceCode: Int]

    public init(ageOfMajority: Int = 18, childPartyAgeByService: [ServiceCode: Int] = ["barnevern": 15]) {
        self.ageOfMajority = ageOfMajority
        self.childPartyAgeByService = childPartyAgeByService
    }

    /// Whether the appellant is a party to `service`'s decision about the child, on `date`.
    public func standing(of appellant: AppellantFacts, service: ServiceCode, on date: LocalDate) -> Standing {
        let age = Self.completedYears(bornOn: appellant.childBirthDate, on: date)
        switch appellant.relation {
        case .guardian(let hasParentalResponsibility):
            guard hasParentalResponsibility else { return .notAParty(.noParentalResponsibility) }
            return age >= ageOfMajority ? .notAParty(.childIsAdult) : .party(.guardian)
        case .childThemself:
            if age >= ageOfMajority { return .party(.youngPerson) }
            if let partyAge = childPartyAgeByService[service], age >= partyAge { return .party(.child) }
            return .notAParty(.childBelowPartyAge)
        case .unrelated:
            return .notAParty(.notConnectedToCase)
        }
    }

    /// Completed years from `birth` to `date` (born 29 February: a year older on 1 March in
    /// common years), as ``NationalIdentityNumber/age(on:)``.
    public static func completedYears(bornOn birth: LocalDate, on date: LocalDate) -> Int {
        var age = date.year - birth.year
        if (date.month, date.day) < (birth.month, birth.day) { age -= 1 }
        return age
    }
}

/// The plain facts about the person filing, from the population register interface and the
/// case: their relation to the child and the child's birth date.
public struct AppellantFacts: Sendable, Equatable {
    public enum Relation: Sendable, Equatable {
        /// A guardian of the child; `hasParentalResponsibility` from the population register.
        case guardian(hasParentalResponsibility: Bool)
        /// The child or young person the case is about.
        case childThemself
        /// Anyone else.
        case unrelated
    }

    public var relation: Relation
    /// The birth date of the child the case is about (for the child themself: their own).
    public var childBirthDate: LocalDate

    public init(relation: Relation, childBirthDate: LocalDate) {
        self.relation = relation
        self.childBirthDate = childBirthDate
    }
}

/// The outcome of ``PartyRule``.
public enum Standing: Sendable, Equatable {
    case party(PartyRole)
    case notAParty(NotAPartyReason)

    public var isParty: Bool { if case .party = self { true } else { false } }
}

/// In which capacity a party appeals. A code in events.
public enum PartyRole: String, Codable, Sendable, CaseIterable {
    /// A guardian with parental responsibility, for a child under 18.
    case guardian
    /// The young person, from 18.
    case youngPerson = "young-person"
    /// The child under 18, where the child is a party (barnevern from 15).
    case child
}

/// Why someone is not a party. A code, safe to show and log.
public enum NotAPartyReason: String, Codable, Sendable, CaseIterable {
    case noParentalResponsibility = "no-parental-responsibility"
    /// The child is 18 or older: only the young person may appeal.
    case childIsAdult = "child-is-adult"
    /// The child is under the party age for this kind of matter.
    case childBelowPartyAge = "child-below-party-age"
    case notConnectedToCase = "not-connected-to-case"
}
