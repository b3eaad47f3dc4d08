import InngangModels

/// The events a newly accepted case publishes (through the outbox, key = case id), in order:
/// `case-received`, one `case-routed` per service, then `coordinator-assigned` when a
/// coordinator was chosen. Events carry ids and codes only: no free text, no names of the family.
public enum IntakeEventBuilder {
    /// All payloads of `accepted`, in publishing order.
    public struct Events: Sendable, Equatable {
        public var received: CaseReceivedV1
        public var routed: [CaseRoutedV1]
        public var coordinatorAssigned: CoordinatorAssignedV1?
    }

    /// - Parameter processingTime: the published processing time (working days) of a service,
    ///   usually `rules.processingTime(for:)` of the ``RoutingRules`` the case was routed with.
    public static func events(for accepted: AcceptedCase, processingTime: (ServiceCode) -> Int? = { _ in nil }) -> Events {
        Events(received: caseReceived(accepted), routed: caseRouted(accepted, processingTime: processingTime),
               coordinatorAssigned: coordinatorAssigned(accepted))
    }

    /// `case-received`: recipients are ``AcceptedCase/recipients`` (guardians with parental
    /// responsibility and no restricted access, or the young person). The applicant's contact
    /// preference is the one submitted; other guardians get ``otherRecipientContact(language:)``
    /// until the contact register is consulted.
    public static func caseReceived(_ c: AcceptedCase) -> CaseReceivedV1 {
        let recipients = c.recipients.map { r in
            Recipient(person: PersonRef(nationalIdentityNumber: r.person.value),
                      contact: r.person == c.applicant ? c.application.contact : otherRecipientContact(language: c.application.language))
        }
        return CaseReceivedV1(
            caseID: c.caseID, caseNumber: c.caseNumber.description, municipality: c.municipality, kind: .application,
            child: PersonRef(nationalIdentityNumber: c.application.child.value), recipients: recipients,
            needCategories: c.application.needCategories.map(\.rawValue),
            interpreterNeeded: c.application.interpreter != nil, receivedAt: c.receivedAt)
    }

    /// One `case-routed` per routed service, in routing order, at the time of receipt. A fallback
    /// route has no matched categories.
    public static func caseRouted(_ c: AcceptedCase, processingTime: (ServiceCode) -> Int? = { _ in nil }) -> [CaseRoutedV1] {
        c.routes.map {
            CaseRoutedV1(caseID: c.caseID, service: $0.service, matchedCategories: $0.matchedCategories.map(\.rawValue), routedAt: c.receivedAt,
                         processingTimeWorkingDays: processingTime($0.service))
        }
    }

    /// `coordinator-assigned`, or `nil` when the pool was full (see ``IntakeFollowUp``).
    public static func coordinatorAssigned(_ c: AcceptedCase) -> CoordinatorAssignedV1? {
        c.coordinator.map {
            CoordinatorAssignedV1(caseID: c.caseID, coordinatorID: $0.id, coordinatorName: $0.name,
                                  coordinatorPhone: $0.phone, coordinatorEmail: $0.email, assignedAt: c.receivedAt)
        }
    }

    /// The contact preference assumed for a guardian who did not apply: SMS (the notification
    /// service falls back to e-mail) in the family's language.
    public static func otherRecipientContact(language: Language) -> ContactPreference {
        ContactPreference(preferredChannel: .sms, language: language)
    }
}
