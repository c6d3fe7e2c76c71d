/// An outcome's scores: one per dimension, overall, and the grade.
public struct OutcomeScore: Sendable, Equatable {
  /// Every dimension, in ``Dimension/allCases`` order.
  public let dimensions: DimensionScores
  /// The weighted mean of the dimension scores, rounded.
  public let overall: Int
  /// The grade.
  public let grade: Grade

  /// The score of one dimension.
  public subscript(dimension: Dimension) -> DimensionScore {
    dimensions[dimension.ordinal]
  }
}
