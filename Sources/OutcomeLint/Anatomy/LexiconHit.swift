/// A lexicon match resolved for reading: its entry's index, tokens and byte
/// span. It names its entry by index rather than holding it, so copying a
/// hit is a plain copy with no reference counting; ``Document/entry(_:)``
/// and ``Document/value(_:)`` read the entry.
public struct LexiconHit: Sendable, Equatable {
  /// The lexicon it came from.
  public let kind: LexiconKind
  /// The entry's index in its lexicon.
  public let index: Int32
  /// Token indices covered.
  public let tokens: Range<Int>
  /// UTF-8 byte span covered.
  public let span: TextSpan
}
