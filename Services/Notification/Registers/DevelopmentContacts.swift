/// The embedded development contacts: the default data of ``DevelopmentContactRegister``, one
/// entry for every person in IntakeDomain's `DevelopmentFamilies` (synthetic numbers).
///
/// Phones are `+4799000xyz` and e-mail addresses are at `example.org` (RFC 2606). The phone
/// numbers are made up but look like Norwegian mobile numbers: use this data with the file
/// sink only, never with a real SMS gateway. Deliberate gaps, so the fallback rules show in development:
/// - the single guardian (`15819011084`) has **no phone**: SMS-preferred messages fall back to e-mail;
/// - the young adult (`20850651052`) has **no e-mail**.
enum DevelopmentContacts {
    static let json = """
        {
          "contacts": [
            { "person": "01868511083", "phone": "+4799000101", "email": "two-guardians.a@example.org" },
            { "person": "23898711005", "phone": "+4799000102", "email": "two-guardians.b@example.org" },
            { "person": "12831551087", "phone": "+4799000103", "email": "two-guardians.child@example.org" },
            { "person": "15819011084", "email": "single-guardian@example.org" },
            { "person": "05911951055" },
            { "person": "04848211058", "phone": "+4799000301", "email": "one-without.a@example.org" },
            { "person": "12928011087", "phone": "+4799000302", "email": "one-without.b@example.org" },
            { "person": "30881251058", "phone": "+4799000303" },
            { "person": "07878811040", "phone": "+4799000401", "email": "protected.a@example.org" },
            { "person": "10908611034", "phone": "+4799000402", "email": "protected.b@example.org" },
            { "person": "29821651032" },
            { "person": "20850651052", "phone": "+4799000501" }
          ]
        }
        """
}
