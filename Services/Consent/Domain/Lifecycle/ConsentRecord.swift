import Foundation
import InngangModels

/// The state of one consent: its terms, where it is in the lifecycle, who has given it, what was
/// shared, and the full history it was folded from. Built only by ``ConsentLifecycle``.
public struct ConsentRecord: Hashable, Sendable {
    /// A grantor's consent and when it was given.
    public struct Given: Hashable, Sendable {
        public var person: PersonRef
        public var at: Date
    }

    public internal(set) var terms: ConsentTerms
    public internal(set) var status: ConsentStatus
    /// In the order given.
    public internal(set) var given: [Given]
    /// When the last required grantor gave it; kept after it ends, so a check about an earlier
    /// moment still sees it was in force then (withdrawal is not retroactive).
    public internal(set) var inForceSince: Date?
    public internal(set) var childView: ChildView?
    public internal(set) var sharings: [SharingRecord]
    /// Every fact, in order.
    public internal(set) var history: [ConsentFact]

    init(terms: ConsentTerms) {
        self.terms = terms
        self.status = .awaiting
        self.given = []
        self.inForceSince = nil
        self.childView = nil
        self.sharings = []
        self.history = [.requested(terms: terms)]
    }

    public var consentID: ConsentID { terms.consentID }

    /// The required grantors who have not given it yet.
    public var awaiting: [Grantor] {
        terms.grantors.filter { g in !given.contains { $0.person == g.person } }
    }

    /// Whether `person` has given it.
    public func hasGiven(_ person: PersonRef) -> Bool { given.contains { $0.person == person } }

    /// The services that received information under the consent (in first-received order):
    /// everyone to tell when it ends.
    public var informedServices: [ServiceCode] {
        var seen = Set<ServiceCode>()
        return sharings.map(\.to).filter { seen.insert($0).inserted }
    }

    /// The time of the latest fact.
    public var lastFactAt: Date { history.last?.at ?? terms.requestedAt }

    /// Whether the child's view should be on record at `instant` (age 7 until majority,
    /// ``ChildViewRule``) but is not. A note for the caseworker, not a reason to deny.
    public func childViewMissing(at instant: Date, rules: AgeRules = .default) -> Bool {
        childView == nil && ChildViewRule.viewExpected(age: Age.completedYears(born: terms.childBirthDate, at: instant), rules: rules)
    }
}
