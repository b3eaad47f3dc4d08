import Foundation
import InngangModels

/// Every number and default of the appeal rules, in one place, so a change of act (the new
/// forvaltningsloven, Prop. 79 L (2024–2025)) or a municipality's choice is a change here.
///
/// Defaults (``standard``) and their sources:
/// - ``appealDeadlineWeeks`` = 3: forvaltningsloven § 29 first paragraph ("3 uker fra det
///   tidspunkt underretning om vedtaket er kommet fram til vedkommende part").
/// - ``absoluteLimitYears`` = 1: § 31 third paragraph (no late appeal is considered "dersom det er
///   gått mer enn ett år siden vedtaket ble truffet").
/// - ``completionWeeks`` = 2: § 32 says only that the appellant gets a *short* deadline
///   ("kort frist") to correct or complete the appeal; two weeks is our choice — long enough
///   for a family to answer, short enough to keep the case moving. Never earlier than the appeal
///   deadline itself (see ``AppealFormRule/completionDeadline(filedAt:appealDeadline:rules:)``).
/// - ``interimReplyMonths`` = 1: § 11 a third paragraph (cases about individual decisions:
///   interim reply when a request "ikke kan besvares i løpet av en måned etter at den er mottatt").
/// - ``defaultKlageinstans`` = Statsforvalteren; ``klageinstansByService`` overrides per service
///   (e.g. a municipal appeals board under § 28 second paragraph).
/// - ``calendar`` = ``LegalDeadline/calendar`` (domstolloven §§ 148–149: Saturdays, Sundays and
///   public holidays move a deadline; 24/31 December do not). Do not pass a processing calendar.
/// - ``timeZone`` = Europe/Oslo: every date and "end of the last day" (§ 30).
public struct KlageRules: Sendable {
    public var appealDeadlineWeeks: Int
    public var absoluteLimitYears: Int
    public var completionWeeks: Int
    public var interimReplyMonths: Int
    public var defaultKlageinstans: Klageinstans
    public var klageinstansByService: [ServiceCode: Klageinstans]
    /// Who is a party and may appeal (§ 28, barnevernsloven § 12-3).
    public var party: PartyRule
    public var calendar: WorkingDayCalendar
    public var timeZone: TimeZone

    public init(
        appealDeadlineWeeks: Int = 3,
        absoluteLimitYears: Int = 1,
        completionWeeks: Int = 2,
        interimReplyMonths: Int = 1,
        defaultKlageinstans: Klageinstans = .statsforvalteren,
        klageinstansByService: [ServiceCode: Klageinstans] = [:],
        party: PartyRule = PartyRule(),
        calendar: WorkingDayCalendar = LegalDeadline.calendar,
        timeZone: TimeZone = .oslo
    ) {
        precondition(appealDeadlineWeeks > 0 && absoluteLimitYears > 0 && completionWeeks > 0 && interimReplyMonths > 0,
                     "KlageRules: deadlines must be positive")
        self.appealDeadlineWeeks = appealDeadlineWeeks
        self.absoluteLimitYears = absoluteLimitYears
        self.completionWeeks = completionWeeks
        self.interimReplyMonths = interimReplyMonths
        self.defaultKlageinstans = defaultKlageinstans
        self.klageinstansByService = klageinstansByService
        self.party = party
        self.calendar = calendar
        self.timeZone = timeZone
    }

    /// The rules of forvaltningsloven 1967 with the defaults above.
    public static let standard = KlageRules()

    /// Where an upheld appeal against `service`'s decision goes (§ 33 fourth paragraph, § 28).
    public func klageinstans(for service: ServiceCode) -> Klageinstans {
        klageinstansByService[service] ?? defaultKlageinstans
    }
}
