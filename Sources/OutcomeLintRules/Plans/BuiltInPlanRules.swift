import OutcomeLint

/// The built-in plan rules, in the order they run and are documented.
public enum BuiltInPlanRules {
  /// Every built-in plan rule.
  public static let all: [any PlanRule] = [
    OutcomeCountRule(),
    CareCoverageRule(),
    NeedAreaCoverageRule(),
    AdulthoodCoverageRule(),
    MissingAspirationsRule(),
    UnlinkedOutcomeRule(),
    UnservedAspirationRule(),
    DuplicateOutcomeRule(),
    PastTimeframeRule(),
    ImminentTimeframeRule(),
  ]

  /// The built-in plan rules as a rule set.
  public static var ruleSet: PlanRuleSet { PlanRuleSet(all) }
}
