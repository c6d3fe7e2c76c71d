import OutcomeLint

extension AnalyzedOutcome {
  /// The whole statement's span, for findings about something missing.
  var wholeStatement: TextSpan { document.trimmedSpan }

  /// Whether the statement has any words at all.
  var isEmpty: Bool { document.tokens.isEmpty }
}
