/// One complete SMTP reply (RFC 5321 § 4.2), possibly assembled from several lines.
struct SMTPReply: Sendable, Equatable {
    /// The three-digit reply code, e.g. 250.
    var code: Int
    /// The text of each line, without the code and separator.
    var lines: [String]

    var isPositiveCompletion: Bool { (200..<300).contains(code) }
    var isPositiveIntermediate: Bool { (300..<400).contains(code) }
    var isTransientFailure: Bool { (400..<500).contains(code) }
    var isPermanentFailure: Bool { (500..<600).contains(code) }

    /// The RFC 3463 enhanced status code at the start of the first line (`5.1.1`), when present.
    /// Safe to log: it is a code, not peer text.
    var enhancedStatus: String? {
        guard let first = lines.first?.split(separator: " ", maxSplits: 1).first else { return nil }
        let parts = first.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let klass = parts.first, ["2", "4", "5"].contains(klass),
              parts.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isNumber) })
        else { return nil }
        return String(first)
    }
}

/// Assembles reply lines into replies: `250-first`, `250-second`, `250 last` is one reply.
/// A bare code (`250`) is a complete one-line reply with empty text.
struct SMTPReplyParser: Sendable {
    struct MalformedReply: Error, Equatable {}

    private var pendingCode: Int?
    private var pendingLines: [String] = []

    /// Feeds one line (without CRLF). Returns the reply when this line completes it.
    mutating func consume(line: Substring) throws -> SMTPReply? {
        let bytes = Array(line.utf8)
        guard bytes.count >= 3, bytes[0...2].allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
              (UInt8(ascii: "2")...UInt8(ascii: "5")).contains(bytes[0])
        else { throw MalformedReply() }
        let code = Int(bytes[0] - 48) * 100 + Int(bytes[1] - 48) * 10 + Int(bytes[2] - 48)
        if let pendingCode, pendingCode != code { throw MalformedReply() }

        let isLast: Bool
        if bytes.count == 3 {
            isLast = true
        } else if bytes[3] == UInt8(ascii: " ") {
            isLast = true
        } else if bytes[3] == UInt8(ascii: "-") {
            isLast = false
        } else {
            throw MalformedReply()
        }
        let text = bytes.count > 4 ? String(decoding: bytes[4...], as: UTF8.self) : ""
        pendingLines.append(text)
        guard isLast else {
            pendingCode = code
            return nil
        }
        let reply = SMTPReply(code: code, lines: pendingLines)
        pendingCode = nil
        pendingLines = []
        return reply
    }
}
