import Testing

@testable import NotificationDomain

/// Minimal content rule, as a checker: ``MinimalContentPolicy``.
@Suite struct ContentPolicyTests {
    let policy = MinimalContentPolicy.standard

    @Test func catchesLinks() {
        for text in ["Se https://inngang.no", "Gå til www.inngang.no", "Logg inn på inngang.no/sak", "Se minside.com",
                     "Skriv til post@kommune.example", "ftp://x", "Gå til Inngang .no/ nå", "inngang/sak"] {
            #expect(policy.violations(in: text).contains(.link), "\(text)")
        }
        #expect(policy.isAcceptable("Du har en ny melding. Logg inn på Inngang."))
    }

    @Test func catchesServiceNamesInEveryCasing() {
        let cases: [(String, String)] = [
            ("Møte hos PPT i morgen", "ppt"), ("Barnevernet har skrevet", "barnevern"), ("BUP venter", "bup"),
            ("Fra nav", "nav"), ("Helsestasjonen ringer", "helsestasjon"), ("barneverNSTJENESTEN", "barnevern"),
            ("Meeting at Child Welfare", "child welfare"), ("Time hos Psykolog", "psykolog"), ("ppt-tjenesten", "ppt"),
        ]
        for (text, term) in cases {
            #expect(policy.violations(in: text).contains(.serviceTerm(term)), "\(text)")
        }
        // Short codes only as whole words: "navn" and "opptatt" are ordinary words.
        #expect(policy.isAcceptable("Skriv navnet ditt. Vi er opptatt."))
        // A municipality's own codes can be added.
        #expect(MinimalContentPolicy(forbiddenTerms: ["tiltaksteam"]).violations(in: "Tiltaksteamet") == [.serviceTerm("tiltaksteam")])
    }

    @Test func catchesNumbersThatLookLikeIdsOrPhones() {
        for text in ["Ring 912 34 567", "Ring +47 91234567", "Gjelder 01011800001", "Sak INN-2026-000123", "Ring (22) 33-44-55"] {
            #expect(policy.violations(in: text).contains(.digitSequence), "\(text)")
        }
        #expect(policy.isAcceptable("Du har 3 dager igjen"))
    }

    @Test func catchesInterpolationLeftovers() {
        for text in ["Hei {name}", "Hei {{child}}", "Hei \\(child)", "Hei %@", "Hei %s", "Hei $(NAME)", "Hei nil", "Hei null",
                     "Hei Optional(\"x\")", "<b>Hei</b>", "Hei [[navn]]", "undefined møte"] {
            #expect(policy.violations(in: text).contains(.placeholder), "\(text)")
        }
    }

    @Test func catchesCallerGivenNamesWithoutRepeatingThem() {
        let violations = policy.violations(in: "Påminnelse for Ola", alsoForbidding: ["ola"])
        #expect(violations == [.forbiddenTerm])
        #expect(policy.isAcceptable("Påminnelse for Olaf", alsoForbidding: ["Ola"]))  // whole words only
    }
}
