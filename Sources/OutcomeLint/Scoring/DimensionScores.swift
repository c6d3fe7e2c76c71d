/// An outcome's score on every dimension, in ``Dimension/allCases`` order:
/// a collection of ``DimensionScore`` kept inline, a byte per score and a
/// bit per pass, so a score needs no array of its own (one allocation and
/// its reference counts fewer per outcome).
public struct DimensionScores: RandomAccessCollection, Sendable, Equatable {
  /// Every dimension, in ``Dimension/ordinal`` order.
  @usableFromInline static let dimensions = Dimension.allCases
  /// Each dimension's score, a byte by ordinal, the first eight in the low
  /// word (room for up to 16 dimensions). Plain words rather than a SIMD
  /// vector, whose 16-byte alignment would make every report that holds a
  /// score an aligned allocation, which costs more than a plain one.
  @usableFromInline var lowScores: UInt64 = 0
  @usableFromInline var highScores: UInt64 = 0
  /// Bit `ordinal` is set when that dimension passes.
  @usableFromInline var passes: UInt16 = 0

  /// No scores yet: fill with ``set(ordinal:score:)`` and ``setPasses(_:)``.
  init() {
    precondition(Self.dimensions.count <= 16, "one byte per dimension")
  }

  /// Records the score (0-100) of the dimension at `ordinal`.
  mutating func set(ordinal: Int, score: Int) {
    let shift = UInt64(ordinal % 8 * 8)
    let byte = UInt64(UInt8(clamping: score)) << shift
    if ordinal < 8 {
      lowScores = lowScores & ~(0xFF << shift) | byte
    } else {
      highScores = highScores & ~(0xFF << shift) | byte
    }
  }

  /// Records which dimensions pass: bit `ordinal` of `passing` for each.
  mutating func setPasses(_ passing: UInt16) {
    passes = passing & UInt16(truncatingIfNeeded: (1 << Self.dimensions.count) - 1)
  }

  @inlinable public var startIndex: Int { 0 }
  @inlinable public var endIndex: Int { Self.dimensions.count }

  @inlinable public subscript(ordinal: Int) -> DimensionScore {
    precondition(indices.contains(ordinal), "dimension ordinal out of range")
    return DimensionScore(
      dimension: Self.dimensions[ordinal],
      score: Int(
        truncatingIfNeeded: (ordinal < 8 ? lowScores : highScores) >> UInt64(ordinal % 8 * 8) & 0xFF
      ),
      pass: passes & (1 << ordinal) != 0)
  }
}
