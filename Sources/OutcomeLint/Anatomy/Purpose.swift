/// The clause naming the difference an outcome makes ("so that...").
public struct Purpose: Sendable, Equatable {
  /// The connective ("so that", "in order to").
  public let connective: TextSpan
  /// The whole clause, connective included, to the end of its sentence.
  public let span: TextSpan
  /// Token indices of the clause.
  public let tokens: Range<Int>
  /// Number of words after the connective.
  public let wordCount: Int
}
