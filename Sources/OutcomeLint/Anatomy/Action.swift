/// The outcome's main verb: what the person will do.
public struct Action: Sendable, Equatable {
  /// How observable the main verb is.
  public enum Observability: String, Sendable {
    /// In the observable-verbs lexicon ("read", "dress", "travel").
    case observable
    /// In the vague-verbs lexicon ("improve", "understand").
    case vague
    /// In neither.
    case unknown
  }

  /// The main verb's span.
  public let verb: TextSpan
  /// Its token index.
  public let token: Int
  /// How observable it is.
  public let observability: Observability
  /// The service's verb that hands the action to the person ("School will
  /// ensure that Ruby reads…": "ensure"), when the action is theirs only
  /// through it.
  public var delegatedBy: TextSpan? = nil
}
