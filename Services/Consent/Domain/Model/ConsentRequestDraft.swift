import InngangModels

/// A consent request as a coordinator or caseworker submits it, before validation
/// (``ConsentRequestRules``). Category and purpose are codes as received; unknown codes are
/// reported as field problems, not guessed.
public struct ConsentRequestDraft: Codable, Hashable, Sendable {
    public var caseID: CaseID?
    public var child: PersonRef
    /// The services that may share ("from").
    public var sharingServices: [ServiceCode]
    /// The services that may receive ("to").
    public var receivingServices: [ServiceCode]
    /// ``InformationCategory`` codes.
    public var categories: [String]
    /// A ``SharingPurpose`` code.
    public var purpose: String
    /// Optional explanation for the family (kept out of events).
    public var purposeText: String?
    public var validUntil: LocalDate
    public var exceptions: [ConsentException]
    /// The child's own view, when it was heard before the request was made.
    public var childView: ChildView?

    public init(caseID: CaseID? = nil, child: PersonRef, sharingServices: [ServiceCode], receivingServices: [ServiceCode],
                categories: [String], purpose: String, purposeText: String? = nil, validUntil: LocalDate,
                exceptions: [ConsentException] = [], childView: ChildView? = nil) {
        self.caseID = caseID; self.child = child; self.sharingServices = sharingServices
        self.receivingServices = receivingServices; self.categories = categories; self.purpose = purpose
        self.purposeText = purposeText; self.validUntil = validUntil; self.exceptions = exceptions; self.childView = childView
    }
}
