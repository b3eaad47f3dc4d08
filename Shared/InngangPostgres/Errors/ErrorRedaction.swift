/// Keeps parameter values out of error messages.
enum ErrorRedaction {
    /// Data-exception messages (SQLSTATE class 22) quote the offending input, e.g.
    /// `invalid input syntax for type uuid: "…"`; those quoted parts are replaced by `"…"`.
    /// Other classes quote only identifiers (tables, columns, constraints) and are kept.
    static func redact(_ message: String, sqlState: String?) -> String {
        guard let sqlState, sqlState.hasPrefix("22") else { return message }
        var output = ""
        var inQuotes = false
        for character in message {
            if character == "\"" {
                output.append(character)
                if !inQuotes { output.append("…") }
                inQuotes.toggle()
            } else if !inQuotes {
                output.append(character)
            }
        }
        return output
    }
}
