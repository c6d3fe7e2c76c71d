/// An outcome's score on every dimension, in ``Dimension/allCases`` order:
/// a collection of ``DimensionScore`` kept inline, a byte per score and a
/// bit per pass, so a score needs no array of its own (one allocation and
/// its reference counts fewer per outcome).
public struct DimensionScores: RandomAccessCollection, Sendable, Equatable {
  /// Every dimension, in ``Dimension/ordinal`` order.
  @usableFromInline static let dimensions = Dimension.allCases
  /// Each dimension's score, by ordinal (room for up to 16 dimensions).
  @usableFromInline var scores = SIMD16<UInt8>()
  /// Bit `ordinal` is set when that dimension passes.
  @usableFromInline var passes: UInt16 = 0

  /// No scores yet: fill with ``set(_:score:pass:)``.
  init() {
    precondition(Self.dimensions.count <= scores.scalarCount, "one byte per dimension")
  }

  /// Records the score (0-100) of `dimension` and whether it passes.
  mutating func set(_ dimension: Dimension, score: Int, pass: Bool) {
    scores[dimension.ordinal] = UInt8(clamping: score)
    if pass { passes |= 1 << dimension.ordinal } else { passes &= ~(1 << dimension.ordinal) }
  }

  @inlinable public var startIndex: Int { 0 }
  @inlinable public var endIndex: Int { Self.dimensions.count }

  @inlinable public subscript(ordinal: Int) -> DimensionScore {
    precondition(indices.contains(ordinal), "dimension ordinal out of range")
    return DimensionScore(
      dimension: Self.dimensions[ordinal], score: Int(scores[ordinal]),
      pass: passes & (1 << ordinal) != 0)
  }
}
