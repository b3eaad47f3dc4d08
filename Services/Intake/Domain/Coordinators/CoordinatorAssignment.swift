/// Choosing a coordinator (*familielos*) for a new case from the municipality's pool.
///
/// Rule, in order:
/// 1. Only coordinators with room: current load below capacity (a missing load counts as 0).
/// 2. Prefer one who speaks the family's language (``ValidApplication/preferredCoordinatorLanguage``;
///    `nb`, `nn` and `no` count as the same language); if none with room does, anyone with room.
/// 3. Then the lowest load relative to capacity (compared exactly, without rounding).
/// 4. Then a stable tie-break: the lower capacity-independent load, then the id.
///
/// `nil` when everyone is full (or the pool is empty). The case is **still received and routed**:
/// the caller records it without a coordinator and raises a task for the coordinators' lead to
/// assign one by hand (``IntakeFollowUp/assignCoordinatorManually``); no
/// `CoordinatorAssignedV1` is published until then.
public enum CoordinatorAssignment {
    public static func choose(pool: CoordinatorPool, currentLoads: [String: Int], language: String) -> Coordinator? {
        func load(_ c: Coordinator) -> Int { max(0, currentLoads[c.id] ?? 0) }
        let open = pool.coordinators.filter { $0.capacity > 0 && load($0) < $0.capacity }
        let speakers = open.filter { speaks($0, language) }
        let candidates = speakers.isEmpty ? open : speakers
        return candidates.min { a, b in
            let la = load(a), lb = load(b)
            // la/ca < lb/cb ⇔ la·cb < lb·ca (capacities are positive here)
            let lhs = la * b.capacity, rhs = lb * a.capacity
            if lhs != rhs { return lhs < rhs }
            if la != lb { return la < lb }
            return a.id < b.id
        }
    }

    /// Whether `coordinator` works in `language`.
    public static func speaks(_ coordinator: Coordinator, _ language: String) -> Bool {
        let wanted = normalised(language)
        return coordinator.languages.contains { normalised($0) == wanted }
    }

    /// `nb`, `nn`, `no`, `nob`, `nno`, `nor` → `no`; anything else lower-cased as is.
    static func normalised(_ code: String) -> String {
        let c = code.lowercased()
        return ["nb", "nn", "no", "nob", "nno", "nor"].contains(c) ? "no" : c
    }
}
