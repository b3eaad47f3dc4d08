import InngangModels

/// An application that passed ``ApplicationSubmission/validated(on:)``: typed, bounded,
/// categories in catalogue order. Eligibility (is the applicant allowed to apply for this
/// child?) is a separate rule: ``ApplicantEligibility``.
public struct ValidApplication: Sendable, Equatable, Codable {
    public var child: NationalIdentityNumber
    /// Distinct, in catalogue order, at least one.
    public var needCategories: [NeedCategory]
    /// The family's own words. Personal data: never log it, never put it in an event.
    public var description: String
    /// `nil` only when not required (child under 7 or 18 and over) and not given.
    public var childView: ChildView?
    public var language: Language
    /// `nil` when no interpreter is needed.
    public var interpreter: InterpreterNeed?
    /// The applicant's contact preference.
    public var contact: ContactPreference
    /// Distinct services the family already receives, in submitted order.
    public var existingServices: [ServiceCode]

    public init(
        child: NationalIdentityNumber, needCategories: [NeedCategory], description: String, childView: ChildView?,
        language: Language, interpreter: InterpreterNeed?, contact: ContactPreference, existingServices: [ServiceCode]
    ) {
        self.child = child
        self.needCategories = needCategories
        self.description = description
        self.childView = childView
        self.language = language
        self.interpreter = interpreter
        self.contact = contact
        self.existingServices = existingServices
    }

    /// The language a coordinator should preferably speak: the interpreter language when an
    /// interpreter is needed (the family's first language), otherwise ``language``.
    public var preferredCoordinatorLanguage: String { interpreter?.language ?? language.rawValue }
}

/// An interpreter need: the language to interpret to and from (ISO 639 code).
public struct InterpreterNeed: Sendable, Hashable, Codable {
    /// ISO 639-1 or 639-3 code, lower case (e.g. `ar`, `so`, `ti`, `uk`, `prs`).
    public var language: String
    public init(language: String) { self.language = language }
}

/// The child's own view (*barnets stemme*).
public struct ChildView: Sendable, Hashable, Codable {
    /// How the view was given.
    public enum Mode: String, Sendable, Hashable, Codable, CaseIterable {
        /// The child wrote or said it in their own words.
        case ownWords = "own-words"
        /// Written down with help from an adult (guardian, teacher, nurse …).
        case withHelp = "with-help"
        /// The child was not asked; ``ChildView/notAskedReason`` says why.
        case notAsked = "not-asked"
    }

    /// Why the child was not asked.
    public enum NotAskedReason: String, Sendable, Hashable, Codable, CaseIterable {
        /// Too young to form and express a view (mainly under 7).
        case tooYoung = "too-young"
        /// Cannot express a view, even with help (e.g. severe disability).
        case unableToExpress = "unable-to-express"
        /// The child was asked and did not want to say anything.
        case childDeclined = "child-declined"
        /// Asking now could harm the child, or should be done by a professional.
        case couldHarmChild = "could-harm-child"
        /// The child will be heard later, e.g. in the first meeting.
        case willBeHeardLater = "will-be-heard-later"
    }

    public var mode: Mode
    /// The view in the child's (or helper's) words; `nil` only when ``mode`` is `notAsked`.
    public var text: String?
    /// Set only when ``mode`` is `notAsked`.
    public var notAskedReason: NotAskedReason?
    /// Optional explanation when not asked.
    public var notAskedNote: String?

    public init(mode: Mode, text: String?, notAskedReason: NotAskedReason? = nil, notAskedNote: String? = nil) {
        self.mode = mode
        self.text = text
        self.notAskedReason = notAskedReason
        self.notAskedNote = notAskedNote
    }
}
