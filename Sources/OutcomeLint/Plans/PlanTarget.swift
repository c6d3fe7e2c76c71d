/// What a plan finding is about.
public enum PlanTarget: Sendable, Equatable, Hashable {
  /// The plan as a whole.
  case plan
  /// One outcome (0-based index).
  case outcome(Int)
  /// One aspiration (0-based index).
  case aspiration(Int)

  /// The target as written in reports: "plan", "outcome 2", "aspiration 1" (1-based).
  public var label: String {
    switch self {
    case .plan: "plan"
    case .outcome(let index): "outcome \(index + 1)"
    case .aspiration(let index): "aspiration \(index + 1)"
    }
  }
}
