/// The *klageinstans*: the body that decides an appeal the underinstans upholds
/// (forvaltningsloven § 28 first paragraph: "det forvaltningsorgan … som er nærmest overordnet";
/// for most municipal decisions about children that is *Statsforvalteren*, the county governor,
/// by the sector acts; § 28 second paragraph: a municipal appeals board for decisions under the
/// municipality's own powers). A code, so events never carry a name.
public struct Klageinstans: RawRepresentable, Hashable, Codable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    /// Statsforvalteren (the county governor): the default.
    public static let statsforvalteren: Klageinstans = "statsforvalteren"
    /// The municipality's own appeals board (*kommunal klagenemnd*, § 28 second paragraph).
    public static let kommunalKlagenemnd: Klageinstans = "kommunal-klagenemnd"
}

/// Which body acted: the municipality as underinstans (§ 33) or the klageinstans (§ 34).
public enum AppealInstance: String, Codable, Sendable, CaseIterable {
    case underinstans
    case klageinstans
}
