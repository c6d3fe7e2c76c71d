/// Turns findings into dimension scores, an overall score and a grade.
///
/// - Each dimension starts at 100 and loses each of its findings' penalty
///   (error 60, warning 35, suggestion 10), down to 0. It passes at 60 or
///   more: one error fails it, one warning does not, two warnings do.
/// - Overall is the weighted mean (by default timeframe, measurable, specific
///   20; provision, perspective 15; purpose 10; realistic, clarity 5).
/// - Grade: `outstanding` when every dimension passes, no finding is worse
///   than a suggestion (so an outstanding outcome needs no rewrite) and
///   overall >= 85;
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
  /// ``weights`` in ``Dimension/allCases`` order, for scoring without hashing.
  private let weightByOrdinal: [Int]

  /// Creates a scorer; a dimension missing from `weights` takes its default
  /// weight (``Dimension/weight``).
  public init(
    weights: [Dimension: Int] = [:], outstanding: Int = 85, good: Int = 70, inadequate: Int = 50
  ) {
    self.weights = Dictionary(
      uniqueKeysWithValues: Dimension.allCases.map { ($0, weights[$0] ?? $0.weight) })
    weightByOrdinal = Dimension.allCases.map { weights[$0] ?? $0.weight }
    self.outstanding = outstanding
    self.good = good
    self.inadequate = inadequate
  }

  /// Scores one outcome's findings with the default scorer.
  public static func score(_ findings: [Finding]) -> OutcomeScore { standard.score(findings) }

  /// Scores one outcome's findings.
  public func score(_ findings: [Finding]) -> OutcomeScore {
    let dimensionCount = Self.dimensions.count
    var needsFixing = false
    var weighted = 0
    var totalWeight = 0
    var coreFailures = 0
    var anyFailure = false
    var failureBarsGood = false
    // The penalties live on the stack, and the scores inline (see DimensionScores).
    var dimensions = DimensionScores()
    withUnsafeTemporaryAllocation(of: Int.self, capacity: dimensionCount) { penalties in
      penalties.initialize(repeating: 0)
      for finding in findings {
        penalties[finding.dimension.ordinal] += finding.severity.penalty
        if finding.severity >= .warning { needsFixing = true }
      }
      for (ordinal, dimension) in Self.dimensions.enumerated() {
        let score = max(0, 100 - penalties[ordinal])
        let pass = score >= Self.passMark
        dimensions.set(dimension, score: score, pass: pass)
        weighted += score * weightByOrdinal[ordinal]
        totalWeight += weightByOrdinal[ordinal]
        if !pass {
          anyFailure = true
          if dimension.isCore { coreFailures += 1 }
          if dimension.isRequiredForGood { failureBarsGood = true }
        }
      }
    }
    let overall =
      totalWeight == 0 ? 100 : Int((Double(weighted) / Double(totalWeight)).rounded())
    let grade: Grade
    if overall < inadequate || coreFailures >= 3 {
      grade = .inadequate
    } else if !anyFailure && !needsFixing && overall >= outstanding {
      grade = .outstanding
    } else if !failureBarsGood && overall >= good {
      grade = .good
    } else {
      grade = .requiresImprovement
    }
    return OutcomeScore(dimensions: dimensions, overall: overall, grade: grade)
  }

  /// ``Dimension/allCases``, made once: the synthesised property builds a new array on every read.
  private static let dimensions = Dimension.allCases
}
