import OutcomeLint

extension OutcomeAnatomy {
  /// Whether nobody could see the outcome being achieved: the main verb is
  /// vague ("improve", "understand"), or there is no observable verb at all.
  var lacksObservableAction: Bool {
    guard let action else { return observableVerbs.isEmpty }
    switch action.observability {
    case .observable: return false
    case .vague: return true
    case .unknown: return observableVerbs.isEmpty
    }
  }
}
