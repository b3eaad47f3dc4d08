import Foundation
import InngangModels

/// The id of a recorded legal basis.
public enum LegalBasisTag {}
public typealias LegalBasisID = Identifier<LegalBasisTag>

/// A legal basis for sharing **other than consent**. Recorded as what it is — never disguised as
/// a consent, never answered by ``ConsentCheck``, and kept apart in ``ReferralCoverage``.
public enum LegalBasisKind: String, Codable, Sendable, Hashable, CaseIterable {
    /// **Duty to report to the child welfare service** (*opplysningsplikt*): barnevernsloven 2021
    /// (lov 18. juni 2021 nr. 97, in force 1 January 2023) § 13-2, which replaced barnevernloven
    /// 1992 § 6-4 second paragraph; the same duty is repeated for each profession (e.g.
    /// helsepersonelloven § 33, read in Helsedirektoratet's commentary). It overrides
    /// confidentiality when there is reason to believe a child is mistreated, seriously neglected,
    /// or shows serious behavioural problems; the report goes **to the child welfare service only**.
    case dutyToReportToChildWelfare = "duty-to-report-child-welfare"
    /// **Danger to life or health**: forvaltningsloven § 13 b first paragraph no. 7, added by
    /// Prop. 166 L (2020–2021) ("deler opplysningene med andre så langt det er nødvendig for å
    /// unngå fare for liv eller helse" — a narrow, emergency-like exception; only as much and to
    /// as few as necessary, read in the proposition's comments on regjeringen.no).
    case dangerToLifeOrHealth = "danger-to-life-or-health"

    /// The provision, for records and receipts.
    public var legalSource: String {
        switch self {
        case .dutyToReportToChildWelfare: return "barnevernsloven § 13-2"
        case .dangerToLifeOrHealth: return "forvaltningsloven § 13 b første ledd nr. 7"
        }
    }
}

/// A legal basis recorded by an employee for one sharing (or referral): who shares what about
/// which child with whom, why (free text kept in the consent service, never in events), when, by whom.
public struct RecordedLegalBasis: Codable, Hashable, Sendable {
    public var id: LegalBasisID
    public var kind: LegalBasisKind
    public var caseID: CaseID?
    public var child: PersonRef
    public var from: ServiceCode
    public var to: ServiceCode
    public var categories: [InformationCategory]
    /// The employee's justification (service database only).
    public var justification: String
    public var recordedBy: String
    public var recordedAt: Date

    public init(id: LegalBasisID, kind: LegalBasisKind, caseID: CaseID?, child: PersonRef, from: ServiceCode, to: ServiceCode,
                categories: [InformationCategory], justification: String, recordedBy: String, recordedAt: Date) {
        self.id = id; self.kind = kind; self.caseID = caseID; self.child = child; self.from = from; self.to = to
        self.categories = categories; self.justification = justification; self.recordedBy = recordedBy; self.recordedAt = recordedAt
    }

    /// The event payload (codes only; no justification).
    public var recordedEvent: LegalBasisRecordedV1 {
        LegalBasisRecordedV1(legalBasisID: id, caseID: caseID, child: child, kind: kind.rawValue, from: from, to: to,
                             categories: categories.map(\.rawValue), recordedBy: recordedBy, recordedAt: recordedAt)
    }
}

/// A legal basis as an employee submits it.
public struct LegalBasisDraft: Codable, Hashable, Sendable {
    /// A ``LegalBasisKind`` code.
    public var kind: String
    public var caseID: CaseID?
    public var child: PersonRef
    public var from: ServiceCode
    public var to: ServiceCode
    /// ``InformationCategory`` codes.
    public var categories: [String]
    public var justification: String

    public init(kind: String, caseID: CaseID? = nil, child: PersonRef, from: ServiceCode, to: ServiceCode,
                categories: [String], justification: String) {
        self.kind = kind; self.caseID = caseID; self.child = child; self.from = from; self.to = to
        self.categories = categories; self.justification = justification
    }
}

/// Rules for recording a legal basis.
///
/// - the kind is known; the child's identity number is valid; the services are well-formed and
///   different; at least one known category;
/// - a justification is written (1–``maximumJustificationLength`` characters): the employee must
///   say why the law applies, it is not a checkbox;
/// - the duty to report goes to ``childWelfareService`` only.
public struct LegalBasisRules: Sendable, Hashable {
    /// The service code of the child welfare service (intake's routing code).
    public var childWelfareService: ServiceCode
    /// How long after it was recorded a basis can still cover a referral. A project default (the
    /// basis is recorded for one referral, normally minutes before it), not a rule of law.
    public var maximumAgeForReferral: TimeInterval
    public static let maximumJustificationLength = 4000

    public init(childWelfareService: ServiceCode = "barnevern", maximumAgeForReferral: TimeInterval = 7 * 24 * 3600) {
        self.childWelfareService = childWelfareService
        self.maximumAgeForReferral = maximumAgeForReferral
    }

    public static let `default` = LegalBasisRules()

    /// Validates `draft` and records it.
    public func record(_ draft: LegalBasisDraft, id: LegalBasisID = LegalBasisID(), recordedBy: String,
                       now: Date) throws(ConsentDomainError) -> RecordedLegalBasis {
        var fields: [String] = []
        let kind = LegalBasisKind(rawValue: draft.kind)
        if kind == nil { fields.append("/kind") }
        if (try? NationalIdentityNumber(draft.child.nationalIdentityNumber)) == nil { fields.append("/child") }
        if !draft.from.isWellFormed { fields.append("/from") }
        if !draft.to.isWellFormed || draft.to == draft.from { fields.append("/to") }
        if kind == .dutyToReportToChildWelfare, draft.to != childWelfareService, !fields.contains("/to") { fields.append("/to") }
        var categories = Set<InformationCategory>()
        if draft.categories.isEmpty { fields.append("/categories") }
        for (i, code) in draft.categories.enumerated() {
            if let c = InformationCategory(code: code) { categories.insert(c) } else { fields.append("/categories/\(i)") }
        }
        let justification = draft.justification.trimmingCharacters(in: .whitespacesAndNewlines)
        if justification.isEmpty || justification.count > Self.maximumJustificationLength { fields.append("/justification") }
        guard fields.isEmpty, let kind else {
            throw ConsentDomainError(.invalidLegalBasis, "The legal basis is incomplete or invalid", fields: fields)
        }
        return RecordedLegalBasis(id: id, kind: kind, caseID: draft.caseID, child: draft.child, from: draft.from, to: draft.to,
                                  categories: categories.sorted(), justification: justification, recordedBy: recordedBy, recordedAt: now)
    }
}
