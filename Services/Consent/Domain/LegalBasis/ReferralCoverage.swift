import Foundation
import InngangModels

/// A referral (*henvisning*) a service employee submits to intake: `from` refers `child` to `to`,
/// sharing information of `categories`.
public struct ReferralQuestion: Codable, Hashable, Sendable {
    public var from: ServiceCode
    public var to: ServiceCode
    public var child: PersonRef
    /// ``InformationCategory`` codes the referral shares.
    public var categories: [String]
    /// A ``SharingPurpose`` code; a referral's own purpose by default.
    public var purpose: String
    public var at: Date
    /// The legal basis the employee recorded for this referral, if they rely on one.
    public var legalBasisID: LegalBasisID?

    public init(from: ServiceCode, to: ServiceCode, child: PersonRef, categories: [String],
                purpose: String = SharingPurpose.referral.rawValue, at: Date, legalBasisID: LegalBasisID? = nil) {
        self.from = from; self.to = to; self.child = child; self.categories = categories
        self.purpose = purpose; self.at = at; self.legalBasisID = legalBasisID
    }
}

/// What covers a referral. A consent and a legal basis are different answers, and stay different.
public enum ReferralCoverageResult: Hashable, Sendable {
    /// Valid consents cover every category (the consents relied on, sorted).
    case consent([ConsentID])
    /// A recorded legal basis other than consent covers it.
    case legalBasis(LegalBasisID, LegalBasisKind)
    /// Nothing covers it; the reason is the consent check's for the first category not covered.
    case notCovered(DenyReason)

    public var isCovered: Bool { if case .notCovered = self { false } else { true } }
}

/// **Intake accepts a referral from a service employee only when a valid consent or a recorded
/// legal basis covers it.**
///
/// - Consent: every category must be allowed by ``ConsentCheck`` at the referral's time.
/// - Otherwise a ``RecordedLegalBasis`` about the same child, from the same service to the same
///   service, covering every category, recorded at or before the referral and at most
///   ``LegalBasisRules/maximumAgeForReferral`` earlier. When the referral names a basis, only that
///   one counts.
/// - Otherwise not covered (fail closed).
public enum ReferralCoverage {
    public static func check(_ referral: ReferralQuestion, consents: [ConsentRecord], legalBases: [RecordedLegalBasis],
                             rules: AgeRules = .default, basisRules: LegalBasisRules = .default) -> ReferralCoverageResult {
        guard !referral.categories.isEmpty else { return .notCovered(.categoryNotCovered) }
        var categories: [InformationCategory] = []
        for code in referral.categories {
            guard let c = InformationCategory(code: code) else { return .notCovered(.unknownCategory) }
            categories.append(c)
        }

        var consentIDs = Set<ConsentID>()
        var firstDenial: DenyReason?
        for category in categories {
            let decision = ConsentCheck.decide(consents, question: SharingQuestion(
                from: referral.from, category: category.rawValue, child: referral.child, to: referral.to,
                purpose: referral.purpose, at: referral.at), rules: rules)
            switch decision {
            case .allow(let id): consentIDs.insert(id)
            case .deny(let reason): if firstDenial == nil { firstDenial = reason }
            }
        }
        if firstDenial == nil { return .consent(consentIDs.sorted()) }

        let candidates = legalBases.filter { basis in
            (referral.legalBasisID == nil || basis.id == referral.legalBasisID)
                && basis.child == referral.child && basis.from == referral.from && basis.to == referral.to
                && Set(categories).isSubset(of: basis.categories)
                && basis.recordedAt <= referral.at
                && referral.at.timeIntervalSince(basis.recordedAt) <= basisRules.maximumAgeForReferral
        }
        if let basis = candidates.max(by: { $0.recordedAt < $1.recordedAt }) { return .legalBasis(basis.id, basis.kind) }
        return .notCovered(firstDenial ?? .noConsent)
    }
}
