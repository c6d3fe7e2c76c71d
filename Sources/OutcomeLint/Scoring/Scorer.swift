/// Turns findings into dimension scores, an overall score and a grade.
///
/// - Each dimension starts at 100 and loses each of its findings' penalty
///   (error 60, warning 35, suggestion 10), down to 0. It passes at 60 or
///   more: one error fails it, one warning does not, two warnings do.
/// - Overall is the weighted mean (timeframe, measurable, specific 20;
///   provision, perspective 15; purpose 10; realistic, clarity 5).
/// - Grade, over the core dimensions (timeframe, measurable, specific,
///   provision, perspective): `outstanding` when every core dimension and
///   purpose pass and overall >= 85; `good` when every core dimension passes
///   and overall >= 70; `inadequate` when overall < 50 or three or more core
///   dimensions fail; otherwise `requires-improvement`.
public enum Scorer {
  /// The lowest passing dimension score.
  public static let passMark = 60

  /// Scores one outcome's findings.
  public static func score(_ findings: [Finding]) -> OutcomeScore {
    let dimensions = Dimension.allCases.map { dimension in
      let penalty = findings.filter { $0.dimension == dimension }.reduce(0) {
        $0 + $1.severity.penalty
      }
      let score = max(0, 100 - penalty)
      return DimensionScore(dimension: dimension, score: score, pass: score >= passMark)
    }
    let totalWeight = Dimension.allCases.reduce(0) { $0 + $1.weight }
    let weighted = dimensions.reduce(0) { $0 + $1.score * $1.dimension.weight }
    let overall = Int((Double(weighted) / Double(totalWeight)).rounded())
    let failedCore = dimensions.filter { $0.dimension.isCore && !$0.pass }.map(\.dimension)
    return OutcomeScore(
      dimensions: dimensions, overall: overall,
      grade: grade(
        overall: overall, failed: failedCore,
        purposeFails: dimensions.contains { $0.dimension == .purpose && !$0.pass }))
  }

  private static func grade(overall: Int, failed: [Dimension], purposeFails: Bool) -> Grade {
    if overall < 50 || failed.count >= 3 { return .inadequate }
    if failed.isEmpty && !purposeFails && overall >= 85 { return .outstanding }
    if failed.isEmpty && overall >= 70 { return .good }
    return .requiresImprovement
  }
}
