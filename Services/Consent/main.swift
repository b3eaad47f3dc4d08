import Foundation
import InngangService

// The consent service (*samtykke*): requests, answers, withdrawals and checks of consent to share
// information about a child between services, each consent an append-only fact history folded by
// ConsentDomain's rules; legal bases other than consent kept apart; referral coverage for intake.
// Settings are loaded before anything else, so an invalid register file stops it at once.

let settings: ConsentSettings
do { settings = try ConsentSettings.load(from: EnvironmentReader()) } catch {
    FileHandle.standardError.write(Data((error.description + "\n").utf8))
    exit(2)
}

await ServiceRunner.main(ConsentService.definition(settings))
