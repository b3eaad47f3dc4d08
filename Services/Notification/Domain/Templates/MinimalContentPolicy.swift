/// **Minimal content rule**, as a checker (domain.md "Content is minimal, on every channel").
/// Rejects a text that contains:
/// - a **link**: `http`, `://`, `www`, an `@`, or a dot or slash glued between two characters
///   (`inngang.no`, `.com`, `minside/sak`) — prose puts a space after a full stop;
/// - a **service term** (``ServiceVocabulary``) in any casing;
/// - a **digit sequence** of 5 or more digits, also when split by spaces, `-`, `.`, `+`, `(`, `)`
///   (phone numbers, national identity numbers, case numbers);
/// - a **placeholder leftover**: `{`, `}`, `<`, `>`, `$(`, `\(`, `%@`, `%s`, `%d`, `[[`,
///   `Optional(`, or the words `nil`, `null`, `undefined`;
/// - a caller-given **forbidden term** (e.g. the child's or guardian's names), as whole words.
public struct MinimalContentPolicy: Sendable {
    /// What was found. Never carries caller-given terms (they may be names).
    public enum Violation: Sendable, Hashable {
        case link
        case serviceTerm(String)
        case digitSequence
        case placeholder
        case forbiddenTerm
    }

    public let forbiddenTerms: [String]

    public init(forbiddenTerms: [String] = ServiceVocabulary.standard) {
        self.forbiddenTerms = forbiddenTerms.map { $0.lowercased() }
    }

    /// With ``ServiceVocabulary/standard``.
    public static let standard = MinimalContentPolicy()

    /// Every rule `text` breaks (empty: acceptable).
    public func violations(in text: String, alsoForbidding extra: [String] = []) -> [Violation] {
        let lower = text.lowercased()
        var found: [Violation] = []
        if Self.containsLink(lower) { found.append(.link) }
        for term in forbiddenTerms where Self.contains(term, in: lower) { found.append(.serviceTerm(term)) }
        if Self.longestDigitRun(lower) >= 5 { found.append(.digitSequence) }
        if Self.containsPlaceholder(lower) { found.append(.placeholder) }
        if extra.contains(where: { Self.containsWord($0.lowercased(), in: lower) }) { found.append(.forbiddenTerm) }
        return found
    }

    /// Violations in the subject and the body together.
    public func violations(in message: RenderedMessage, alsoForbidding extra: [String] = []) -> [Violation] {
        Array(Set(violations(in: message.subject, alsoForbidding: extra) + violations(in: message.body, alsoForbidding: extra)))
    }

    public func isAcceptable(_ text: String, alsoForbidding extra: [String] = []) -> Bool {
        violations(in: text, alsoForbidding: extra).isEmpty
    }

    // MARK: Rules

    static func containsLink(_ s: String) -> Bool {
        if s.contains("http") || s.contains("://") || s.contains("www") || s.contains("@") { return true }
        let c = Array(s)
        guard c.count >= 2 else { return false }
        for i in c.indices where c[i] == "." || c[i] == "/" {
            let next = i + 1 < c.count ? c[i + 1] : " "
            let prev = i > 0 ? c[i - 1] : " "
            if next.isLetter || next.isNumber, c[i] == "." || prev.isLetter || prev.isNumber { return true }
        }
        return false
    }

    /// Terms of ≤ 4 characters as whole words; longer ones anywhere.
    static func contains(_ term: String, in s: String) -> Bool {
        term.count <= 4 ? containsWord(term, in: s) : s.contains(term)
    }

    static func containsWord(_ word: String, in s: String) -> Bool {
        guard !word.isEmpty else { return false }
        var search = s[...]
        while let range = search.range(of: word) {
            let before = range.lowerBound == s.startIndex ? nil : s[s.index(before: range.lowerBound)]
            let after = range.upperBound == s.endIndex ? nil : s[range.upperBound]
            if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) { return true }
            search = s[s.index(after: range.lowerBound)...]
        }
        return false
    }

    static func longestDigitRun(_ s: String) -> Int {
        var longest = 0, run = 0
        for ch in s {
            if ch.isNumber { run += 1; longest = max(longest, run) }
            else if !" -.+()\u{00A0}".contains(ch) { run = 0 }
        }
        return longest
    }

    static let placeholderMarks = ["{", "}", "<", ">", "$(", "\\(", "%@", "%s", "%d", "[[", "]]", "optional("]
    static let placeholderWords = ["nil", "null", "undefined"]

    static func containsPlaceholder(_ s: String) -> Bool {
        placeholderMarks.contains { s.contains($0) } || placeholderWords.contains { containsWord($0, in: s) }
    }
}
