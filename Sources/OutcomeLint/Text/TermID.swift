/// The id of a case-folded word in a ``TermTable``.
public struct TermID: Hashable, Sendable {
  /// The raw index; negative for ``unknown``.
  public let rawValue: Int32

  /// Wraps a raw index.
  public init(rawValue: Int32) { self.rawValue = rawValue }

  /// A token whose folded spelling appears in no lexicon.
  public static let unknown = TermID(rawValue: -1)
  /// The `#` placeholder in a lexicon phrase, matching any number token.
  public static let anyNumber = TermID(rawValue: 0)
}
