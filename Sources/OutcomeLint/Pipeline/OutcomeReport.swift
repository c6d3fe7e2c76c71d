/// The result of analysing one outcome: its parts, findings and scores.
public struct OutcomeReport: Sendable {
  /// The segmented outcome and its anatomy.
  public let outcome: AnalyzedOutcome
  /// Every finding reported, ordered by position then rule id.
  public let findings: [Finding]
  /// Findings the input suppressed with a reason; not scored.
  public let suppressed: [SuppressedFinding]
  /// Findings an earlier run's baseline already holds; not scored or reported.
  public let baselined: [Finding]
  /// Dimension scores, overall score and grade.
  public let score: OutcomeScore

  /// The outcome's text.
  public var text: String { outcome.document.text }
}
