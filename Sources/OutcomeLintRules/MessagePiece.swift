import OutcomeLint

/// One piece of a finding's message or suggestion: fixed wording (a string
/// literal), a string, the outcome's text of a span in single quotes, or a
/// lexicon entry's alternatives ("'a' or 'b'"). ``FindingCollector/report(_:about:at:suggestion:)``
/// writes pieces straight into the finding texts, where interpolation makes a string per piece.
enum MessagePiece: ExpressibleByStringLiteral {
  /// Fixed wording.
  case literal(StaticString)
  /// A string, as it is.
  case string(String)
  /// The outcome's text of a span, in single quotes.
  case quoted(TextSpan)
  /// An entry's values, each in single quotes, joined by " or ".
  case alternatives(LexiconEntry)

  /// Fixed wording written as a literal.
  init(stringLiteral literal: StaticString) {
    self = .literal(literal)
  }
}
