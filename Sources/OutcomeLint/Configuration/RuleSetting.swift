/// What a configuration says about one rule: run it as it is, turn it off,
/// or run it with another severity.
public enum RuleSetting: String, Sendable, CaseIterable, Equatable {
  /// Run with the rule's own severity.
  case on
  /// Do not run.
  case off
  /// Run, reporting errors.
  case error
  /// Run, reporting warnings.
  case warning
  /// Run, reporting suggestions.
  case suggestion

  /// The severity this setting imposes, if it sets one.
  public var severity: Severity? { Severity(rawValue: rawValue) }
}
