import IntakeDomain

/// Which consent information categories a referral shares, from its need categories: the
/// `categories` intake asks the consent service to cover (`POST /v1/referral-coverage`).
///
/// A referral tells the receiving services what the referring service knows about the child's
/// needs; the information category is the kind of information that is, in the consent service's
/// closed set (`health`, `school`, `kindergarten`, `special-education`, `child-welfare`,
/// `welfare-nav`, `family-situation`):
///
/// | need category          | information category |
/// |------------------------|----------------------|
/// | `learning`             | `school`             |
/// | `speech-language`      | `special-education`  |
/// | `mental-health`        | `health`             |
/// | `physical-health`      | `health`             |
/// | `behaviour`            | `school`             |
/// | `family-support`       | `family-situation`   |
/// | `respite`              | `family-situation`   |
/// | `leisure`              | `family-situation`   |
/// | `school-support`       | `school`             |
/// | `kindergarten-support` | `kindergarten`       |
/// | `welfare-nav`          | `welfare-nav`        |
/// | `child-welfare-concern`| `child-welfare`      |
///
/// The switch is exhaustive: a new need category does not compile until it is mapped here.
enum ReferralCategories {
    static func informationCategory(for need: NeedCategory) -> String {
        switch need {
        case .learning, .behaviour, .schoolSupport: "school"
        case .speechLanguage: "special-education"
        case .mentalHealth, .physicalHealth: "health"
        case .familySupport, .respite, .leisure: "family-situation"
        case .kindergartenSupport: "kindergarten"
        case .welfareNav: "welfare-nav"
        case .childWelfareConcern: "child-welfare"
        }
    }

    /// The information categories of `needs`, once each, in the order the needs first call for them.
    static func informationCategories(for needs: [NeedCategory]) -> [String] {
        var seen = Set<String>()
        return needs.map(informationCategory(for:)).filter { seen.insert($0).inserted }
    }
}
