/// Words a notification must never contain because they name or hint at a service (a text
/// saying "barnevern" read on a shared phone can harm: domain.md). Lowercase; matched
/// case-insensitively by ``MinimalContentPolicy``: terms of up to four letters as whole words
/// ("nav" must not hit "navn"), longer ones anywhere in a word ("barnevern" hits
/// "Barnevernstjenesten").
public enum ServiceVocabulary {
    /// The service codes routing uses (``ServiceCode``), their Norwegian and English names and
    /// neighbouring words that reveal the kind of help. Extend per municipality with its own
    /// codes (``MinimalContentPolicy/init(forbiddenTerms:)``).
    public static let standard: [String] = [
        // codes and short names (whole words)
        "ppt", "ppt-tjenesten", "nav", "bup", "abup", "dps", "rus", "lege", "adhd", "sfo",
        // Norwegian names (anywhere in a word)
        "barnevern", "helsestasjon", "helsesykepleier", "helsesøster", "helsetjeneste", "tannhelse", "tannlege",
        "barnehage", "skole", "avlastning", "fritid", "pedagog", "psykolog", "psykisk", "psykiatri",
        "legevakt", "fastlege", "sykehus", "habilitering", "familievern", "krisesenter", "politi",
        "sosialtjeneste", "bufetat", "bufdir", "statsforvalter", "fylkesmann", "logoped", "terapi", "terapeut",
        "diagnose", "autisme", "rusomsorg", "fosterhjem", "beredskapshjem", "institusjon",
        // English names (anywhere in a word)
        "child welfare", "welfare", "health", "hospital", "psycholog", "psychiatr", "therap", "school",
        "kindergarten", "nursery", "police", "foster", "diagnos", "autism", "social service",
    ]
}
