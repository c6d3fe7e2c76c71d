/// Everything about a rule except its logic: the documentation `outcomelint
/// rules` prints and the examples the test suite runs.
public struct RuleDescription: Sendable {
  /// Stable kebab-case id ("missing-timeframe").
  public let id: String
  /// A short human name.
  public let name: String
  /// The dimension its findings count against.
  public let dimension: Dimension
  /// The severity of its findings.
  public let severity: Severity
  /// One sentence on what it checks.
  public let summary: String
  /// The guidance it traces to ("SEND Code of Practice 9.66; council guidance (seed 003)").
  public let guidance: String
  /// Outcomes it must not fire on.
  public let good: [Example]
  /// Outcomes it must fire on, with `⟦…⟧` marking the expected spans.
  public let poor: [Example]

  /// Creates a description.
  public init(
    id: String, name: String, dimension: Dimension, severity: Severity, summary: String,
    guidance: String, good: [Example], poor: [Example]
  ) {
    self.id = id
    self.name = name
    self.dimension = dimension
    self.severity = severity
    self.summary = summary
    self.guidance = guidance
    self.good = good
    self.poor = poor
  }
}
