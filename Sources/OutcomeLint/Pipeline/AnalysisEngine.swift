/// The immutable half of the analyser: lexicons, rules and how they are
/// judged (severities, scorer, baseline), set up once and shared by every
/// worker.
public struct AnalysisEngine: Sendable {
  /// The compiled lexicons.
  public let lexicons: Lexicons
  /// The rules to run.
  public let rules: RuleSet
  /// Severities a configuration sets for individual rules, by rule id.
  public let severityOverrides: [String: Severity]
  /// What each rule's findings share, in ``RuleSet/rules`` order.
  let ruleStamps: [RuleStamp]
  /// Turns findings into scores and a grade.
  public let scorer: Scorer
  /// An earlier run's findings, not reported again; nil for none.
  public let baseline: Baseline?

  /// Pairs lexicons with rules, optionally with a configuration's severity
  /// overrides and scorer, and a baseline.
  public init(
    lexicons: Lexicons, rules: RuleSet, severityOverrides: [String: Severity] = [:],
    scorer: Scorer = .standard, baseline: Baseline? = nil
  ) {
    self.lexicons = lexicons
    self.rules = rules
    self.severityOverrides = severityOverrides
    ruleStamps = rules.rules.map { rule in
      RuleStamp.stamp(
        rule.description,
        severity: severityOverrides[rule.description.id] ?? rule.description.severity)
    }
    self.scorer = scorer
    self.baseline = baseline
  }

  /// The same engine with `baseline`.
  public func with(baseline: Baseline?) -> AnalysisEngine {
    AnalysisEngine(
      lexicons: lexicons, rules: rules, severityOverrides: severityOverrides, scorer: scorer,
      baseline: baseline)
  }
}
