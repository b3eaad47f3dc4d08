/// Whose consent a category of information needs.
public enum GrantorRequirement: String, Codable, Sendable, Hashable {
    /// Every guardian with parental responsibility (barneloven § 30), the child not asked.
    case guardians
    /// Every guardian with parental responsibility *and* the child.
    case guardiansAndChild = "guardians-and-child"
    /// The child or young person alone.
    case childAlone = "child-alone"
}

/// A named, configurable age rule for one information category: from ``fromAge`` the category's
/// consent needs ``grantors``. Below every rule of a category the guardians consent; from
/// ``AgeRules/majorityAge`` only the young person does, whatever the rules say.
public struct AgeRule: Codable, Hashable, Sendable {
    /// A stable name, used in logs, deny reasons and tests (e.g. `own-health-consent-from-16`).
    public var name: String
    public var category: InformationCategory
    public var fromAge: Int
    public var grantors: GrantorRequirement
    /// Where the rule comes from, for people reading the configuration.
    public var legalSource: String

    public init(name: String, category: InformationCategory, fromAge: Int, grantors: GrantorRequirement, legalSource: String) {
        self.name = name; self.category = category; self.fromAge = fromAge; self.grantors = grantors; self.legalSource = legalSource
    }

    /// **Health information from 16: the young person consents alone.**
    ///
    /// Pasient- og brukerrettighetsloven § 4-3 første ledd bokstav b gives persons between 16 and
    /// 18 the right to consent to health care (*helserettslig myndighetsalder* 16) unless a
    /// special provision or the nature of the measure says otherwise (Helsedirektoratet's
    /// commentary to § 4-3, read at helsedirektoratet.no). Consent to *disclose* confidential
    /// health information follows the same competence (helsepersonelloven § 22, which refers to
    /// pbrl. chapter 4), and from 16 the parents are told only what their parental responsibility
    /// needs (pbrl. § 3-4, same source). So from 16 the child is the only grantor for `health`,
    /// and guardians are not asked (asking them would itself tell them about the health matter).
    public static let ownHealthConsent = AgeRule(
        name: "own-health-consent-from-16", category: .health, fromAge: 16, grantors: .childAlone,
        legalSource: "pasient- og brukerrettighetsloven § 4-3 første ledd bokstav b; helsepersonelloven § 22")

    /// **Child welfare from 15: the child consents beside the guardians.**
    ///
    /// A child who has turned 15 and understands what the case is about is a party in a child
    /// welfare case (barnevernsloven 2021 § 12-3; the 1992 act's § 6-3 second paragraph said the
    /// same). Our reading: a party's consent is needed to share the party's own child-welfare
    /// information, and the parents with parental responsibility remain parties too, so from 15
    /// the child is a required grantor *beside* the guardians. This matches the NKVTS guidance
    /// (voldsveileder.nkvts.no) that contact with child welfare outside the duty to report
    /// "må skje med samtykke fra foreldre med foreldreansvar og barn over 15 år".
    public static let partyInChildWelfare = AgeRule(
        name: "party-in-child-welfare-from-15", category: .childWelfare, fromAge: 15, grantors: .guardiansAndChild,
        legalSource: "barnevernsloven § 12-3 (partsrettigheter fra 15 år)")
}

/// The age rules in force: the defaults of the domain description, configurable per municipality.
///
/// - the child's view is recorded from ``childViewRecordedFrom`` (7) and weighs heavily from
///   ``childViewWeighsHeavilyFrom`` (12) — barneloven § 31 second paragraph ("Når barnet er fylt
///   sju år … skal få informasjon og høve til å seie meininga si"; "Når barnet er fylt tolv år,
///   skal det leggjast stor vekt på kva barnet meiner"), see ``ChildViewRule``;
/// - per category, the named ``rules`` (defaults ``AgeRule/ownHealthConsent`` and
///   ``AgeRule/partyInChildWelfare``);
/// - at ``majorityAge`` (18, *myndighetsalder*, vergemålsloven § 2) only the young person decides,
///   and consents given by guardians lapse (``ConsentCheck``).
public struct AgeRules: Codable, Hashable, Sendable {
    public var childViewRecordedFrom: Int
    public var childViewWeighsHeavilyFrom: Int
    public var majorityAge: Int
    public var rules: [AgeRule]

    public init(childViewRecordedFrom: Int = 7, childViewWeighsHeavilyFrom: Int = 12, majorityAge: Int = 18,
                rules: [AgeRule] = [.ownHealthConsent, .partyInChildWelfare]) {
        self.childViewRecordedFrom = childViewRecordedFrom
        self.childViewWeighsHeavilyFrom = childViewWeighsHeavilyFrom
        self.majorityAge = majorityAge
        self.rules = rules
    }

    /// The defaults above.
    public static let `default` = AgeRules()

    /// The name reported when no category rule applies below majority.
    public static let parentalResponsibilityRuleName = "parental-responsibility"
    /// The name reported from majority age.
    public static let majorityRuleName = "majority-at-18"

    /// What applies to one category at one age: the requirement and the name of the rule behind it.
    public struct Outcome: Hashable, Sendable {
        public var grantors: GrantorRequirement
        public var ruleName: String
    }

    /// The grantors `category` needs for a child aged `age` (completed years).
    public func requirement(for category: InformationCategory, age: Int) -> Outcome {
        if age >= majorityAge { return Outcome(grantors: .childAlone, ruleName: Self.majorityRuleName) }
        let applicable = rules.filter { $0.category == category && $0.fromAge <= age }
        guard let rule = applicable.max(by: { $0.fromAge < $1.fromAge }) else {
            return Outcome(grantors: .guardians, ruleName: Self.parentalResponsibilityRuleName)
        }
        return Outcome(grantors: rule.grantors, ruleName: rule.name)
    }

    /// Checks the configuration: ages in order and below majority, names unique, at most one rule
    /// per category and age.
    public func validated() throws(ConsentDomainError) -> AgeRules {
        guard (1...25).contains(majorityAge),
            (0..<majorityAge).contains(childViewRecordedFrom),
            (childViewRecordedFrom..<majorityAge).contains(childViewWeighsHeavilyFrom)
        else { throw ConsentDomainError(.invalidAgeRules, "Child-view ages must be ordered and below the age of majority") }
        var names = Set<String>(), slots = Set<String>()
        for rule in rules {
            guard !rule.name.isEmpty, names.insert(rule.name).inserted else {
                throw ConsentDomainError(.invalidAgeRules, "Age rule names must be non-empty and unique")
            }
            guard (0..<majorityAge).contains(rule.fromAge) else {
                throw ConsentDomainError(.invalidAgeRules, "Age rule \(rule.name) must start below the age of majority")
            }
            guard slots.insert("\(rule.category.rawValue)@\(rule.fromAge)").inserted else {
                throw ConsentDomainError(.invalidAgeRules, "Two age rules for the same category and age")
            }
        }
        return self
    }
}
