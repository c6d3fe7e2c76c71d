/// The immutable half of the analyser: lexicons and rules, loaded once and
/// shared by every worker.
public struct AnalysisEngine: Sendable {
  /// The compiled lexicons.
  public let lexicons: Lexicons
  /// The rules to run.
  public let rules: RuleSet

  /// Pairs lexicons with rules.
  public init(lexicons: Lexicons, rules: RuleSet) {
    self.lexicons = lexicons
    self.rules = rules
  }
}
