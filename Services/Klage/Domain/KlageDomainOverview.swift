/// # KlageDomain — the pure rules of *klage* (appeals, forvaltningsloven §§ 28–36, 11 a, 42)
///
/// No I/O. The klage service's routes and store call these rules; every rule is a small named
/// type with a static function and its own tests.
///
/// ## Words used as names (Norwegian where it is the precise legal term)
/// - **klage**: an appeal by a party against an individual decision (forvaltningsloven § 28).
/// - **vedtak** (*enkeltvedtak*): the individual administrative decision appealed against.
/// - **underinstans**: the body that made the decision (here: the municipality's service). It
///   receives the appeal, prepares it and may reverse its own decision (§ 33).
/// - **klageinstans**: the body that decides an appeal the underinstans upholds (§ 34); by
///   default *Statsforvalteren* (the county governor). See ``Klageinstans``.
/// - **avvisning** (*rejected*): the appeal is not considered on its merits (not a party, too
///   late, not completed). An avvisning is itself a decision that can be appealed.
/// - **oppreisning**: admitting a late appeal because the party cannot be blamed or for special
///   reasons (§ 31 first paragraph).
/// - **foreløpig svar** (*interim reply*): the reply due when an appeal cannot be answered within
///   one month of receipt (§ 11 a). See ``InterimReplyRule``.
/// - **utsatt iverksetting** (*postponed execution*): not carrying out the decision until the
///   appeal is decided (§ 42). See ``ExecutionPostponement``.
///
/// ## Where the rules are
/// | rule | type |
/// |---|---|
/// | every number and default (3 weeks, 1 year, 1 month, completion time, klageinstans) | ``KlageRules`` |
/// | who may appeal (§ 28, party) | ``PartyRule`` |
/// | form and completeness (§ 32) | ``AppealFormRule`` |
/// | deadline (§ 29, § 24 interruption) | ``AppealDeadlineRule`` |
/// | a request for reasons: in time, and the deadline it leaves (§ 24, § 29 third paragraph) | ``ReasonsRequestRule`` |
/// | in time / late / beyond one year (§§ 30–31) | ``TimelinessRule`` |
/// | filing, all of the above at once | ``AppealReception`` |
/// | underinstans and klageinstans steps (§§ 33–34) | ``AppealProcess`` |
/// | interim reply (§ 11 a) | ``InterimReplyRule`` |
/// | postponed execution (§ 42) | ``ExecutionPostponement`` |
/// | texts for the family (nb/nn/en) | ``KlageTexts`` |
/// | event payloads | `Events/KlageEventPayloads.swift` |
///
/// The forvaltningsloven of 1967 is being replaced (Prop. 79 L (2024–2025)); a change of act is
/// a change of ``KlageRules`` and of the rule named after the paragraph.
public enum KlageDomainOverview {}
