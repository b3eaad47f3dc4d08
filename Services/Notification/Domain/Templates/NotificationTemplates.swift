import InngangModels

/// **Minimal content rule** (domain.md: "Content is minimal, on every channel: no child name,
/// no service name …, no details, no links; just that there is news and where to log in";
/// ISSUE 3 item 5).
///
/// The templates are fixed texts without placeholders, so nothing about the case can leak into
/// them: no child or guardian name, no service or municipality name (a municipality would also
/// tell a reader where a person with a protected address lives), no case number, no date,
/// time or place, no decision outcome (the decision text is the same for every outcome), no
/// link. "Inngang" is the place to log in, named in plain words. Every text passes
/// ``MinimalContentPolicy/standard`` and fits one SMS (≤ 160 GSM 03.38 characters; æøå are in
/// that alphabet). Wording is plain-language and avoids relative days ("tomorrow"), because
/// quiet hours may move a reminder.
public enum NotificationTemplates {
    /// The text for `purpose` in `language`.
    public static func render(purpose: NotificationPurpose, language: Language) -> RenderedMessage {
        let t = texts(language)
        switch purpose {
        case .receipt: return RenderedMessage(subject: t.newsSubject, body: t.receipt)
        case .coordinatorAssigned: return RenderedMessage(subject: t.newsSubject, body: t.newMessage)
        case .meetingReminderDayBefore, .meetingReminderSameDay: return RenderedMessage(subject: t.reminderSubject, body: t.meeting)
        case .documentationDueSoon: return RenderedMessage(subject: t.reminderSubject, body: t.task)
        case .decisionMade: return RenderedMessage(subject: t.newsSubject, body: t.decision)
        case .appealDeadlineApproaching, .consentExpiring: return RenderedMessage(subject: t.reminderSubject, body: t.deadline)
        case .consentRequested: return RenderedMessage(subject: t.newsSubject, body: t.request)
        case .consentWithdrawn: return RenderedMessage(subject: t.newsSubject, body: t.confirmation)
        case .appealReceived: return RenderedMessage(subject: t.newsSubject, body: t.receipt)
        case .appealCompletionRequested: return RenderedMessage(subject: t.newsSubject, body: t.decision)
        case .appealForwarded, .appealDecided, .appealInterimReply: return RenderedMessage(subject: t.newsSubject, body: t.newMessage)
        }
    }

    struct Texts {
        let newsSubject, reminderSubject, receipt, newMessage, meeting, task, decision, deadline, request, confirmation: String
    }

    static func texts(_ language: Language) -> Texts {
        switch language {
        case .nb: nb
        case .nn: nn
        case .en: en
        }
    }

    static let nb = Texts(
        newsSubject: "Ny melding fra Inngang",
        reminderSubject: "Påminnelse fra Inngang",
        receipt: "Vi har mottatt det du sendte inn. Logg inn på Inngang for å se mer.",
        newMessage: "Du har en ny melding. Logg inn på Inngang for å lese den.",
        meeting: "Påminnelse: Du har en avtale snart. Logg inn på Inngang for å se mer.",
        task: "Påminnelse: Du har en oppgave med frist snart. Logg inn på Inngang for å se mer.",
        decision: "Du har en ny melding. Les den snart, den kan ha en frist. Logg inn på Inngang for å lese den.",
        deadline: "Påminnelse: En frist nærmer seg. Logg inn på Inngang for å se mer.",
        request: "Du har en forespørsel som venter på svar fra deg. Logg inn på Inngang for å svare.",
        confirmation: "Vi har registrert endringen du gjorde. Logg inn på Inngang for å se mer.")

    static let nn = Texts(
        newsSubject: "Ny melding frå Inngang",
        reminderSubject: "Påminning frå Inngang",
        receipt: "Vi har fått det du sende inn. Logg inn på Inngang for å sjå meir.",
        newMessage: "Du har ei ny melding. Logg inn på Inngang for å lese den.",
        meeting: "Påminning: Du har ein avtale snart. Logg inn på Inngang for å sjå meir.",
        task: "Påminning: Du har ei oppgåve med frist snart. Logg inn på Inngang for å sjå meir.",
        decision: "Du har ei ny melding. Les den snart, den kan ha ein frist. Logg inn på Inngang for å lese den.",
        deadline: "Påminning: Ein frist nærmar seg. Logg inn på Inngang for å sjå meir.",
        request: "Du har ein førespurnad som ventar på svar frå deg. Logg inn på Inngang for å svare.",
        confirmation: "Vi har registrert endringa du gjorde. Logg inn på Inngang for å sjå meir.")

    static let en = Texts(
        newsSubject: "New message from Inngang",
        reminderSubject: "Reminder from Inngang",
        receipt: "We have received what you sent us. Log in to Inngang to see more.",
        newMessage: "You have a new message. Log in to Inngang to read it.",
        meeting: "Reminder: You have an appointment soon. Log in to Inngang to see more.",
        task: "Reminder: You have a task with a deadline soon. Log in to Inngang to see more.",
        decision: "You have a new message. Read it soon, it may have a deadline. Log in to Inngang to read it.",
        deadline: "Reminder: A deadline is approaching. Log in to Inngang to see more.",
        request: "You have a request waiting for your answer. Log in to Inngang to answer it.",
        confirmation: "We have registered the change you made. Log in to Inngang to see more.")
}
