/// A lexicon match resolved for reading: its entry, tokens and byte span.
public struct LexiconHit: Sendable, Equatable {
  /// The lexicon it came from.
  public let kind: LexiconKind
  /// The entry's index in its lexicon.
  public let index: Int32
  /// The matched entry.
  public let entry: LexiconEntry
  /// Token indices covered.
  public let tokens: Range<Int>
  /// UTF-8 byte span covered.
  public let span: TextSpan
}
