/// How much the child's own view counts, by age (barneloven § 31 second paragraph, read in the
/// law text quoted by foreldretvist.no and barnefordelingadvokat.no: from 7 the child shall be
/// informed and allowed to say what they think; from 12 their view shall weigh heavily; younger
/// children able to form views shall be heard too). The view is recorded *beside* the consent:
/// it never replaces the grantors' answers, and it is never shown to the guardians by this module.
public enum ChildViewWeight: String, Codable, Sendable, Hashable {
    /// Below 7: may be heard if able to form their own views; not required.
    case optional
    /// 7–11: shall be informed and heard.
    case heard
    /// 12 until majority: shall weigh heavily.
    case weighsHeavily = "weighs-heavily"
    /// From majority: the young person decides themselves (they are the grantor).
    case decidesThemselves = "decides-themselves"
}

public enum ChildViewRule {
    /// The weight of the view of a child aged `age` under `rules`.
    public static func weight(age: Int, rules: AgeRules = .default) -> ChildViewWeight {
        if age >= rules.majorityAge { return .decidesThemselves }
        if age >= rules.childViewWeighsHeavilyFrom { return .weighsHeavily }
        if age >= rules.childViewRecordedFrom { return .heard }
        return .optional
    }

    /// Whether a view should be on record before the consent is relied on (from 7 until majority).
    /// A missing view is reported (``ConsentRecord/childViewMissing(at:rules:)``) for the
    /// caseworker; it does not make the grantors' consent invalid.
    public static func viewExpected(age: Int, rules: AgeRules = .default) -> Bool {
        switch weight(age: age, rules: rules) {
        case .heard, .weighsHeavily: return true
        case .optional, .decidesThemselves: return false
        }
    }
}
