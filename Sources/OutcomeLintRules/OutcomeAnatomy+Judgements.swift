import OutcomeLint

extension OutcomeAnatomy {
  /// Whether nobody could see the outcome being achieved: the statement is an
  /// aspiration or a need, or the main verb is vague ("improve",
  /// "understand"), or there is no observable verb at all, and no numeric target ("to above 90%", "a level 1 qualification") says
  /// what achieving it looks like.
  var lacksObservableAction: Bool {
    if aspirationOrNeed != nil { return true }
    if hasNumericTarget { return false }
    guard let action else { return observableVerbs.isEmpty }
    switch action.observability {
    case .observable: return false
    case .vague: return true
    case .unknown: return observableVerbs.isEmpty
    }
  }
}

extension OutcomeAnatomy {
  /// Whether a criterion sets a number to reach (a proportion, quantity or accuracy).
  var hasNumericTarget: Bool {
    criteria.contains { [.proportion, .quantity, .accuracy].contains($0.kind) }
  }

  /// Whether the main verb is observable (not vague, not unknown).
  var mainVerbIsObservable: Bool { action?.observability == .observable }
}
