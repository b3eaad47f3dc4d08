/// # IntakeDomain — the pure rules of *én inngang inn*
///
/// No I/O (the one exception is ``FileBackedPopulationRegister/init(contentsOf:)``, a clearly
/// named development fake of the Folkeregister), no database, no HTTP. The intake service's
/// routes, store and outbox call these in this order for a submission:
///
/// 1. ``IdempotencyKey`` from the header; ``RequestFingerprint`` of the body; look the key up
///    (per applicant) and apply ``IdempotencyRule``.
/// 2. ``ApplicationSubmission/validated(on:)`` → ``ValidApplication`` or every ``FieldProblem``.
/// 3. ``ApplicantEligibility/check(applicant:child:on:register:)`` against a ``PopulationRegister``
///    → recipients or a refusal (deny when unsure).
/// 4. ``CaseNumbering`` with the store's per-year sequence.
/// 5. ``AcceptedCase/accept(caseID:caseNumber:receivedAt:applicant:application:recipients:rules:pool:currentLoads:calendar:)``:
///    routing (``RoutingRules``), coordinator (``CoordinatorAssignment``), ``Receipt``, follow-ups.
/// 6. ``IntakeEventBuilder`` → `CaseReceivedV1`, `CaseRoutedV1`…, `CoordinatorAssignedV1` for the outbox.
///
/// Development data is embedded: ``DevelopmentFamilies``, ``DevelopmentRouting``,
/// ``DevelopmentCoordinators``.
public enum IntakeDomainOverview {}
