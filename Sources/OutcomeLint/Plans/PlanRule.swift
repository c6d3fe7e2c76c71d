/// A check on a whole plan. Like outcome rules, plan rules are small value
/// types that read the shared ``AnalyzedPlan`` and report ``PlanFinding``s.
public protocol PlanRule: Sendable {
  /// The rule's documentation and examples.
  static var description: PlanRuleDescription { get }

  /// Reports this rule's findings about one plan.
  func check(_ plan: AnalyzedPlan, into findings: inout PlanFindingCollector)
}

extension PlanRule {
  /// The rule's documentation and examples.
  public var description: PlanRuleDescription { Self.description }
}
