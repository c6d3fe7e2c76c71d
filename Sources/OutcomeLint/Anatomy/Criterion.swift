/// A success criterion: how you would know the outcome was achieved.
public struct Criterion: Sendable, Equatable {
  /// The kinds the guidance lists.
  public enum Kind: String, Sendable {
    case frequency, proportion, quantity, duration, independence, accuracy

    /// The kind a criteria-lexicon value names, if it names one: a share of
    /// occasions is a proportion, and a manner an accuracy.
    init?(_ value: ValueClass) {
      switch value {
      case .frequency: self = .frequency
      case .independence: self = .independence
      case .quantity: self = .quantity
      case .proportion, .occasions: self = .proportion
      case .duration: self = .duration
      case .accuracy, .manner: self = .accuracy
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
  /// Whether it sets a level to reach ("to above 90%", "10 key words", "with
  /// 90% accuracy", "pass his exams"), rather than saying how often ("in 4
  /// out of 5 sessions"), how long, how independently or in what manner
  /// ("safely"). Only a level says what achieving a vague aim looks like.
  public let setsLevel: Bool

  /// Whether a criteria-lexicon value sets a level to reach (see ``setsLevel``).
  static func setsLevel(_ value: ValueClass) -> Bool {
    value == .proportion || value == .quantity || value == .accuracy
  }
}
