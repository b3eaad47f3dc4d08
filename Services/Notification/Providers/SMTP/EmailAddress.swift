/// Conservative checks for addresses used in the SMTP envelope.
enum EmailAddress {
    /// `local@domain` in printable ASCII without spaces, angle brackets or line breaks, at most
    /// 254 octets; the domain has a dot-separated label structure. Internationalised addresses
    /// (SMTPUTF8) are not supported and count as invalid.
    static func isValid(_ address: String) -> Bool {
        guard address.utf8.count <= 254, address.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return false }
        guard !address.contains(where: { "<>()[]\\,;:\"".contains($0) }) else { return false }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last,
              !local.isEmpty, local.utf8.count <= 64, !domain.isEmpty
        else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        return labels.allSatisfy { label in
            !label.isEmpty && label.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
        }
    }
}
