/// A prompt already written in an outcome (one the rewriter wrote earlier),
/// found so a second rewrite keeps it rather than rewriting its words.
struct PromptSpan {
  /// The tokens from `[` to `]`.
  let tokens: Range<Int>
  /// The prompt read back.
  let prompt: RewritePrompt

  /// Every prompt in `document`, in order.
  static func find(in document: Document) -> [PromptSpan] {
    var found: [PromptSpan] = []
    var index = 0
    while index < document.tokens.count {
      guard document.isPunctuation(index, UInt8(ascii: "[")),
        let close = document.tokens[index...].indices.first(where: {
          document.isPunctuation($0, UInt8(ascii: "]"))
        })
      else {
        index += 1
        continue
      }
      let range = index..<(close + 1)
      if let prompt = RewritePrompt.parse(document.text(document.span(ofTokens: range))) {
        found.append(PromptSpan(tokens: range, prompt: prompt))
      }
      index = close + 1
    }
    return found
  }
}
