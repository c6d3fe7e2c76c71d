/// One judgement about a plan as a whole, with its reason and what it is about.
public struct PlanFinding: Sendable, Equatable {
  /// The plan rule's id.
  public let rule: String
  /// How serious it is.
  public let severity: Severity
  /// What was found.
  public let message: String
  /// The plan, outcome or aspiration it is about.
  public let target: PlanTarget
  /// Words that show the finding (linking words, areas or themes missing, the duplicate's wording).
  public let words: [String]
  /// What to do instead, when there is something concrete to suggest.
  public let suggestion: String?
  /// The guidance it traces to.
  public let guidance: String

  /// Creates a finding.
  public init(
    rule: String, severity: Severity, message: String, target: PlanTarget, words: [String],
    suggestion: String?, guidance: String
  ) {
    self.rule = rule
    self.severity = severity
    self.message = message
    self.target = target
    self.words = words
    self.suggestion = suggestion
    self.guidance = guidance
  }

  /// The finding with its message, words and suggestion passed through `transform`.
  public func mapText(_ transform: (String) -> String) -> PlanFinding {
    PlanFinding(
      rule: rule, severity: severity, message: transform(message), target: target,
      words: words.map(transform), suggestion: suggestion.map(transform), guidance: guidance)
  }
}
