import InngangModels

extension ApplicationSubmission {
    /// Validates every field and returns the typed application, or throws
    /// ``IntakeDomainError/Code/invalidSubmission`` with **all** problems found (JSON pointers,
    /// fixed messages, no submitted values).
    ///
    /// - Parameter date: the day of receipt (Oslo), used for the child's age (0–24 served, the
    ///   child's view required for ages 7–17, see ``ChildViewRule``).
    public func validated(on date: LocalDate) throws(IntakeDomainError) -> ValidApplication {
        var v = SubmissionValidator(receivedOn: date)
        let result = v.validate(self)
        guard let application = result, v.problems.isEmpty else {
            throw IntakeDomainError(.invalidSubmission, "The application has \(v.problems.count) problem(s).", problems: v.problems)
        }
        return application
    }

    /// Every problem with this submission (empty when valid).
    public func problems(on date: LocalDate) -> [FieldProblem] {
        var v = SubmissionValidator(receivedOn: date)
        _ = v.validate(self)
        return v.problems
    }
}

/// Collects problems while checking one submission field by field.
struct SubmissionValidator {
    let receivedOn: LocalDate
    private(set) var problems: [FieldProblem] = []

    init(receivedOn: LocalDate) { self.receivedOn = receivedOn }

    mutating func report(_ pointer: JSONPointer, _ code: FieldProblem.Code, _ message: String) {
        problems.append(FieldProblem(pointer.description, code, message))
    }

    mutating func validate(_ s: ApplicationSubmission) -> ValidApplication? {
        let root = JSONPointer.root
        let child = validateChild(s.child, at: root / "child")
        let categories = validateCategories(s.needs?.categories, at: root / "needs" / "categories")
        let description = validateText(s.needs?.description, at: root / "needs" / "description",
                                       max: SubmissionLimits.descriptionMaxLength, required: true)
        let age = child?.age(on: receivedOn)
        let childView = validateChildView(s.childView, required: age.map(ChildViewRule.isRequired(age:)) ?? false,
                                          at: root / "childView")
        let language = validateLanguage(s.language, at: root / "language")
        let interpreter = validateInterpreter(s.interpreter, at: root / "interpreter")
        let contact = validateContact(s.contact, at: root / "contact")
        let existing = validateServices(s.existingServices ?? [], at: root / "existingServices")

        guard problems.isEmpty, let child, let categories, let description, let language, let contact else { return nil }
        return ValidApplication(
            child: child, needCategories: categories, description: description, childView: childView ?? nil,
            language: language, interpreter: interpreter ?? nil, contact: contact, existingServices: existing)
    }

    // MARK: Fields

    mutating func validateChild(_ raw: String?, at p: JSONPointer) -> NationalIdentityNumber? {
        guard let raw, !raw.isEmpty else {
            report(p, .required, "The child's national identity number is required.")
            return nil
        }
        let number: NationalIdentityNumber
        do { number = try NationalIdentityNumber(raw) } catch {
            // error.message describes what is wrong (length, check digit, date), never the digits.
            report(p, .invalidNationalIdentityNumber, error.message + ".")
            return nil
        }
        let age = number.age(on: receivedOn)
        guard IntakeAgeRange.ages.contains(age) else {
            report(p, .ageOutOfRange, "Intake serves children and young people aged 0–24.")
            return nil
        }
        return number
    }

    mutating func validateCategories(_ raw: [String]?, at p: JSONPointer) -> [NeedCategory]? {
        guard let raw, !raw.isEmpty else {
            report(p, .required, "Choose at least one need category.")
            return nil
        }
        var seen = Set<NeedCategory>()
        var ok = true
        for (i, code) in raw.enumerated() {
            guard let category = NeedCategory(rawValue: code) else {
                report(p / i, .unknownCategory, "Not a need category in the catalogue.")
                ok = false
                continue
            }
            if !seen.insert(category).inserted {
                report(p / i, .duplicate, "This need category is listed more than once.")
                ok = false
            }
        }
        return ok ? NeedCategory.canonical(seen) : nil
    }

    /// Optional → `nil` when absent and not required; reports and returns `nil` on problems.
    mutating func validateText(_ raw: String?, at p: JSONPointer, max: Int, required: Bool) -> String? {
        guard let raw, raw.hasVisibleContent else {
            if required { report(p, .required, "This text is required.") }
            return nil
        }
        var ok = true
        if raw.count > max {
            report(p, .length, "At most \(max) characters.")
            ok = false
        }
        if !raw.hasOnlyTextCharacters {
            report(p, .invalidCharacters, "Contains control characters.")
            ok = false
        }
        return ok ? raw : nil
    }

