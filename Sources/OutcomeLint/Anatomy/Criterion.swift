/// A success criterion: how you would know the outcome was achieved.
public struct Criterion: Sendable, Equatable {
  /// The kinds the guidance lists.
  public enum Kind: String, Sendable {
    case frequency, proportion, quantity, duration, independence, accuracy

    /// The kind a criteria-lexicon value names, if it names one.
    init?(_ value: ValueClass) {
      switch value {
      case .frequency: self = .frequency
      case .independence: self = .independence
      case .quantity: self = .quantity
      case .proportion: self = .proportion
      case .duration: self = .duration
      case .accuracy: self = .accuracy
      default: return nil
      }
    }
  }

  /// Which kind of criterion.
  public let kind: Kind
  /// Where it is.
  public let span: TextSpan
  /// Token indices covered.
  public let tokens: Range<Int>
}
