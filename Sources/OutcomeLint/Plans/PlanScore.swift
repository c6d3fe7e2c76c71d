/// A plan's score and grade, and the two parts the score is made of.
public struct PlanScore: Sendable, Equatable {
  /// The mean overall score of its outcomes (0 when it has none).
  public let outcomes: Int
  /// 100 less the penalties of its plan findings, at least 0.
  public let checks: Int
  /// The weighted score, 0-100.
  public let overall: Int
  /// The grade.
  public let grade: Grade
}
