import InngangModels
import Testing
@testable import IntakeDomain

@Suite("Receipt and expected first answer")
struct ReceiptTests {
    let rules = Fixture.rules
    let number = CaseNumber(year: 2027, sequence: 123)!
    let kari = Coordinator(id: "k-101", name: "Kari Nordmann", phone: "+4799000101", email: "kari@example.kommune.no", languages: ["nb"], capacity: 5)

    func receipt(_ categories: [NeedCategory], on day: String, coordinator: Coordinator? = nil, interpreter: Bool = false,
                 _ language: Language = .nb) -> Receipt {
        ReceiptWriter.receipt(caseNumber: number, receivedOn: Fixture.date(day), routes: rules.route(categories: categories),
                              rules: rules, coordinator: coordinator, interpreterNeeded: interpreter, language: language)
    }

    @Test func expectedDateCountsWorkingDaysPastEaster() {
        // Received Wednesday 24 March 2027; helsestasjon publishes 10 working days. Skjærtorsdag
        // 25/3, langfredag 26/3, the weekend and 2. påskedag 29/3 are not counted: day 1 is
        // Tuesday 30 March, day 10 Monday 12 April (without holidays it would be 7 April).
        let r = receipt([.physicalHealth], on: "2027-03-24")
        #expect(r.services == ["helsestasjon"])
        #expect(r.expectedFirstAnswer == Fixture.date("2027-04-12"))
        #expect(r.lines.contains("Dere kan vente et første svar innen mandag 12. april 2027."))
    }

    @Test func expectedDateSkipsChristmasAndNewYearsEve() {
        // familielos (fallback-free route via respite → avlastning is 30; use a custom 5-day rule).
        let five = RoutingRules(municipality: "4601", rules: [.init(service: "familielos", whenAnyCategory: ["respite"])],
                                processingTimes: ["familielos": 5])
        let routes = five.route(categories: [.respite])
        let monday = Fixture.date("2026-12-21")
        // 22, 23, (24 closed for processing, 25–27 holidays/Sunday), 28, 29, 30.
        #expect(ExpectedFirstAnswer.date(routes: routes, rules: five, receivedOn: monday) == Fixture.date("2026-12-30"))
        #expect(ExpectedFirstAnswer.date(routes: routes, rules: five, receivedOn: monday, calendar: .norway) == Fixture.date("2026-12-29"))
    }

    @Test func expectedDateIsTheLongestRoutedProcessingTime() {
        // learning → ppt (40) and skole (15): 40 working days.
        let r = receipt([.learning], on: "2026-11-23")
        #expect(r.expectedFirstAnswer == WorkingDayCalendar.norwayProcessing.addingWorkingDays(40, to: Fixture.date("2026-11-23")))
    }

    @Test func noPromiseWithoutAPublishedProcessingTime() {
        let incomplete = RoutingRules(municipality: "4601", rules: [.init(service: "ppt", whenAnyCategory: ["learning"])], processingTimes: [:])
        #expect(ExpectedFirstAnswer.date(routes: incomplete.route(categories: [.learning]), rules: incomplete, receivedOn: Fixture.today) == nil)
    }

    @Test func receiptTextsExistInAllThreeLanguages() {
        let expectations: [(Language, title: String, services: String, appeal: String, date: String)] = [
            (.nb, "Vi har mottatt søknaden", "sendt til 2 tjenester", "klage", "mandag 12. april 2027"),
            (.nn, "Vi har motteke søknaden", "send til 2 tenester", "klage", "måndag 12. april 2027"),
            (.en, "We have received your application", "sent to 2 services", "appeal", "Monday 12 April 2027"),
        ]
        for e in expectations {
            // helsestasjon (10) + bup (10) for mental health, received before Easter 2027.
            let r = receipt([.mentalHealth], on: "2027-03-24", coordinator: kari, interpreter: true, e.0)
            let text = r.lines.joined(separator: "\n")
            #expect(r.language == e.0)
            #expect(r.title == e.title)
            #expect(text.contains("INN-2027-000123"))
            #expect(text.contains(e.services))
            #expect(text.contains(ServiceNames.name(of: "bup", in: e.0)))
            #expect(text.contains("Kari Nordmann"))
            #expect(text.contains("+4799000101"))
            #expect(text.contains(e.date))
            #expect(text.contains(e.appeal))
            #expect(r.lines.count == 7, "case number, routing, coordinator, date, interpreter, appeal, follow the case")
        }
        #expect(Set(Language.allCases.map { receipt([.learning], on: "2026-11-23", $0).lines }).count == 3)
    }

    @Test func oneRoutedServiceIsNotCalledEachOfThem() {
        // speech-language routes to PPT only.
        let one = receipt([.speechLanguage], on: "2026-11-23").lines.joined(separator: "\n")
        #expect(one.contains("sendt til 1 tjeneste"))
        #expect(!one.contains("hver av dem"))
        let two = receipt([.learning], on: "2026-11-23").lines.joined(separator: "\n")
        #expect(two.contains("hver av dem"))
    }

    @Test func withoutCoordinatorTheReceiptSaysOneWillBeAssigned() {
        let r = receipt([.learning], on: "2026-11-23")
        #expect(r.coordinatorName == nil)
        #expect(r.lines.contains { $0.hasPrefix("Dere får en familielos") })
        #expect(!r.lines.contains { $0.contains("tolk") })
    }

    @Test func singleServiceUsesSingular() {
        let r = receipt([.welfareNav], on: "2026-11-23", .en)
        #expect(r.lines[1].hasPrefix("Your application has been sent to 1 service: NAV"))
    }

    @Test func datesAndListsAreWrittenOutPerLanguage() {
        let d = Fixture.date("2026-11-29")
        #expect(DateText.long(d, in: .nb) == "søndag 29. november 2026")
        #expect(DateText.long(d, in: .nn) == "sundag 29. november 2026")
        #expect(DateText.long(d, in: .en) == "Sunday 29 November 2026")
        #expect(DateText.list(["A", "B", "C"], in: .nn) == "A, B og C")
        #expect(DateText.list(["A", "B"], in: .en) == "A and B")
    }
}