    /// `.some(nil)` when absent and allowed; `nil` on problems.
    mutating func validateChildView(_ raw: ApplicationSubmission.ChildViewInput?, required: Bool, at p: JSONPointer) -> ChildView?? {
        guard let raw else {
            if required {
                report(p, .required, "The child's own view is required from age 7: in their own words, with help, or why they were not asked.")
                return nil
            }
            return .some(nil)
        }
        guard let modeRaw = raw.mode else {
            report(p / "mode", .required, "Say how the child's view was given.")
            return nil
        }
        guard let mode = ChildView.Mode(rawValue: modeRaw) else {
            report(p / "mode", .unknownCode, "Use own-words, with-help or not-asked.")
            return nil
        }
        let before = problems.count
        switch mode {
        case .ownWords, .withHelp:
            let text = validateText(raw.text, at: p / "text", max: SubmissionLimits.childViewMaxLength, required: true)
            if raw.notAskedReason != nil { report(p / "notAskedReason", .notAllowed, "Only when the child was not asked.") }
            if raw.notAskedNote != nil { report(p / "notAskedNote", .notAllowed, "Only when the child was not asked.") }
            return problems.count == before ? ChildView(mode: mode, text: text) : nil
        case .notAsked:
            var reason: ChildView.NotAskedReason?
            if let r = raw.notAskedReason {
                reason = ChildView.NotAskedReason(rawValue: r)
                if reason == nil { report(p / "notAskedReason", .unknownCode, "Not a known reason.") }
            } else {
                report(p / "notAskedReason", .required, "Say why the child was not asked.")
            }
            if raw.text != nil { report(p / "text", .notAllowed, "The child was not asked, so there is no view to record.") }
            let note = validateText(raw.notAskedNote, at: p / "notAskedNote", max: SubmissionLimits.notAskedNoteMaxLength, required: false)
            guard problems.count == before, let reason else { return nil }
            return ChildView(mode: .notAsked, text: nil, notAskedReason: reason, notAskedNote: note)
        }
    }

    mutating func validateLanguage(_ raw: String?, at p: JSONPointer) -> Language? {
        guard let raw else {
            report(p, .required, "Choose nb, nn or en.")
            return nil
        }
        guard let language = Language(rawValue: raw) else {
            report(p, .unknownCode, "Choose nb, nn or en.")
            return nil
        }
        return language
    }

    /// `.some(nil)` when no interpreter is needed; `nil` on problems.
    mutating func validateInterpreter(_ raw: ApplicationSubmission.InterpreterInput?, at p: JSONPointer) -> InterpreterNeed?? {
        guard let raw else { return .some(nil) }
        guard let needed = raw.needed else {
            report(p / "needed", .required, "Say whether an interpreter is needed.")
            return nil
        }
        guard needed else {
            if raw.language != nil {
                report(p / "language", .notAllowed, "Give an interpreter language only when an interpreter is needed.")
                return nil
            }
            return .some(nil)
        }
        guard let language = raw.language, !language.isEmpty else {
            report(p / "language", .required, "Which language should the interpreter speak?")
            return nil
        }
        guard LanguageCode.isWellFormed(language) else {
            report(p / "language", .format, "Use an ISO 639 language code of 2–3 lower-case letters.")
            return nil
        }
        return InterpreterNeed(language: language)
    }

    mutating func validateContact(_ raw: ApplicationSubmission.ContactInput?, at p: JSONPointer) -> ContactPreference? {
        guard let raw else {
            report(p, .required, "Contact preferences are required.")
            return nil
        }
        let before = problems.count
        var channel: Channel?
        if let c = raw.preferredChannel {
            channel = Channel(rawValue: c)
            if channel == nil { report(p / "preferredChannel", .unknownCode, "Choose sms or email.") }
        } else {
            report(p / "preferredChannel", .required, "Choose sms or email.")
        }
        let language = validateLanguage(raw.language, at: p / "language")
        let minutes = 0...(24 * 60)
        let start = raw.smsWindowStartMinute, end = raw.smsWindowEndMinute
        if let start, !minutes.contains(start) {
            report(p / "smsWindowStartMinute", .range, "Minutes after midnight, 0–1440.")
        }
        if let end, !minutes.contains(end) {
            report(p / "smsWindowEndMinute", .range, "Minutes after midnight, 0–1440.")
        }
        switch (start, end) {
        case (nil, nil): break
        case (.some, nil): report(p / "smsWindowEndMinute", .required, "Give both ends of the SMS window, or neither.")
        case (nil, .some): report(p / "smsWindowStartMinute", .required, "Give both ends of the SMS window, or neither.")
        case let (s?, e?): if s >= e { report(p / "smsWindowEndMinute", .inconsistent, "The SMS window must end after it starts.") }
        }
        guard problems.count == before, let channel, let language else { return nil }
        return ContactPreference(preferredChannel: channel, language: language, smsWindowStartMinute: start, smsWindowEndMinute: end)
    }

    mutating func validateServices(_ raw: [String], at p: JSONPointer) -> [ServiceCode] {
        if raw.count > SubmissionLimits.existingServicesMax {
            report(p, .length, "At most \(SubmissionLimits.existingServicesMax) services.")
        }
        var seen = Set<ServiceCode>()
        var result: [ServiceCode] = []
        for (i, code) in raw.enumerated() {
            let service = ServiceCode(rawValue: code)
            guard service.isWellFormed else {
                report(p / i, .format, "A service code is 2–40 lower-case letters, digits or hyphens.")
                continue
            }
            if seen.insert(service).inserted { result.append(service) } else {
                report(p / i, .duplicate, "This service is listed more than once.")
            }
        }
        return result
    }
}
