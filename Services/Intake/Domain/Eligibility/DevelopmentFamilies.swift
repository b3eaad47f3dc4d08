/// The embedded development families: the default data of ``FileBackedPopulationRegister``.
///
/// All numbers are **synthetic** fødselsnumre (month + 80, Skatteetaten's Tenor marker) with
/// correct mod-11 check digits; they belong to no real person. The constants below name them so
/// tests, development tokens and `make demo` can refer to the same people.
public enum DevelopmentFamilies {
    /// Two guardians, both with parental responsibility. Child born 2015-03-12.
    public enum TwoGuardians {
        public static let child = "12831551087"
        public static let guardianA = "01868511083"
        public static let guardianB = "23898711005"
    }

    /// One guardian with sole parental responsibility. Child born 2019-11-05 (under 7 until 2026-11-05).
    public enum SingleGuardian {
        public static let child = "05911951055"
        public static let guardian = "15819011084"
    }

    /// The mother has parental responsibility; the father is registered as a parent without it.
    /// Child born 2012-08-30.
    public enum OneWithoutResponsibility {
        public static let child = "30881251058"
        public static let withResponsibility = "04848211058"
        public static let withoutResponsibility = "12928011087"
    }

    /// The mother and child have a *strengt fortrolig* address; the father keeps parental
    /// responsibility but his access is restricted by a court. Child born 2016-02-29.
    public enum ProtectedAddress {
        public static let child = "29821651032"
        public static let protectedGuardian = "07878811040"
        public static let restrictedGuardian = "10908611034"
    }

    /// A young adult (born 2006-05-20) who applies for themselves.
    public static let youngAdult = "20850651052"

    /// The register document (see ``DevelopmentFamiliesDocument``).
    public static let json = """
        {
          "families": [
            {
              "label": "two-guardians",
              "children": [ { "person": "12831551087" } ],
              "guardians": [
                { "person": "01868511083", "hasParentalResponsibility": true },
                { "person": "23898711005", "hasParentalResponsibility": true }
              ]
            },
            {
              "label": "single-guardian",
              "children": [ { "person": "05911951055" } ],
              "guardians": [
                { "person": "15819011084", "hasParentalResponsibility": true }
              ]
            },
            {
              "label": "one-parent-without-parental-responsibility",
              "children": [ { "person": "30881251058" } ],
              "guardians": [
                { "person": "04848211058", "hasParentalResponsibility": true },
                { "person": "12928011087", "hasParentalResponsibility": false }
              ]
            },
            {
              "label": "strengt-fortrolig-address",
              "children": [ { "person": "29821651032", "addressProtection": "strengtFortrolig" } ],
              "guardians": [
                { "person": "07878811040", "hasParentalResponsibility": true, "addressProtection": "strengtFortrolig" },
                { "person": "10908611034", "hasParentalResponsibility": true, "restrictedAccess": true }
              ]
            }
          ],
          "people": [
            { "person": "20850651052" }
          ]
        }
        """
}
