import InngangModels

/// The state of one appeal that the handling rules need: its stage, timeliness and, for a late
/// appeal, whether it was admitted.
public struct AppealState: Sendable, Equatable, Codable {
    public var stage: AppealStage
    /// `nil` while the appeal does not name its decision (timeliness cannot be known yet).
    public var timeliness: Timeliness?
    /// Set when a late appeal was admitted (§ 31 first paragraph).
    public var lateAdmission: LateAdmissionGround?
    /// Set when forwarded.
    public var klageinstans: Klageinstans?

    public init(stage: AppealStage, timeliness: Timeliness?, lateAdmission: LateAdmissionGround? = nil, klageinstans: Klageinstans? = nil) {
        self.stage = stage
        self.timeliness = timeliness
        self.lateAdmission = lateAdmission
        self.klageinstans = klageinstans
    }

    /// The state right after filing: incomplete appeals wait for completion (§ 32).
    public static func filed(complete: Bool, timeliness: Timeliness?) -> AppealState {
        AppealState(stage: complete ? .underPreparation : .awaitingCompletion, timeliness: timeliness)
    }

    /// Whether the appeal may be considered on its merits: in time, or late and admitted.
    public var mayBeConsidered: Bool {
        switch timeliness {
        case .inTime: true
        case .lateForAssessment: lateAdmission != nil
        case .beyondAbsoluteLimit, nil: false
        }
    }
}
