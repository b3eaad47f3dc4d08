import InngangModels
import Testing

@testable import NotificationDomain

/// Minimal content rule: ``NotificationTemplates``.
@Suite struct TemplateTests {
    static let all: [(NotificationPurpose, Language)] = NotificationPurpose.allCases.flatMap { p in Language.allCases.map { (p, $0) } }

    @Test func noTemplateContainsNamesServicesOrLinks() {
        // Names a careless template might interpolate: the fixtures' and a municipality.
        let names = ["Ola", "Kari", "Nordmann", "Oslo", "Bergen", "kommune"]
        for (purpose, language) in Self.all {
            let message = NotificationTemplates.render(purpose: purpose, language: language)
            #expect(MinimalContentPolicy.standard.violations(in: message, alsoForbidding: names).isEmpty, "\(purpose) \(language)")
            #expect(!(message.subject + message.body).contains { $0.isNumber }, "no dates, times or numbers: \(purpose) \(language)")
        }
    }

    @Test func everyTemplateSaysWhereToLogIn() {
        let phrase: [Language: String] = [.nb: "Logg inn på Inngang", .nn: "Logg inn på Inngang", .en: "Log in to Inngang"]
        for (purpose, language) in Self.all {
            let message = NotificationTemplates.render(purpose: purpose, language: language)
            #expect(message.body.contains(phrase[language]!), "\(purpose) \(language)")
            #expect(!message.subject.isEmpty)
        }
    }

    @Test func everyTemplateFitsOneGSMSMS() {
        for (purpose, language) in Self.all {
            let body = NotificationTemplates.render(purpose: purpose, language: language).body
            #expect(body.count <= 160, "\(purpose) \(language): \(body.count) characters")
            #expect(body.allSatisfy { GSM7.basic.contains($0) }, "\(purpose) \(language) needs UCS-2")
        }
    }

    @Test func languagesHaveTheirOwnTexts() {
        for purpose in NotificationPurpose.allCases {
            let bodies = Set(Language.allCases.map { NotificationTemplates.render(purpose: purpose, language: $0).body })
            #expect(bodies.count == Language.allCases.count, "\(purpose)")
        }
        #expect(NotificationTemplates.render(purpose: .receipt, language: .nn).body.contains("sjå"))
    }

    @Test func remindersAreToldApartFromNews() {
        for language in Language.allCases {
            let news = NotificationTemplates.render(purpose: .receipt, language: language).subject
            let reminder = NotificationTemplates.render(purpose: .documentationDueSoon, language: language).subject
            #expect(news != reminder)
        }
    }
}

/// The GSM 03.38 basic character set (one SMS = 160 of these).
enum GSM7 {
    static let basic: Set<Character> = Set(
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
}
