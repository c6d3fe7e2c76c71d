/// One piece of a rewritten clause: a token of the original, or new text (a
/// replacement or a prompt) that the draft keeps. Plain indices, so lists of
/// pieces copy without reference counting.
enum ClausePiece: Equatable {
  /// The original token at this index (or its substitution).
  case token(Int)
  /// Text the rewriter wrote: an index into ``RewriteDraft/writtenTexts``.
  case text(Int)
  /// A prompt for the writer to fill in, kept as data so the rewrite lists
  /// its prompts without reading them back out of its own text: an index into
  /// ``RewriteDraft/writtenPrompts``.
  case prompt(Int)
}
