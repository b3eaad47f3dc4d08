import InngangModels

/// Limits on an application's fields, in one place.
public enum SubmissionLimits {
    /// Characters (grapheme clusters) in the needs description.
    public static let descriptionMaxLength = 4000
    /// Characters in the child's own view.
    public static let childViewMaxLength = 4000
    /// Characters in the note explaining why the child was not asked.
    public static let notAskedNoteMaxLength = 500
    /// Services the family already has.
    public static let existingServicesMax = 20
}

/// Who intake serves: children and young people aged 0–24 (*én inngang inn*, domain.md).
public enum IntakeAgeRange {
    public static let ages = 0...24
    /// From this age the young person applies and decides for themselves; guardians' roles lapse.
    public static let adultAge = 18
}

/// When the child's own view must be recorded (barneloven § 31: the child is to be heard from
/// age 7, and the view weighs heavily from 12).
///
/// Rule: for a child aged **7–17** on the day of receipt a ``ChildView`` is required: the view in
/// the child's own words, written with help, or an explicit "not asked" with a reason. Under 7 it
/// may be given. From 18 the young person applies themselves, so the application is their own
/// view and the block is optional.
public enum ChildViewRule {
    public static let recordedFromAge = 7
    public static let weighsHeavilyFromAge = 12

    /// Whether a child of `age` must have a ``ChildView`` in the application.
    public static func isRequired(age: Int) -> Bool {
        (recordedFromAge..<IntakeAgeRange.adultAge).contains(age)
    }
}

/// Format rules for codes in a submission.
public enum LanguageCode {
    /// ISO 639-1 or 639-3 shape: 2–3 lower-case ASCII letters. (Whether the code is assigned is
    /// not checked: the interpreter service decides what it can provide.)
    public static func isWellFormed(_ code: String) -> Bool {
        (2...3).contains(code.count) && code.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
    }
}

extension String {
    /// No control characters other than line feed, carriage return and tab.
    var hasOnlyTextCharacters: Bool {
        unicodeScalars.allSatisfy { s in
            s == "\n" || s == "\r" || s == "\t" || !(s.properties.generalCategory == .control)
        }
    }

    /// Whether the text has something other than white space.
    var hasVisibleContent: Bool {
        unicodeScalars.contains { !$0.properties.isWhitespace }
    }
}
