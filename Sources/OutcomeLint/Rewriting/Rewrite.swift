/// A suggested rewrite of a weak outcome in the canonical shape "By (when),
/// (who) will be able to (do what) (how well or how often) so that (what
/// difference it makes)", with what it moved out and why it changed.
public struct Rewrite: Sendable, Equatable {
  /// The rewritten outcome, with bracketed prompts where a fact is unknown.
  public let text: String
  /// The prompts in ``text``, in order.
  public let prompts: [RewritePrompt]
  /// Provision taken out of the outcome, for Section F.
  public let movedToProvision: [String]
  /// Further outcomes the statement held, to be written on their own.
  public let separateOutcomes: [String]
  /// What changed, and why.
  public let changes: [RewriteChange]
  /// The voice it is written in.
  public let person: PersonStyle

  /// Creates a rewrite.
  public init(
    text: String, prompts: [RewritePrompt], movedToProvision: [String],
    separateOutcomes: [String], changes: [RewriteChange], person: PersonStyle
  ) {
    self.text = text
    self.prompts = prompts
    self.movedToProvision = movedToProvision
    self.separateOutcomes = separateOutcomes
    self.changes = changes
    self.person = person
  }

  /// The rewrite with every prompt replaced by its example, as a writer who
  /// took every suggestion would have it.
  public var filledText: String {
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
