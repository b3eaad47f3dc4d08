import Foundation
import InngangModels

/// A receipt of a consent's whole history, as a grantor fetches it from the portal: every fact
/// with its date and time (Oslo), who did it as seen by the reader ("you", "another person with
/// parental responsibility", "the child" — no names), what was shared with whom, and the status now.
/// It never shows the child's recorded view or any free text.
public struct ConsentReceiptText: Sendable, Equatable {
    public var title: String
    /// One line per fact, oldest first, each starting with its date and time.
    public var lines: [String]
    /// The status at the time of rendering.
    public var status: String

    public var text: String { ([title] + lines + [status]).joined(separator: "\n") }

    /// Renders `record` for `reader` (a grantor; `nil` renders everyone in the third person) at `now`.
    public static func render(_ record: ConsentRecord, for reader: PersonRef?, in language: Language, now: Date,
                              rules: AgeRules = .default) -> ConsentReceiptText {
        let p = ConsentReceiptPhrases.for(language)
        let until = TextPieces.longDate(record.terms.validUntil, language)
        let service = { (s: ServiceCode) in ConsentNames.service(s, language) }
        func actor(_ person: PersonRef) -> ConsentReceiptPhrases.Actor {
            if person == reader { return .you }
            if person == record.terms.child { return .child }
            return reader == nil ? .aGuardian : .otherGuardian
        }

        var lines: [String] = []
        var replay = ConsentLifecycle.start(record.terms).record
        for fact in record.history {
            var sentence: String
            switch fact {
            case .requested: sentence = p.requested
            case .childViewRecorded: sentence = p.childViewRecorded
            case .given(let person, _): sentence = p.given(actor(person))
            case .refused(let person, _): sentence = p.refused(actor(person))
            case .withdrawn(let person, _): sentence = p.withdrawn(actor(person))
            case .revoked(_, let reason, _): sentence = p.revoked(reason)
            case .expired(let reason, _): sentence = p.expired(reason)
            case .informationShared(let s):
                sentence = p.shared(service(s.from), ConsentNames.category(s.category, language), service(s.to))
            }
            if case .requested = fact {} else if let next = try? ConsentLifecycle.apply(fact, to: replay, rules: rules) {
                if case .inForce = next.record.status, replay.inForceSince == nil { sentence += " " + p.inForce(until) }
                if next.record.status.isEnded, !replay.status.isEnded, !replay.informedServices.isEmpty {
                    sentence += " " + p.informed(TextPieces.list(replay.informedServices.map(service), language))
                }
                replay = next.record
            }
            lines.append("\(TextPieces.dateTime(fact.at, language)): \(sentence)")
        }

        let status: String
        if ConsentCheck.stateDenialReason(record, at: now, rules: rules) == nil {
            status = p.statusInForce(until)
        } else if case .awaiting = record.status, ConsentExpiry.lapse(of: record.terms, at: now, rules: rules) == nil {
            status = p.statusAwaiting(record.awaiting.count)
        } else {
            status = p.statusEnded
        }
        return ConsentReceiptText(title: p.title, lines: lines, status: status)
    }
}
