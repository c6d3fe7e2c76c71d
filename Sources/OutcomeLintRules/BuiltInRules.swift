import OutcomeLint

/// The built-in rules, grouped by dimension, in the order they run and are documented.
public enum BuiltInRules {
  /// Every built-in rule.
  public static let all: [any Rule] = [
    MissingTimeframeRule(),
    VagueTimeframeRule(),
    ShortTimeframeRule(),
    NoObservableActionRule(),
    NoSuccessCriterionRule(),
    VagueGoalRule(),
    GenericOutcomeRule(),
    AspirationOrNeedRule(),
    ProvisionAsOutcomeRule(),
    ServiceSessionCountRule(),
    ServiceSubjectRule(),
    PassiveSupportRule(),
    MissingPurposeRule(),
    JargonRule(),
    UnrealisticAbsoluteRule(),
    LowExpectationRule(),
    SeveralOutcomesRule(),
    InvalidSuppressionRule(),
  ]

  /// The built-in rules as a rule set.
  public static var ruleSet: RuleSet { RuleSet(all) }
}
