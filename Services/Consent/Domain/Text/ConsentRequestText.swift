import Foundation
import InngangModels

/// A consent request explained in plain language, as a guardian (or the young person, when they
/// are the only grantor) reads it in the portal: who may share what with whom, for what, until
/// when, the exceptions, who must answer, the child's voice, and how to withdraw.
///
/// It names services (the reader is logged in); it never shows the child's recorded view.
public struct ConsentRequestText: Sendable, Equatable {
    public var title: String
    /// Paragraphs in reading order.
    public var paragraphs: [String]

    /// Title and paragraphs separated by blank lines.
    public var text: String { ([title] + paragraphs).joined(separator: "\n\n") }

    /// Renders `terms` in `language`; the child's age is taken on the day of `now` (Oslo).
    public static func render(_ terms: ConsentTerms, in language: Language, now: Date, rules: AgeRules = .default) -> ConsentRequestText {
        let p = ConsentRequestPhrases.for(language)
        let guardians = terms.guardianGrantors.count
        let reader: ConsentRequestPhrases.Reader = guardians == 0 ? .youngPerson : guardians == 1 ? .oneGuardian : .guardians
        let service = { (s: ServiceCode) in ConsentNames.service(s, language) }

        var out: [String] = [p.intro(reader)]
        out.append(p.from(TextPieces.list(terms.sharingServices.map(service), language)))
        out.append(p.to(TextPieces.list(terms.receivingServices.map(service), language)))
        out.append(p.categories(TextPieces.list(terms.categories.map { ConsentNames.category($0, language) }, language)))
        out.append(p.purpose(ConsentNames.purpose(terms.purpose, language)))
        if let text = terms.purposeText { out.append(p.purposeText(text)) }
        out.append(p.until(TextPieces.longDate(terms.validUntil, language)))
        if !terms.exceptions.isEmpty {
            let lines = terms.exceptions.map { e -> String in
                switch e {
                case .recipient(let to): return p.exceptRecipient(service(to))
                case .pair(let from, let to): return p.exceptPair(service(from), service(to))
                case .categoryToRecipient(let c, let to): return p.exceptCategory(ConsentNames.category(c, language), service(to))
                }
            }
            out.append(([p.exceptionsHeading] + lines.map { "– \($0)" }).joined(separator: "\n"))
        }
        var who = p.whoAnswers(reader)
        if reader != .youngPerson, terms.grantors.contains(where: { $0.role == .child }) { who += " " + p.childAnswersToo }
        out.append(who)
        if reader != .youngPerson {
            let age = Age.completedYears(born: terms.childBirthDate, at: now)
            switch ChildViewRule.weight(age: age, rules: rules) {
            case .heard: out.append(p.childHeard)
            case .weighsHeavily: out.append(p.childWeighsHeavily)
            case .optional, .decidesThemselves: break
            }
            let eighteen = Age.birthday(rules.majorityAge, born: terms.childBirthDate)
            if eighteen <= terms.validUntil { out.append(p.comingOfAge(TextPieces.shortDate(eighteen, language))) }
        }
        out.append(p.voluntary(reader))
        out.append(p.withdraw(reader))
        return ConsentRequestText(title: p.title, paragraphs: out)
    }
}
