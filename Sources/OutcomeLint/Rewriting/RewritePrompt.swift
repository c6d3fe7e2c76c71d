/// A bracketed gap in a suggested rewrite, for the writer to fill in: the
/// rewriter never invents a fact it cannot read from the original.
///
/// Written `[label: e.g. example]` or `[label: hint, e.g. example]`, for
/// instance `[by when: e.g. the end of Key Stage 2]`. The example is what the
/// tests put in its place to check the rewrite's shape.
public struct RewritePrompt: Sendable, Equatable {
  /// The part of the canonical shape a prompt stands for.
  public enum Slot: String, Sendable, CaseIterable {
    /// By when ("[by when: …]"), standing for the whole opening "By …".
    case when
    /// Who: the person's name.
    case who
    /// The observable action.
    case action
    /// Where, when or with whom.
    case context
    /// How you will know: how often, how well, how independently.
    case criterion
    /// The difference it makes, standing for the whole "so that …" clause.
    case purpose

    /// The label a prompt for this slot starts with.
    public var label: String { fixedLabel.description }

    /// ``label``, fixed when the program is built.
    var fixedLabel: StaticString {
      switch self {
      case .when: "by when"
      case .who: "name"
      case .action: "do what"
      case .context: "where, when or with whom"
      case .criterion: "how you will know"
      case .purpose: "so that"
      }
    }

    /// Words the slot's prompt stands for besides its example ("By", "so that").
    var connective: String? {
      switch self {
      case .when: "By"
      case .purpose: "so that"
      case .who, .action, .context, .criterion: nil
      }
    }
  }

  /// Which part of the outcome it asks for.
  public let slot: Slot
  /// The label, starting with the slot's label ("do what instead of 'improve'").
  public let label: String
  /// What to write about, when the label alone does not say ("the difference it makes").
  public let hint: String?
  /// An example answer ("the end of Key Stage 2").
  public let example: String

  /// Creates a prompt with the slot's plain label.
  public init(_ slot: Slot, hint: String? = nil, example: String) {
    self.init(slot, label: slot.label, hint: hint, example: example)
  }

  /// Creates a prompt with a fuller label, which must start with the slot's label.
  public init(_ slot: Slot, label: String, hint: String? = nil, example: String) {
    self.slot = slot
    self.label = label
    self.hint = hint
    self.example = example
  }

  /// The prompt as written in the rewrite.
  public var text: String {
    var text = TextBuffer(capacity: textCount)
    appendText(to: &text)
    return text.string()
  }

  /// Appends ``text``.
  func appendText(to text: inout TextBuffer) {
    forEachPart {
      text.append($0)
    } text: {
      text.append($0)
    }
  }

  /// Calls `fixed` or `text` with each part of ``text`` in turn ("[", the
  /// label, ": ", …), so a writer can write the text without it being made.
  /// The fixed parts are plain ASCII, with no quote or backslash.
  public func forEachPart(fixed: (StaticString) -> Void, text: (String) -> Void) {
    fixed("[")
    text(label)
    fixed(": ")
    if let hint {
      text(hint)
      fixed(", ")
    }
    fixed("e.g. ")
    text(example)
    fixed("]")
  }

  /// The most UTF-8 bytes ``text`` takes.
  public var textCount: Int {
    label.utf8.count + (hint?.utf8.count ?? 0) + example.utf8.count + 12
  }

  /// What the prompt becomes when its example is taken: the example, with the
  /// words the prompt stands for ("By the end of Key Stage 2").
  public var filled: String {
    slot.connective.map { "\($0) \(example)" } ?? example
  }

  /// Reads a prompt back from its written form, or nil when `text` is not one.
  public static func parse(_ text: String) -> RewritePrompt? {
    guard text.hasPrefix("["), text.hasSuffix("]"),
      let colon = text.firstRange(of: ": ")
    else { return nil }
    let label = String(text[text.index(after: text.startIndex)..<colon.lowerBound])
    guard let slot = Slot.allCases.first(where: { label.hasPrefix($0.label) }) else { return nil }
    let body = text[colon.upperBound..<text.index(before: text.endIndex)]
    if body.hasPrefix("e.g. ") {
      return RewritePrompt(slot, label: label, example: String(body.dropFirst(5)))
    }
    guard let marker = body.firstRange(of: ", e.g. ") else { return nil }
    return RewritePrompt(
      slot, label: label, hint: String(body[..<marker.lowerBound]),
      example: String(body[marker.upperBound...]))
  }
}
