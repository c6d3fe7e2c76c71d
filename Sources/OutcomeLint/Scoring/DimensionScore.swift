/// One dimension's score (0-100, 100 best) and whether it passes.
public struct DimensionScore: Sendable, Equatable {
  /// The dimension.
  public let dimension: Dimension
  /// 100 minus the penalties of its findings, at least 0.
  public let score: Int
  /// Whether the score is at least ``Scorer/passMark``.
  public let pass: Bool

  /// A dimension's score and whether it passes.
  @usableFromInline init(dimension: Dimension, score: Int, pass: Bool) {
    self.dimension = dimension
    self.score = score
    self.pass = pass
  }
}
