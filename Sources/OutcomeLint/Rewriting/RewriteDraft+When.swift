extension RewriteDraft {
  /// The rewrite's opening: the original's deadline, or a prompt for one.
  struct Opening {
    /// The deadline's tokens in the original, when it is kept.
    var tokens: Range<Int>?
    /// The prompt standing for the deadline, when there is none to keep.
    /// (Its index in ``RewriteDraft/writtenPrompts``.)
    var prompt: Int?
    /// Main-clause tokens that belong to the opening ("By" and the comma around a prompt).
    var claimed: [Int] = []
  }

  /// Keeps a real deadline at least a year away; anything else becomes a
  /// prompt, and the change says why.
  func resolveOpening() -> Opening {
    if let written = existing(.when) {
      var claimed: [Int] = []
      let before = written.tokens.lowerBound - 1
      if before >= 0, isWord(before, "by") { claimed.append(before) }
      let after = written.tokens.upperBound
      if after < document.tokens.count, document.isPunctuation(after, UInt8(ascii: ",")) {
        claimed.append(after)
      }
      return Opening(tokens: nil, prompt: prompt(copying: written.prompt), claimed: claimed)
    }
    guard let timeframe = anatomy.timeframe else {
      let prompt = prompt(.when, example: Defaults.deadline)
      note("Added a prompt for the deadline", answering: finding("missing-timeframe"))
      return Opening(tokens: nil, prompt: prompt)
    }
    let quoted = timeframe.span
    if timeframe.kind == .vague {
      note(
        "Took out '\(original: quoted)' and added a prompt for a real deadline",
        answering: finding("vague-timeframe"))
      return Opening(tokens: nil, prompt: prompt(.when, example: Defaults.deadline))
    }
    if timeframe.isUnderAYear {
      note(
        "Took out '\(original: quoted)': keep it as a short-term step towards this outcome, and set the outcome's own deadline at least a year away",
        answering: finding("timeframe-under-a-year"))
      return Opening(tokens: nil, prompt: prompt(.when, example: Defaults.deadline))
    }
    return Opening(tokens: timeframe.tokens, prompt: nil)
  }
}
