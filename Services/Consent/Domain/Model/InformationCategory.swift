/// The kinds of information a consent can cover: a closed, coded set.
///
/// A consent lifts confidentiality (*taushetsplikt*, forvaltningsloven § 13) only as far as it
/// reaches (§ 13 a nr. 1), so the categories are coarse enough for a family to understand and
/// precise enough that "school" never silently includes "health". Codes, not names, travel in
/// events; a code nobody knows is a deny, never a guess (``InformationCategory/init(code:)``).
public enum InformationCategory: String, Codable, Sendable, CaseIterable, Hashable, Comparable {
    /// Health information: helsestasjon and school health service, BUP, the GP, habilitation.
    case health
    /// The school: attendance, learning, adapted teaching, wellbeing at school.
    case school
    /// The kindergarten (*barnehage*): the child's development and everyday life there.
    case kindergarten
    /// PPT (*pedagogisk-psykologisk tjeneste*): assessments of special-needs education.
    case specialEducation = "special-education"
    /// The child welfare service (*barnevern*): its measures and assessments.
    case childWelfare = "child-welfare"
    /// NAV: welfare benefits and services to the family.
    case welfareNav = "welfare-nav"
    /// The family's situation: housing, finances, work, the family's own health or needs.
    case familySituation = "family-situation"

    /// Parses a category code; `nil` for anything not in the closed set (the check denies it).
    public init?(code: String) { self.init(rawValue: code) }

    /// Declaration order, so lists render in the same order everywhere.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
