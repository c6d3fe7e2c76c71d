/// The plan rules an audit runs, in a fixed order. Immutable and shared.
public struct PlanRuleSet: Sendable {
  /// The rules, in the order they run and are listed.
  public let rules: [any PlanRule]

  /// Wraps `rules`; their ids must be unique.
  public init(_ rules: [any PlanRule]) {
    self.rules = rules
  }

  /// The rule with `id`, if present.
  public func rule(id: String) -> (any PlanRule)? {
    rules.first { $0.description.id == id }
  }

  /// Runs every rule on `plan`; findings in rule order, then report order.
  public func check(_ plan: AnalyzedPlan) -> [PlanFinding] {
    var collector = PlanFindingCollector()
    var findings: [PlanFinding] = []
    for rule in rules {
      collector.begin(rule.description)
      rule.check(plan, into: &collector)
      findings += collector.take()
    }
    return findings
  }
}
