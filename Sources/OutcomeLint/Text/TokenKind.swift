/// What a token is, from ICU's word-break rule status and the lexicons.
public enum TokenKind: UInt8, Sendable {
  /// Letters (ICU status 200-499).
  case word
  /// Digits (ICU status 100-199), or a word the number-words lexicon gives a value.
  case number
  /// Punctuation and symbols (ICU status 0-99, not whitespace).
  case punctuation
}
