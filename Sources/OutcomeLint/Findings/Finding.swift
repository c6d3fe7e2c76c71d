/// One judgement about an outcome, with its reason and where it applies.
public struct Finding: Sendable, Equatable {
  /// The rule's id.
  public let rule: String
  /// The dimension it counts against.
  public let dimension: Dimension
  /// How serious it is.
  public let severity: Severity
  /// What was found, naming the words ("Provision described as the outcome: 'will receive'").
  public let message: String
  /// The UTF-8 byte span it applies to.
  public let span: TextSpan
  /// What to write instead, when there is something concrete to suggest.
  public let suggestion: String?
  /// The guidance it traces to.
  public let guidance: String
}
