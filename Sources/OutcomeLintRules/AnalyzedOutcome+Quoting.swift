import OutcomeLint

extension AnalyzedOutcome {
  /// The text of `span` in single quotes, for messages.
  func quoted(_ span: TextSpan) -> String { "'\(document.text(span))'" }

  /// The whole statement's span, for findings about something missing.
  var wholeStatement: TextSpan { document.trimmedSpan }

  /// The original text of token `index`.
  func text(ofToken index: Int) -> String { document.text(document.tokens[index].span) }

  /// Whether the statement has any words at all.
  var isEmpty: Bool { document.tokens.isEmpty }
}

extension LexiconEntry {
  /// The entry's alternatives as "'a' or 'b'".
  var alternativesText: String {
    var text = ""
    text.reserveCapacity(values.reduce(0) { $0 + $1.utf8.count + 6 })
    for (position, value) in values.enumerated() {
      if position > 0 { text += " or " }
      text += "'"
      text += value
      text += "'"
    }
    return text
  }
}
