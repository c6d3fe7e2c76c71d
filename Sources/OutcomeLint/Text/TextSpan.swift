/// A half-open range of UTF-8 byte offsets into an outcome's original text.
///
/// Byte spans are the single source of truth for positions; character offsets
/// are derived only when reporting (see ``CharacterOffsets``).
public struct TextSpan: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The offset of the first byte.
  public var start: Int
  /// The offset one past the last byte.
  public var end: Int

  /// Creates a span; `end` must not be smaller than `start`.
  public init(start: Int, end: Int) {
    precondition(start <= end, "span end before start")
    self.start = start
    self.end = end
  }

  /// The number of bytes covered.
  public var length: Int { end - start }

  /// Whether the span covers no bytes.
  public var isEmpty: Bool { start == end }

  /// Whether the two spans share at least one byte.
  public func overlaps(_ other: TextSpan) -> Bool {
    start < other.end && other.start < end
  }

  /// Whether `other` lies wholly inside this span.
  public func contains(_ other: TextSpan) -> Bool {
    start <= other.start && other.end <= end
  }

  /// The smallest span covering both.
  public func union(_ other: TextSpan) -> TextSpan {
    TextSpan(start: Swift.min(start, other.start), end: Swift.max(end, other.end))
  }

  public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }

  public var description: String { "\(start)..<\(end)" }
}
