/// Turns findings into dimension scores, an overall score and a grade.
///
/// - Each dimension starts at 100 and loses each of its findings' penalty
///   (error 60, warning 35, suggestion 10), down to 0. It passes at 60 or
///   more: one error fails it, one warning does not, two warnings do.
/// - Overall is the weighted mean (by default timeframe, measurable, specific
///   20; provision, perspective 15; purpose 10; realistic, clarity 5).
/// - Grade: `outstanding` when every dimension passes and overall >= 85;
///   `good` when every dimension but purpose passes and overall >= 70;
///   `inadequate` when overall < 50 or three or more core dimensions
///   (timeframe, measurable, specific, provision, perspective) fail;
///   otherwise `requires-improvement`. The weights and the three overall
///   thresholds can be changed (see ``init(weights:outstanding:good:inadequate:)``).
public struct Scorer: Sendable, Equatable {
  /// The lowest passing dimension score.
  public static let passMark = 60

  /// The default scorer, as documented in the README.
  public static let standard = Scorer()

  /// Each dimension's weight in the overall score.
  public let weights: [Dimension: Int]
  /// The lowest overall score graded `outstanding`.
  public let outstanding: Int
  /// The lowest overall score graded `good`.
  public let good: Int
  /// Overall scores below this are `inadequate`.
  public let inadequate: Int

  /// Creates a scorer; a dimension missing from `weights` takes its default
  /// weight (``Dimension/weight``).
  public init(
    weights: [Dimension: Int] = [:], outstanding: Int = 85, good: Int = 70, inadequate: Int = 50
  ) {
    self.weights = Dictionary(
      uniqueKeysWithValues: Dimension.allCases.map { ($0, weights[$0] ?? $0.weight) })
    self.outstanding = outstanding
    self.good = good
    self.inadequate = inadequate
  }

  /// Scores one outcome's findings with the default scorer.
  public static func score(_ findings: [Finding]) -> OutcomeScore { standard.score(findings) }

  /// Scores one outcome's findings.
  public func score(_ findings: [Finding]) -> OutcomeScore {
    let dimensions = Dimension.allCases.map { dimension in
      let penalty = findings.filter { $0.dimension == dimension }.reduce(0) {
        $0 + $1.severity.penalty
      }
      let score = max(0, 100 - penalty)
      return DimensionScore(dimension: dimension, score: score, pass: score >= Self.passMark)
    }
    let totalWeight = Dimension.allCases.reduce(0) { $0 + weight($1) }
    let weighted = dimensions.reduce(0) { $0 + $1.score * weight($1.dimension) }
    let overall =
      totalWeight == 0 ? 100 : Int((Double(weighted) / Double(totalWeight)).rounded())
    return OutcomeScore(
      dimensions: dimensions, overall: overall,
      grade: grade(overall: overall, failed: dimensions.filter { !$0.pass }.map(\.dimension)))
  }

  private func weight(_ dimension: Dimension) -> Int { weights[dimension] ?? dimension.weight }

  private func grade(overall: Int, failed: [Dimension]) -> Grade {
    if overall < inadequate || failed.filter(\.isCore).count >= 3 { return .inadequate }
    if failed.isEmpty && overall >= outstanding { return .outstanding }
    if !failed.contains(where: \.isRequiredForGood) && overall >= good { return .good }
    return .requiresImprovement
  }
}
