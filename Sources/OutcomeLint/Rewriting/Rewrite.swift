/// A suggested rewrite of a weak outcome in the canonical shape "By (when),
/// (who) will be able to (do what) (how well or how often) so that (what
/// difference it makes)", with what it moved out and why it changed.
///
/// Its texts are kept as the rewriter wrote them, in one UTF-8 buffer: the
/// `forEach…` and `with…` methods read them in place; the properties make
/// strings.
public struct Rewrite: Sendable, Equatable {
  /// The draft that wrote it, which keeps its texts.
  private let draft: RewriteDraft

  init(draft: RewriteDraft) {
    self.draft = draft
  }

  /// The voice it is written in.
  public var person: PersonStyle { draft.person }
  /// The rewritten outcome, with bracketed prompts where a fact is unknown.
  public var text: String { draft.record.bytes.string(draft.record.text) }
  /// The prompts in ``text``, in order.
  public var prompts: [RewritePrompt] {
    var prompts: [RewritePrompt] = []
    draft.forEachPromptInText { index in
      let written = draft.writtenPrompts[index]
      prompts.append(
        RewritePrompt(
          written.slot, label: draft.record.bytes.string(written.label),
          hint: written.hint.map { draft.record.bytes.string($0) },
          example: draft.record.bytes.string(written.example)))
    }
    return prompts
  }
  /// Provision taken out of the outcome, for Section F.
  public var movedToProvision: [String] {
    draft.record.moved.map { draft.record.bytes.string($0) }
  }
  /// Further outcomes the statement held, to be written on their own.
  public var separateOutcomes: [String] {
    draft.record.separate.map { draft.record.bytes.string($0) }
  }
  /// What changed, and why.
  public var changes: [RewriteChange] {
    draft.record.changes.map { change in
      let reason: String
      switch change.reason {
      case .fixed(let text): reason = text.description
      case .written(let range): reason = draft.record.bytes.string(range)
      }
      return RewriteChange(
        dimension: change.dimension, rule: change.rule?._withUnsafeGuaranteedRef { $0.id },
        change: draft.record.bytes.string(change.text), reason: reason)
    }
  }

  /// Calls `body` with the UTF-8 of ``text``, read in place.
  public func withTextUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    draft.record.bytes.withBytes(draft.record.text, body)
  }

  /// Calls `body` with the UTF-8 of each of ``movedToProvision``, read in place.
  public func forEachMovedToProvision(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    for index in draft.record.moved.indices {
      draft.record.bytes.withBytes(draft.record.moved[index], body)
    }
  }

  /// Calls `body` with the UTF-8 of each of ``separateOutcomes``, read in place.
  public func forEachSeparateOutcome(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    for index in draft.record.separate.indices {
      draft.record.bytes.withBytes(draft.record.separate[index], body)
    }
  }

  /// Calls `body` with each of ``prompts``: its slot, and the UTF-8 of its
  /// text and its example, read in place.
  public func forEachPrompt(
    _ body: (
      _ slot: RewritePrompt.Slot, _ text: UnsafeBufferPointer<UInt8>,
      _ example: UnsafeBufferPointer<UInt8>
    ) -> Void
  ) {
    draft.forEachPromptInText { index in
      let written = draft.writtenPrompts[index]
      draft.record.bytes.withBytes(written.text) { text in
        draft.record.bytes.withBytes(written.example) { body(written.slot, text, $0) }
      }
    }
  }

  /// Calls `body` with each of ``changes``: its dimension, its rule's id (if
  /// any) as a quoted JSON string in UTF-8, quoted once per program, and the
  /// UTF-8 of its change and its reason, read in place.
  public func forEachChange(
    _ body: (
      _ dimension: Dimension, _ quotedRule: UnsafeBufferPointer<UInt8>?,
      _ change: UnsafeBufferPointer<UInt8>, _ reason: UnsafeBufferPointer<UInt8>
    ) -> Void
  ) {
    draft.record.bytes.withBytes(0..<draft.record.bytes.count) { bytes in
      for index in draft.record.changes.indices {
        let change = draft.record.changes[index]
        let rule = change.rule?._withUnsafeGuaranteedRef { $0.quotedID }
        let text = UnsafeBufferPointer(rebasing: bytes[change.text])
        switch change.reason {
        case .fixed(let reason):
          reason.withUTF8Buffer { body(change.dimension, rule, text, $0) }
        case .written(let range):
          body(change.dimension, rule, text, UnsafeBufferPointer(rebasing: bytes[range]))
        }
      }
    }
  }

  public static func == (lhs: Rewrite, rhs: Rewrite) -> Bool {
    lhs.person == rhs.person && lhs.text == rhs.text && lhs.prompts == rhs.prompts
      && lhs.movedToProvision == rhs.movedToProvision
      && lhs.separateOutcomes == rhs.separateOutcomes && lhs.changes == rhs.changes
  }

  /// The rewrite with every prompt replaced by its example, as a writer who
  /// took every suggestion would have it.
  public var filledText: String {
    let text = text
    var result = ""
    var rest = text[...]
    for prompt in prompts {
      guard let range = rest.firstRange(of: prompt.text) else { continue }
      result += rest[..<range.lowerBound]
      result += range.lowerBound == text.startIndex ? prompt.filled : lowered(prompt.filled)
      rest = rest[range.upperBound...]
    }
    return result + rest
  }

  /// Mid-sentence, a "By" connective is written lower case.
  private func lowered(_ filled: String) -> String {
    filled.hasPrefix("By ") ? "by" + filled.dropFirst(2) : filled
  }
}
