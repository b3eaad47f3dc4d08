import InngangModels

/// The expected date of a first answer, shown on the receipt.
///
/// Rule: the **longest** published processing time among the services the case was routed to,
/// counted in working days from the day of receipt (Oslo date; that day itself is not counted),
/// with `WorkingDayCalendar.norwayProcessing` (weekends, public holidays with Easter computed,
/// and 24 and 31 December closed). By that date every one of those services should have given
/// its first answer. `nil` when a routed service has no published processing time: better no
/// date than a wrong promise.
public enum ExpectedFirstAnswer {
    public static func date(
        routes: [RoutedService], rules: RoutingRules, receivedOn: LocalDate,
        calendar: WorkingDayCalendar = .norwayProcessing
    ) -> LocalDate? {
        guard !routes.isEmpty else { return nil }
        var longest = 0
        for route in routes {
            guard let days = rules.processingTime(for: route.service) else { return nil }
            longest = max(longest, days)
        }
        return calendar.addingWorkingDays(longest, to: receivedOn)
    }
}
