extension RewriteDraft {
  /// Which replacements a rendering uses.
  enum Wording {
    /// The original's words with jargon expanded: text moved out or quoted as an example.
    case original
    /// The rewrite's own words: its substitutions, then its voice's, then jargon's.
    case rewrite
  }

  /// Appends `pieces` as text: runs of neighbouring original tokens keep
  /// their original spacing ("1:1", "e.g."), substituted tokens take their
  /// replacement, and everything else is joined by single spaces (none before
  /// closing punctuation). A run of neighbouring original tokens whose
  /// spacing is already a single space or none is copied in one piece.
  func render(_ pieces: some Sequence<ClausePiece>, _ wording: Wording, into text: inout TextBuffer)
  {
    withOriginal { render(pieces, wording, into: &text, from: $0) }
  }

  /// The original's bytes and tokens, read in place.
  struct Original {
    /// The outcome's UTF-8 bytes.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Its tokens.
    let tokens: UnsafeBufferPointer<Token>
  }

  /// Calls `body` with the original's bytes and tokens, read in place.
  func withOriginal<Result>(_ body: (Original) -> Result) -> Result {
    withDocument { document in
      document.bytes.withUnsafeBufferPointer { bytes in
        document.tokens.withUnsafeBufferPointer { tokens in
          body(Original(bytes: bytes, tokens: tokens))
        }
      }
    }
  }

  /// Appends `pieces` as text (see ``render(_:_:into:)``), reading the
  /// original from `original`.
  func render(
    _ pieces: some Sequence<ClausePiece>, _ wording: Wording, into text: inout TextBuffer,
    from original: Original
  ) {
    let rewording = wording == .rewrite && (!substitutions.isEmpty || !voiced.isEmpty)
    let replacing = rewording || !jargon.isEmpty
    let bytes = original.bytes
    let tokens = original.tokens
    // Known when specialised: a range of tokens, none replaced, is read gap by gap.
    if !replacing, let range = pieces as? TokenPieces {
      return Self.appendTokens(range.tokens, from: original, into: &text)
    }
    var hasPrevious = false
    // The previous piece's token, or -2 when it was not a token.
    var previousToken = -2
    // The original bytes not yet appended, from an unreplaced token on.
    var run = 0..<0
    for piece in pieces {
      switch piece {
      case .token(let index):
        let replaced = replacing ? replacement(of: index, rewording: rewording) : nil
        let token = tokens[index]
        let start = Int(token.start)
        let end = Int(token.end)
        if let replaced {
          if replaced.isEmpty { continue }
          if hasPrevious {
            Self.flush(&run, of: bytes, into: &text)
            if previousToken + 1 == index {
              if start != Int(tokens[previousToken].end) { text.append(UInt8(ascii: " ")) }
            } else {
              Self.separate(before: replaced.utf8.first, in: &text)
            }
          }
          text.append(replaced)
        } else if hasPrevious {
          if previousToken + 1 == index {
            let gap = start - Int(tokens[previousToken].end)
            if !run.isEmpty && (gap == 0 || (gap == 1 && bytes[start - 1] == UInt8(ascii: " "))) {
              run = run.lowerBound..<end
            } else {
              Self.flush(&run, of: bytes, into: &text)
              if gap != 0 { text.append(UInt8(ascii: " ")) }
              run = start..<end
            }
          } else {
            Self.flush(&run, of: bytes, into: &text)
            Self.separate(before: bytes[start], in: &text)
            run = start..<end
          }
        } else {
          run = start..<end
        }
        previousToken = index
      case .text(let index):
        Self.flush(&run, of: bytes, into: &text)
        if hasPrevious { Self.separate(before: writtenTexts[index].utf8.first, in: &text) }
        text.append(writtenTexts[index])
        previousToken = -2
      case .prompt(let index):
        Self.flush(&run, of: bytes, into: &text)
        if hasPrevious { text.append(UInt8(ascii: " ")) }
        writePrompt(index, into: &text)
        previousToken = -2
      }
      hasPrevious = true
    }
    Self.flush(&run, of: bytes, into: &text)
  }

  /// Appends neighbouring original tokens `range`, none replaced, as
  /// ``render(_:_:into:from:)`` does: each stretch whose gaps are a single
  /// space or none is copied in one piece, and any other gap becomes one space.
  private static func appendTokens(
    _ range: Range<Int>, from original: Original, into text: inout TextBuffer
  ) {
    guard let first = range.first else { return }
    let bytes = original.bytes
    let tokens = original.tokens
    var runStart = Int(tokens[first].start)
    var previousEnd = Int(tokens[first].end)
    for index in range.dropFirst() {
      let start = Int(tokens[index].start)
      let gap = start - previousEnd
      if gap > 1 || (gap == 1 && bytes[start - 1] != UInt8(ascii: " ")) {
        text.append(UnsafeBufferPointer(rebasing: bytes[runStart..<previousEnd]))
        text.append(UInt8(ascii: " "))
        runStart = start
      }
      previousEnd = Int(tokens[index].end)
    }
    text.append(UnsafeBufferPointer(rebasing: bytes[runStart..<previousEnd]))
  }

  /// The replacement for token `index`: the rewrite's own or its voice's
  /// when `rewording`, else jargon's; nil when there is none.
  private func replacement(of index: Int, rewording: Bool) -> String? {
    if rewording {
      if let substituted = substitutions[index] { return substituted }
      if let voice = voiced[index] { return voice }
    }
    return jargon[index]
  }

  /// Appends the original bytes of `run`, if any, and empties it.
  @inline(__always)
  private static func flush(
    _ run: inout Range<Int>, of bytes: UnsafeBufferPointer<UInt8>, into text: inout TextBuffer
  ) {
    guard !run.isEmpty else { return }
    text.append(UnsafeBufferPointer(rebasing: bytes[run]))
    run = 0..<0
  }

  /// A space, unless the text that follows starts with closing punctuation.
  private static func separate(before first: UInt8?, in text: inout TextBuffer) {
    switch first {
    case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"),
      UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ")"):
      return
    default:
      text.append(UInt8(ascii: " "))
    }
  }

  /// The tokens `range` as pieces.
  static func pieces(_ range: Range<Int>) -> TokenPieces {
    TokenPieces(tokens: range)
  }

  /// The pieces as a string.
  func text(of pieces: some Sequence<ClausePiece>, _ wording: Wording) -> String {
    var text = TextBuffer()
    render(pieces, wording, into: &text)
    return text.string()
  }

  /// Puts the first letter from byte `start` in upper case, as
  /// ``capitalised(_:)`` does for a string.
  static func capitalise(_ text: inout TextBuffer, from start: Int) {
    guard start < text.count else { return }
    guard text.isASCII(from: start, length: 2) else {
      let written = capitalised(text.string(from: start))
      text.removeAll(from: start)
      text.append(written)
      return
    }
    let first = text[start]
    if first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z") { text[start] = first - 32 }
  }
}
