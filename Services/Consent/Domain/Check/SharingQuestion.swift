import Foundation
import InngangModels

/// "May service `from` share information of `category` about `child` with service `to` for
/// `purpose`, at `at`?" Category and purpose are codes as asked; codes outside the closed sets
/// are denied (``DenyReason/unknownCategory``, ``DenyReason/unknownPurpose``), never guessed.
public struct SharingQuestion: Codable, Hashable, Sendable {
    public var from: ServiceCode
    /// An ``InformationCategory`` code.
    public var category: String
    public var child: PersonRef
    public var to: ServiceCode
    /// A ``SharingPurpose`` code.
    public var purpose: String
    public var at: Date

    public init(from: ServiceCode, category: String, child: PersonRef, to: ServiceCode, purpose: String, at: Date) {
        self.from = from; self.category = category; self.child = child; self.to = to; self.purpose = purpose; self.at = at
    }
}
