import Foundation
import InngangModels

/// Validates a ``ConsentRequestDraft`` and makes the consent's ``ConsentTerms``: the first fact of
/// its history. Every problem is reported at once, with a JSON pointer per field.
///
/// Rules (each a deny-when-unsure choice):
/// - the child's identity number is valid (its birth date drives the age rules) and the child is born;
/// - at least one sharing and one receiving service, each a well-formed code;
/// - at least one category, each in the closed set (``InformationCategory``); a known purpose;
/// - a purpose text of at most ``maximumPurposeTextLength`` characters (blank means none);
/// - the last valid day is today or later (Oslo);
/// - each exception names a listed service (and category), and something is still left to share
///   (sharing with oneself does not count);
/// - the grantors follow ``RequiredGrantors`` for the child's age today.
public enum ConsentRequestRules {
    public static let maximumPurposeTextLength = 1000

    /// The history a valid request starts with: ``ConsentFact/requested(terms:)``, then the child's
    /// view when the draft has one.
    public static func makeRequest(_ draft: ConsentRequestDraft, consentID: ConsentID = ConsentID(),
                                   guardians: [GuardianFact], requestedBy: String, now: Date,
                                   rules: AgeRules = .default) throws(ConsentDomainError) -> [ConsentFact] {
        var fields: [String] = []
        let today = LocalDate(now, in: .oslo)

        var birthDate: LocalDate?
        if let nin = try? NationalIdentityNumber(draft.child.nationalIdentityNumber), nin.birthDate <= today {
            birthDate = nin.birthDate
        } else {
            fields.append("/child")
        }

        let from = services(draft.sharingServices, field: "/sharingServices", into: &fields)
        let to = services(draft.receivingServices, field: "/receivingServices", into: &fields)

        var categories = Set<InformationCategory>()
        if draft.categories.isEmpty { fields.append("/categories") }
        for (i, code) in draft.categories.enumerated() {
            if let c = InformationCategory(code: code) { categories.insert(c) } else { fields.append("/categories/\(i)") }
        }
        let purpose = SharingPurpose(code: draft.purpose)
        if purpose == nil { fields.append("/purpose") }

        let purposeText = draft.purposeText?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let text = purposeText, text.count > maximumPurposeTextLength { fields.append("/purposeText") }

        if draft.validUntil < today { fields.append("/validUntil") }

        for (i, exception) in draft.exceptions.enumerated() where !refersToListed(exception, from: from, to: to, categories: categories) {
            fields.append("/exceptions/\(i)")
        }
        if fields.isEmpty, !categories.isEmpty, let birth = birthDate, let purpose {
            let probe = terms(draft, consentID: consentID, birthDate: birth, from: from, to: to, categories: categories,
                              purpose: purpose, purposeText: purposeText, grantors: [], requestedBy: requestedBy, now: now)
            if probe.coveredFlows.isEmpty { fields.append(draft.exceptions.isEmpty ? "/receivingServices" : "/exceptions") }
        }
        guard fields.isEmpty, let birthDate, let purpose else {
            throw ConsentDomainError(.invalidRequest, "The consent request is incomplete or invalid", fields: fields)
        }

        let age = Age.completedYears(born: birthDate, on: today)
        let grantors = try RequiredGrantors.determine(child: draft.child, age: age, guardians: guardians,
                                                      categories: categories, rules: rules)
        let made = terms(draft, consentID: consentID, birthDate: birthDate, from: from, to: to, categories: categories,
                         purpose: purpose, purposeText: purposeText, grantors: grantors, requestedBy: requestedBy, now: now)
        var facts: [ConsentFact] = [.requested(terms: made)]
        if let view = draft.childView { facts.append(.childViewRecorded(view: view)) }
        return facts
    }

    private static func services(_ codes: [ServiceCode], field: String, into fields: inout [String]) -> [ServiceCode] {
        if codes.isEmpty { fields.append(field) }
        for (i, code) in codes.enumerated() where !code.isWellFormed { fields.append("\(field)/\(i)") }
        return Array(Set(codes)).sorted { $0.rawValue < $1.rawValue }
    }

    private static func refersToListed(_ e: ConsentException, from: [ServiceCode], to: [ServiceCode],
                                       categories: Set<InformationCategory>) -> Bool {
        switch e {
        case .recipient(let b): return to.contains(b)
        case .pair(let a, let b): return from.contains(a) && to.contains(b)
        case .categoryToRecipient(let c, let b): return categories.contains(c) && to.contains(b)
        }
    }

    private static func terms(_ d: ConsentRequestDraft, consentID: ConsentID, birthDate: LocalDate, from: [ServiceCode],
                              to: [ServiceCode], categories: Set<InformationCategory>, purpose: SharingPurpose,
                              purposeText: String?, grantors: [Grantor], requestedBy: String, now: Date) -> ConsentTerms {
        ConsentTerms(consentID: consentID, caseID: d.caseID, child: d.child, childBirthDate: birthDate,
                     sharingServices: from, receivingServices: to, categories: categories.sorted(), purpose: purpose,
                     purposeText: purposeText?.isEmpty == false ? purposeText : nil, validUntil: d.validUntil,
                     exceptions: d.exceptions, grantors: grantors, requestedBy: requestedBy, requestedAt: now)
    }
}
