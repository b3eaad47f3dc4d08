import Foundation

/// The MIME and SMTP text encodings the e-mail provider needs; pure functions.
enum MIMEEncoding {
    /// A header value as is when printable ASCII, otherwise as RFC 2047 `B` encoded-words
    /// (`=?UTF-8?B?…?=`), each at most 75 characters and never splitting a character, joined by
    /// folding whitespace (CRLF SP). Line breaks in `text` become spaces (no header injection).
    static func headerValue(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\r", with: " ")
            .replacingOccurrences(of: "\n", with: " ")
        if flat.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) && !flat.contains("=?") { return flat }
        return encodedWords(flat).joined(separator: "\r\n ")
    }

    /// RFC 2047 `B` encoded-words of at most 75 characters: `=?UTF-8?B?` + ≤ 60 base64 chars + `?=`
    /// (45 octets of UTF-8 per word, split at character boundaries).
    static func encodedWords(_ text: String) -> [String] {
        let maximumOctets = 45
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let octets = Array(String(character).utf8)
            if !chunk.isEmpty && chunk.count + octets.count > maximumOctets {
                words.append(encodedWord(chunk))
                chunk = []
            }
            chunk += octets
        }
        if !chunk.isEmpty || words.isEmpty { words.append(encodedWord(chunk)) }
        return words
    }

    private static func encodedWord(_ octets: [UInt8]) -> String {
        "=?UTF-8?B?" + Data(octets).base64EncodedString() + "?="
    }

    /// `text` with every line break normalised to CRLF.
    static func normalizedLineBreaks(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\n", with: "\r\n")
    }

    /// RFC 2045 § 6.7 quoted-printable of UTF-8 text whose line breaks are CRLF: line breaks stay
    /// hard breaks, encoded lines are at most 76 characters (soft breaks `=` CRLF), and trailing
    /// spaces or tabs are encoded.
    static func quotedPrintable(_ text: String) -> String {
        let lines = normalizedLineBreaks(text).components(separatedBy: "\r\n")
        return lines.map(quotedPrintableLine).joined(separator: "\r\n")
    }

    private static func quotedPrintableLine(_ line: String) -> String {
        let octets = Array(line.utf8)
        var tokens: [String] = []
        for (index, octet) in octets.enumerated() {
            let isLast = index == octets.count - 1
            let literal = (octet >= 33 && octet <= 126 && octet != UInt8(ascii: "="))
                || ((octet == UInt8(ascii: " ") || octet == UInt8(ascii: "\t")) && !isLast)
            tokens.append(literal ? String(UnicodeScalar(octet)) : String(format: "=%02X", octet))
        }
        // Soft-wrap at 76 characters including the trailing "=", never inside an "=XX" token.
        var output = ""
        var current = ""
        for token in tokens {
            if current.count + token.count > 75 {
                output += current + "=\r\n"
                current = ""
            }
            current += token
        }
        return output + current
    }

    /// RFC 5321 § 4.5.2 transparency: a line starting with "." gets another "." in front.
    /// Expects CRLF line breaks.
    static func dotStuffed(_ text: String) -> String {
        text.components(separatedBy: "\r\n").map { $0.hasPrefix(".") ? "." + $0 : $0 }.joined(separator: "\r\n")
    }

    /// Whether every line of CRLF text fits SMTP's 998-octet line limit (RFC 5322 § 2.1.1).
    static func fitsLineLimit(_ text: String) -> Bool {
        text.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 998 }
    }
}
