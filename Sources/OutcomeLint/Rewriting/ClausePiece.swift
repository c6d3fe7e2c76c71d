/// One piece of a rewritten clause: a token of the original, or new text
/// (a replacement or a prompt).
enum ClausePiece: Equatable {
  /// The original token at this index (or its substitution).
  case token(Int)
  /// Text the rewriter wrote.
  case text(String)
  /// A prompt for the writer to fill in, kept as data so the rewrite lists
  /// its prompts without reading them back out of its own text.
  case prompt(RewritePrompt)
}
