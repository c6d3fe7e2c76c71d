/// One judgement about an outcome, with its reason and where it applies.
public struct Finding: Sendable, Equatable {
  /// What the finding shares with every other finding of its rule.
  public let stamp: RuleStamp
  /// What was found, naming the words ("Provision described as the outcome: 'will receive'").
  public let message: String
  /// The UTF-8 byte span it applies to.
  public let span: TextSpan
  /// What to write instead, when there is something concrete to suggest.
  public let suggestion: String?

  /// The rule's id.
  public var rule: String { stamp.id }
  /// The dimension it counts against.
  public var dimension: Dimension { stamp.dimension }
  /// How serious it is.
  public var severity: Severity { stamp.severity }
  /// The guidance it traces to.
  public var guidance: String { stamp.guidance }

  /// A finding of the rule `stamp` describes.
  init(stamp: RuleStamp, message: String, span: TextSpan, suggestion: String?) {
    self.stamp = stamp
    self.message = message
    self.span = span
    self.suggestion = suggestion
  }

  /// A finding of rule `rule`, described in full.
  init(
    rule: String, dimension: Dimension, severity: Severity, message: String, span: TextSpan,
    suggestion: String?, guidance: String
  ) {
    self.init(
      stamp: RuleStamp(id: rule, dimension: dimension, severity: severity, guidance: guidance),
      message: message, span: span, suggestion: suggestion)
  }

  public static func == (lhs: Finding, rhs: Finding) -> Bool {
    lhs.rule == rhs.rule && lhs.dimension == rhs.dimension && lhs.severity == rhs.severity
      && lhs.message == rhs.message && lhs.span == rhs.span && lhs.suggestion == rhs.suggestion
      && lhs.guidance == rhs.guidance
  }
}
