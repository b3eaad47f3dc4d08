/// The fixed catalogue of need categories a family can tick when applying. Codes travel in
/// events and routing rules; the family's own words stay in intake's database.
///
/// The catalogue is closed on purpose: an unknown code in a submission or a routing rule is an
/// error, so a typo can never silently route a case nowhere. Adding a category is a code change
/// here (plus routing rules in every municipality that should route it), reviewed like a rule.
///
/// Declaration order is the catalogue order, used wherever categories are listed (events,
/// routing matches), so output is deterministic whatever order the family ticked them in.
public enum NeedCategory: String, CaseIterable, Codable, Sendable, Comparable {
    /// Learning difficulties, concentration, progress in kindergarten or school.
    case learning
    /// Speech, language and communication.
    case speechLanguage = "speech-language"
    /// Mental health: anxiety, low mood, self-harm, eating, sleep.
    case mentalHealth = "mental-health"
    /// Physical health, chronic illness, disability, development and growth.
    case physicalHealth = "physical-health"
    /// Behaviour that worries the family, kindergarten or school.
    case behaviour
    /// Guidance and support for the family as a whole (parenting, conflict, strain).
    case familySupport = "family-support"
    /// Respite for the family (avlastning) because care needs are heavy.
    case respite
    /// Leisure activities, friends, belonging (fritid).
    case leisure
    /// Adaptations and support at school (tilrettelegging, spesialundervisning).
    case schoolSupport = "school-support"
    /// Adaptations and support in kindergarten (spesialpedagogisk hjelp, tilrettelegging).
    case kindergartenSupport = "kindergarten-support"
    /// Money, housing, work or benefits: help from NAV.
    case welfareNav = "welfare-nav"
    /// The family or the young person is worried about the child's care or safety at home.
    case childWelfareConcern = "child-welfare-concern"

    /// The position in the catalogue.
    public var catalogueIndex: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (lhs: NeedCategory, rhs: NeedCategory) -> Bool { lhs.catalogueIndex < rhs.catalogueIndex }

    /// Sorted into catalogue order with duplicates removed.
    public static func canonical(_ categories: some Sequence<NeedCategory>) -> [NeedCategory] {
        Array(Set(categories)).sorted()
    }
}
