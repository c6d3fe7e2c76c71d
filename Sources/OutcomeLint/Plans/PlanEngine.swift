/// The immutable half of a plan audit: the outcome engine, the plan rules,
/// their vocabulary and the plan reader. Loaded once and shared by every worker.
public struct PlanEngine: Sendable {
  /// Lexicons and outcome rules.
  public let analysis: AnalysisEngine
  /// The plan rules.
  public let rules: PlanRuleSet
  /// Stop words, stems and area names, from the lexicons.
  public let vocabulary: PlanVocabulary
  /// How plans are read.
  public let decoder: PlanDecoder
  /// How plans are graded.
  public let scorer = PlanScorer()

  /// Pairs the outcome engine with plan rules.
  public init(analysis: AnalysisEngine, rules: PlanRuleSet, decoder: PlanDecoder = PlanDecoder()) {
    self.analysis = analysis
    self.rules = rules
    self.decoder = decoder
    vocabulary = PlanVocabulary(lexicons: analysis.lexicons)
  }
}
