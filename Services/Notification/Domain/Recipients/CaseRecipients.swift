import InngangModels

/// **Recipient list rule**: who is told about a case. The notification service keeps one list
/// per case, taken from `case-received` (``CaseReceivedV1/recipients``: the guardians with
/// parental responsibility, as intake checked them against the population register). Every
/// later message of the case goes to this list; each recipient is still checked with
/// ``RecipientSafety`` right before sending, because register facts change.
///
/// A guardian listed twice is kept once (the first entry's preferences win).
public struct CaseRecipients: Sendable, Equatable, Codable {
    public let caseID: CaseID
    public let recipients: [Recipient]

    public init(caseID: CaseID, recipients: [Recipient]) {
        self.caseID = caseID
        var seen = Set<PersonRef>()
        self.recipients = recipients.filter { seen.insert($0.person).inserted }
    }

    /// The list carried by a `case-received` event.
    public init(_ event: CaseReceivedV1) {
        self.init(caseID: event.caseID, recipients: event.recipients)
    }
}
