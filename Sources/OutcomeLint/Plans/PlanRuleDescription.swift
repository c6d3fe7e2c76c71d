/// Everything about a plan rule except its logic: the documentation
/// `outcomelint rules` can print and the examples the test suite runs.
public struct PlanRuleDescription: Sendable {
  /// Stable kebab-case id ("too-few-outcomes").
  public let id: String
  /// A short human name.
  public let name: String
  /// The severity of its findings, unless a finding says otherwise.
  public let severity: Severity
  /// One sentence on what it checks.
  public let summary: String
  /// The guidance it traces to.
  public let guidance: String
  /// Plans it must not fire on.
  public let good: [PlanExample]
  /// Plans it must fire on, with the targets it must report.
  public let poor: [PlanExample]

  /// Creates a description.
  public init(
    id: String, name: String, severity: Severity, summary: String, guidance: String,
    good: [PlanExample], poor: [PlanExample]
  ) {
    self.id = id
    self.name = name
    self.severity = severity
    self.summary = summary
    self.guidance = guidance
    self.good = good
    self.poor = poor
  }
}
