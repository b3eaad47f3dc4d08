/// What a guardian (or a young person aged 18 or older) posts to intake: the application
/// (*søknad*) exactly as received, before validation.
///
/// Fields are plain strings and optionals on purpose, so that a body with several mistakes
/// still decodes and ``validated(on:)`` can report **every** problem at once with a JSON pointer,
/// instead of JSON decoding stopping at the first. Turn it into a ``ValidApplication`` with
/// ``validated(on:)``; only that type reaches the rest of intake.
///
/// Wire shape (JSON, camelCase members):
/// ```json
/// {
///   "child": "12831551087",
///   "needs": { "categories": ["learning", "speech-language"], "description": "…" },
///   "childView": { "mode": "own-words", "text": "…" },
///   "language": "nb",
///   "interpreter": { "needed": true, "language": "ar" },
///   "contact": { "preferredChannel": "sms", "language": "nb",
///                "smsWindowStartMinute": 540, "smsWindowEndMinute": 1080 },
///   "existingServices": ["helsestasjon"]
/// }
/// ```
public struct ApplicationSubmission: Codable, Sendable, Equatable {
    /// The needs: categories from ``NeedCategory`` and the family's own description.
    public struct Needs: Codable, Sendable, Equatable {
        /// ``NeedCategory`` raw values, at least one.
        public var categories: [String]?
        /// Free text in the family's own words, 1–``SubmissionLimits/descriptionMaxLength`` characters.
        public var description: String?
        public init(categories: [String]? = nil, description: String? = nil) {
            self.categories = categories
            self.description = description
        }
    }

    /// The child's own view (*barnets stemme*, barneloven § 31): how it was given and what it is.
    public struct ChildViewInput: Codable, Sendable, Equatable {
        /// ``ChildView/Mode`` raw value: `own-words`, `with-help` or `not-asked`.
        public var mode: String?
        /// The child's view; required unless `not-asked`.
        public var text: String?
        /// ``ChildView/NotAskedReason`` raw value; required when `not-asked`.
        public var notAskedReason: String?
        /// Optional short explanation of why the child was not asked.
        public var notAskedNote: String?
        public init(mode: String? = nil, text: String? = nil, notAskedReason: String? = nil, notAskedNote: String? = nil) {
            self.mode = mode
            self.text = text
            self.notAskedReason = notAskedReason
            self.notAskedNote = notAskedNote
        }
    }

    /// Whether the family needs an interpreter, and for which language.
    public struct InterpreterInput: Codable, Sendable, Equatable {
        public var needed: Bool?
        /// ISO 639 language code (2–3 lower-case letters, e.g. `ar`, `so`, `prs`); required when needed.
        public var language: String?
        public init(needed: Bool? = nil, language: String? = nil) {
            self.needed = needed
            self.language = language
        }
    }

    /// How the applicant wants to be contacted (see `ContactPreference`).
    public struct ContactInput: Codable, Sendable, Equatable {
        /// `sms` or `email`.
        public var preferredChannel: String?
        /// `nb`, `nn` or `en`.
        public var language: String?
        /// Optional narrower SMS window in minutes after midnight (Oslo time); both or neither.
        public var smsWindowStartMinute: Int?
        public var smsWindowEndMinute: Int?
        public init(preferredChannel: String? = nil, language: String? = nil, smsWindowStartMinute: Int? = nil, smsWindowEndMinute: Int? = nil) {
            self.preferredChannel = preferredChannel
            self.language = language
            self.smsWindowStartMinute = smsWindowStartMinute
            self.smsWindowEndMinute = smsWindowEndMinute
        }
    }

    /// The child's national identity number (11 digits).
    public var child: String?
    public var needs: Needs?
    /// Required when the child is 7–17 on the day of receipt (see ``ChildViewRule``).
    public var childView: ChildViewInput?
    /// The family's language for letters and the portal: `nb`, `nn` or `en`.
    public var language: String?
    /// Absent means no interpreter is needed.
    public var interpreter: InterpreterInput?
    public var contact: ContactInput?
    /// `ServiceCode`s of services the family already receives; absent means none.
    public var existingServices: [String]?

    public init(
        child: String? = nil, needs: Needs? = nil, childView: ChildViewInput? = nil, language: String? = nil,
        interpreter: InterpreterInput? = nil, contact: ContactInput? = nil, existingServices: [String]? = nil
    ) {
        self.child = child
        self.needs = needs
        self.childView = childView
        self.language = language
        self.interpreter = interpreter
        self.contact = contact
        self.existingServices = existingServices
    }
}
