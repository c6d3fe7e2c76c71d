/// A prompt a rewrite wrote, and where it stands in the rewrite's text once
/// it is written there.
struct WrittenPrompt {
  /// The prompt.
  let prompt: RewritePrompt
  /// The whole prompt as written in the rewrite's text, "[" to "]"; empty
  /// until it is written.
  var text = 0..<0

  /// The prompt, not written yet.
  init(_ prompt: RewritePrompt) {
    self.prompt = prompt
  }

  /// Its example as written, at the end of ``text``.
  var example: Range<Int> {
    (text.upperBound - 1 - prompt.example.utf8.count)..<(text.upperBound - 1)
  }
}
