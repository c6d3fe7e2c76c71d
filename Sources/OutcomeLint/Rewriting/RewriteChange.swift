/// One thing a rewrite changed, and why: the finding it answers.
public struct RewriteChange: Sendable, Equatable {
  /// The dimension the change improves.
  public let dimension: Dimension
  /// The id of the rule whose finding it answers, when there is one.
  public let rule: String?
  /// What changed ("Moved '3 sessions of SALT per week' to Section F").
  public let change: String
  /// Why: the finding's message, or the guidance behind a change of style.
  public let reason: String

  /// Creates a change.
  public init(dimension: Dimension, rule: String?, change: String, reason: String) {
    self.dimension = dimension
    self.rule = rule
    self.change = change
    self.reason = reason
  }
}
