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
  /// The severity each rule reports with, in ``RuleSet/rules`` order.
  public let severities: [Severity]
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
    severities = rules.rules.map {
      severityOverrides[$0.description.id] ?? $0.description.severity
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
