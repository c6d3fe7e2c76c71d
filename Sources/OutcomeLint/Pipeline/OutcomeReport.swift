/// The result of analysing one outcome: its parts, findings and scores.
public struct OutcomeReport: Sendable {
  /// The segmented outcome and its anatomy.
  public let outcome: AnalyzedOutcome
  /// Every finding, ordered by position then rule id.
  public let findings: [Finding]
  /// Dimension scores, overall score and grade.
  public let score: OutcomeScore

  /// The outcome's text.
  public var text: String { outcome.document.text }
}
