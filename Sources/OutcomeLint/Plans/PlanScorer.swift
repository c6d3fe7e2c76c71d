/// Grades a plan from its outcomes and its plan checks (see the README).
///
/// - Outcomes part: the mean of the outcomes' overall scores.
/// - Checks part: 100, less 20 per plan error, 10 per warning and 3 per
///   suggestion, down to 0.
/// - Score: 70% outcomes + 30% checks, rounded.
/// - Grade: `inadequate` when the score is under 50, there are no outcomes,
///   or at least half the outcomes are inadequate; `outstanding` when the
///   score is 85 or more, no plan check is an error or a warning, and at
///   least three quarters of the outcomes are good or outstanding; `good`
///   when the score is 70 or more, no plan check is an error, and at least
///   half the outcomes are good or outstanding; otherwise `requires-improvement`.
public struct PlanScorer: Sendable {
  /// The share of the score that comes from the outcomes, in percent.
  public static let outcomeWeight = 70

  /// Creates the scorer.
  public init() {}

  /// Points a plan finding of `severity` takes off the checks part.
  public static func penalty(_ severity: Severity) -> Int {
    switch severity {
    case .error: 20
    case .warning: 10
    case .suggestion: 3
    }
  }

  /// Scores a plan whose outcomes scored `outcomes` and whose checks found `findings`.
  public func score(outcomes: [OutcomeScore], findings: [PlanFinding]) -> PlanScore {
    let mean =
      outcomes.isEmpty
      ? 0
      : Int((Double(outcomes.reduce(0) { $0 + $1.overall }) / Double(outcomes.count)).rounded())
    let checks = max(0, 100 - findings.reduce(0) { $0 + Self.penalty($1.severity) })
    let overall = Int(
      (Double(mean * Self.outcomeWeight + checks * (100 - Self.outcomeWeight)) / 100).rounded())
    let goodShare =
      outcomes.isEmpty
      ? 0 : Double(outcomes.filter { $0.grade >= .good }.count) / Double(outcomes.count)
    let inadequateShare =
      outcomes.isEmpty
      ? 1 : Double(outcomes.filter { $0.grade == .inadequate }.count) / Double(outcomes.count)
    let worst = findings.map(\.severity).max()
    let grade: Grade
    if overall < 50 || outcomes.isEmpty || inadequateShare >= 0.5 {
      grade = .inadequate
    } else if overall >= 85 && (worst == nil || worst == .suggestion) && goodShare >= 0.75 {
      grade = .outstanding
    } else if overall >= 70 && worst != .error && goodShare >= 0.5 {
      grade = .good
    } else {
      grade = .requiresImprovement
    }
    return PlanScore(outcomes: mean, checks: checks, overall: overall, grade: grade)
  }
}
