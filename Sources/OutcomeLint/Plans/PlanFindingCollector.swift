/// Gathers the findings of one plan rule at a time, stamping each with the
/// rule's id, default severity and guidance.
public struct PlanFindingCollector: Sendable {
  private(set) var findings: [PlanFinding] = []
  private var current: PlanRuleDescription?

  /// Creates an empty collector.
  public init() {}

  /// Starts collecting for the rule described by `description`.
  mutating func begin(_ description: PlanRuleDescription) { current = description }

  /// Reports a finding of the current rule; `severity` overrides the rule's own.
  public mutating func report(
    _ message: String, about target: PlanTarget, words: [String] = [],
    suggestion: String? = nil, severity: Severity? = nil
  ) {
    guard let rule = current else { preconditionFailure("report outside a plan rule") }
    findings.append(
      PlanFinding(
        rule: rule.id, severity: severity ?? rule.severity, message: message, target: target,
        words: words, suggestion: suggestion, guidance: rule.guidance))
  }

  /// Takes the findings in report order and empties the collector.
  mutating func take() -> [PlanFinding] {
    defer { findings.removeAll(keepingCapacity: true) }
    return findings
  }
}
