/// The result of analysing one outcome: its parts, findings and scores.
///
/// A class: a report holds the whole segmented document and its anatomy, and
/// passes from the analyser through rendering and summing up, so it is shared
/// rather than copied field by field at each step.
public final class OutcomeReport: Sendable {
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

  /// Assembles a report.
  init(
    outcome: AnalyzedOutcome, findings: [Finding], suppressed: [SuppressedFinding],
    baselined: [Finding], score: OutcomeScore
  ) {
    self.outcome = outcome
    self.findings = findings
    self.suppressed = suppressed
    self.baselined = baselined
    self.score = score
  }

  /// The outcome's text.
  public var text: String { outcome.document.text }
}
