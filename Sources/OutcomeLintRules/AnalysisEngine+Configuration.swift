import OutcomeLint

extension AnalysisEngine {
  /// The engine `configuration` asks for: its rules, severities and scorer,
  /// over `lexicons` (loaded with the configuration's lexicon folders).
  public init(lexicons: Lexicons, configuration: Configuration, baseline: Baseline? = nil) {
    self.init(
      lexicons: lexicons, rules: BuiltInRules.ruleSet(for: configuration),
      severityOverrides: configuration.severityOverrides, scorer: configuration.scorer,
      baseline: baseline)
  }
}
