/// One word, number or punctuation mark of an outcome. Whitespace is dropped.
public struct Token: Sendable, Equatable {
  /// First UTF-8 byte of the token in the outcome text.
  public var start: Int32
  /// One past the last UTF-8 byte.
  public var end: Int32
  /// What kind of token this is.
  public var kind: TokenKind
  /// Letter case of the original spelling.
  public var letterCase: LetterCase
  /// The case-folded term's id in the lexicons' term table, or ``TermID/unknown``.
  public var term: TermID
  /// The numeric value of a number token (digits or a number word), otherwise nil.
  public var numericValue: Double?
  /// Whether every byte of the token is ASCII, so its folded term is its
  /// bytes with A-Z lowered.
  public var isASCII: Bool

  /// The token's byte span.
  public var span: TextSpan { TextSpan(start: Int(start), end: Int(end)) }
}

/// The letter case of a token's original spelling.
public enum LetterCase: UInt8, Sendable {
  /// No cased letters (numbers, punctuation).
  case none
  /// All cased letters are lower case.
  case lower
  /// First letter upper case, at least one lower-case letter after it ("John").
  case capitalized
  /// Every cased letter is upper case and there are at least two ("SALT", "KS2").
  case allCapitals
  /// A single upper-case letter ("I", "X").
  case singleCapital
  /// Any other mixture ("SENCo", "iPad").
  case mixed
}
