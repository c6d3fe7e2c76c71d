/// A prompt a rewrite wrote: its text, written in the rewrite's record when
/// the prompt is made, and where it stands in the rewrite's text once it is
/// written there. Plain ranges of the record's bytes, so a rewrite's list of
/// prompts is emptied without destroying anything.
struct WrittenPrompt {
  /// Which part of the outcome it asks for.
  let slot: RewritePrompt.Slot
  /// The whole prompt as first written, "[" to "]".
  let source: Range<Int>
  /// Its label's bytes.
  let label: Range<Int>
  /// Its hint's bytes, when it has one.
  let hint: Range<Int>?
  /// Its example's bytes.
  let example: Range<Int>
  /// The whole prompt as written in the rewrite's text; empty until it is
  /// written there.
  var text = 0..<0
}
