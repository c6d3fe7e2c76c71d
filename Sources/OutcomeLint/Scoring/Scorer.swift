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
  /// The sum of the weights.
  private let totalWeight: Int

  /// Creates a scorer; a dimension missing from `weights` takes its default
  /// weight (``Dimension/weight``).
  public init(
    weights: [Dimension: Int] = [:], outstanding: Int = 85, good: Int = 70, inadequate: Int = 50
  ) {
    self.weights = Dictionary(
      uniqueKeysWithValues: Dimension.allCases.map { ($0, weights[$0] ?? $0.weight) })
    weightByOrdinal = Dimension.allCases.map { weights[$0] ?? $0.weight }
    totalWeight = weightByOrdinal.reduce(0, +)
    self.outstanding = outstanding
    self.good = good
    self.inadequate = inadequate
  }

  /// Scores one outcome's findings with the default scorer.
  public static func score(_ findings: [Finding]) -> OutcomeScore { standard.score(findings) }

  /// Scores one outcome's findings. The dimensions are scored without a
  /// branch on whether each passes (which varies from outcome to outcome, so
  /// would often be mispredicted): the failures are gathered as bits, and
  /// the grade reads them as masks.
  public func score(_ findings: [Finding]) -> OutcomeScore {
    let dimensionCount = Self.dimensions.count
    var needsFixing = false
    var weighted = 0
    // Bit `ordinal` is set when that dimension fails.
    var failures: UInt16 = 0
    // The penalties live on the stack, and the scores inline (see DimensionScores).
    var dimensions = DimensionScores()
    withUnsafeTemporaryAllocation(of: Int.self, capacity: dimensionCount) { penalties in
      penalties.initialize(repeating: 0)
      for finding in findings {
        let (ordinal, severity) = finding.withStamp { ($0.dimension.ordinal, $0.severity) }
        penalties[ordinal] += severity.penalty
        needsFixing = needsFixing || severity >= .warning
      }
      for ordinal in 0..<dimensionCount {
        let score = max(0, 100 - penalties[ordinal])
        dimensions.set(ordinal: ordinal, score: score)
        failures |= (score < Self.passMark ? 1 : 0) << ordinal
        weighted += score * weightByOrdinal[ordinal]
      }
    }
    dimensions.setPasses(~failures)
    let overall =
      totalWeight == 0 ? 100 : Int((Double(weighted) / Double(totalWeight)).rounded())
    let grade: Grade
    if overall < inadequate || (failures & Self.coreDimensions).nonzeroBitCount >= 3 {
      grade = .inadequate
    } else if failures == 0 && !needsFixing && overall >= outstanding {
      grade = .outstanding
    } else if failures & Self.requiredForGood == 0 && overall >= good {
      grade = .good
    } else {
      grade = .requiresImprovement
    }
    return OutcomeScore(dimensions: dimensions, overall: overall, grade: grade)
  }

  /// One bit per dimension (by ordinal) for which `include` holds.
  private static func mask(_ include: (Dimension) -> Bool) -> UInt16 {
    dimensions.reduce(0) { mask, dimension in
      include(dimension) ? mask | 1 << dimension.ordinal : mask
    }
  }

  /// The core dimensions (``Dimension/isCore``), one bit each by ordinal.
  private static let coreDimensions = mask(\.isCore)
  /// The dimensions a `good` grade needs (``Dimension/isRequiredForGood``), one bit each by ordinal.
  private static let requiredForGood = mask(\.isRequiredForGood)

  /// ``Dimension/allCases``, made once: the synthesised property builds a new array on every read.
  private static let dimensions = Dimension.allCases
}
