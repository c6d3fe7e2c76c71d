/// The expression saying by when an outcome should be achieved.
public struct Timeframe: Sendable, Equatable {
  /// What kind of point in time it names.
  public let kind: TimeframeKind
  /// Whole expression, lead word included ("by the end of Key Stage 2").
  public let span: TextSpan
  /// Token indices covered.
  public let tokens: Range<Int>
  /// Estimated months from now, when the wording gives one.
  public let horizonMonths: Double?
  /// Whether it is introduced by a deadline word ("by", "before", "within").
  public let isDeadline: Bool

  /// Whether the guidance would call it a short-term step (under a year).
  public var isUnderAYear: Bool { (horizonMonths ?? 12) < 12 }
}
