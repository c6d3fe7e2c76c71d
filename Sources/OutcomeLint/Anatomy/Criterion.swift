/// A success criterion: how you would know the outcome was achieved.
public struct Criterion: Sendable, Equatable {
  /// The kinds the guidance lists.
  public enum Kind: String, Sendable {
    case frequency, proportion, quantity, duration, independence, accuracy
  }

  /// Which kind of criterion.
  public let kind: Kind
  /// Where it is.
  public let span: TextSpan
  /// Token indices covered.
  public let tokens: Range<Int>
}
