/// The result of auditing one plan: each outcome's analysis (as the record
/// `check` would write), the plan's facts and golden thread, its plan
/// findings, score and grade. When redacted, every text in it is redacted.
public struct PlanReport: Sendable {
  /// The plan as read (with names replaced by initials when redacted).
  public let plan: Plan
  /// Each outcome's result, as a `check` record, in plan order.
  public let outcomes: [RecordResult]
  /// Each outcome's plan-level facts, in plan order.
  public let facts: [OutcomeFacts]
  /// Links between the outcomes and the aspirations.
  public let thread: GoldenThread
  /// The plan checks' findings, in rule order.
  public let findings: [PlanFinding]
  /// The plan's score and grade.
  public let score: PlanScore

  /// Each outcome's report, in plan order.
  public var outcomeReports: [OutcomeReport] {
    outcomes.compactMap {
      if case .analyzed(_, let report) = $0 { return report }
      return nil
    }
  }
}
