/// # ConsentDomain — the pure rules of *samtykke* (consent to share information)
///
/// No I/O. The consent service's routes and store call these rules; intake calls
/// ``ReferralCoverage`` before accepting a referral.
///
/// *Taushetsplikt* (confidentiality, forvaltningsloven § 13) stops services from sharing what they
/// know about a family. A *samtykke* (consent) from the person the information is about — for a
/// child, those who consent on the child's behalf — lifts it, but only as far as it reaches
/// (§ 13 a nr. 1). Everything here is fail-closed: when unsure, deny.
///
/// ## Entry points
/// - ``ConsentRequestRules/makeRequest(_:consentID:guardians:requestedBy:now:rules:)`` — validate a
///   request and name its grantors (``RequiredGrantors``, ``AgeRules``).
/// - ``ConsentLifecycle`` — `start`, `apply(fact)`, `fold(history)`: the state machine over the
///   append-only ``ConsentFact`` history, producing ``ConsentEvent``s.
/// - ``ConsentCheck/decide(_:question:rules:)`` — "may A share X about C with B for P now?"
/// - ``ConsentExpiry`` — expiry at the end of the last day, and at 18, without a job.
/// - ``LegalBasisRules``, ``ReferralCoverage`` — legal bases other than consent, kept apart.
/// - ``ConsentRequestText``, ``ConsentReceiptText`` — what the family reads (nb, nn, en).
///
/// ## What was verified in the law, and how
/// Read with the project's search tools (stored copies of public pages; Lovdata itself was not
/// reachable, so secondary sources quoting the text were used and are named):
/// - **Pasient- og brukerrettighetsloven § 4-3** first paragraph (b): persons between 16 and 18
///   consent to health care themselves unless a special provision or the measure's nature says
///   otherwise — Helsedirektoratet's commentary "§ 4-3 Hvem som har samtykkekompetanse"
///   (helsedirektoratet.no, amended by lov 16. juni 2017 nr. 53). Its § 3-4 commentary: from 16,
///   parents get only the information their parental responsibility needs. → ``AgeRule/ownHealthConsent``.
/// - **Barneloven § 31** second paragraph: from 7 the child shall be informed and heard, from 12
///   the child's view weighs heavily; younger children able to form views are heard too — quoted
///   by foreldretvist.no and barnefordelingadvokat.no (NOU 2008: 9). → ``ChildViewRule``.
///   (§ 32: from 15 the child chooses education and associations; not a rule about sharing, so
///   not modelled.) Majority at 18: vergemålsloven § 2, quoted in NOU 2020: 14 ch. 17.
/// - **Barnevernsloven** (lov 18. juni 2021 nr. 97, in force 1 January 2023, per juridika.no):
///   party rights from 15 — confirmed in secondary sources for the 1992 act (§ 6-3 second
///   paragraph, sjumilssteget.no) and in NKVTS's guidance ("samtykke fra foreldre med
///   foreldreansvar og barn over 15 år"). The new act's **§ 12-3** (party rights) and **§ 13-2**
///   (duty to report to the child welfare service, replacing § 6-4) are cited from the act's
///   structure as we know it; their exact text could not be fetched — **verify the paragraph
///   numbers against Lovdata** before relying on them in letters.
///   → ``AgeRule/partyInChildWelfare``, ``LegalBasisKind/dutyToReportToChildWelfare``.
/// - **Forvaltningsloven § 13 b first paragraph no. 7** (sharing "så langt det er nødvendig for å
///   unngå fare for liv eller helse"): Prop. 166 L (2020–2021), comments on the provisions
///   (regjeringen.no). → ``LegalBasisKind/dangerToLifeOrHealth``.
/// - GDPR art. 7(3): withdrawal at any time, as easy as giving, not affecting earlier processing
///   (the regulation's own text; not searched). → ``ConsentLifecycle``.
public enum ConsentDomainOverview {}
