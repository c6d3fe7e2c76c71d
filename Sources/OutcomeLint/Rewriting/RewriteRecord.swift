/// A rewrite as its draft wrote it: every text it wrote (the rewrite, what
/// moved to Section F, the outcomes split off, the changes) as UTF-8 in one
/// buffer, read in place by writers and made into strings only when asked,
/// and the findings its changes answer. Filled by one draft, one step at a
/// time, then never changed: so it is shared between threads unchecked.
final class RewriteRecord: @unchecked Sendable {
  /// Why a change was made.
  enum Reason {
    /// The message of the report's finding at this index.
    case finding(Int)
    /// Guidance fixed when the program is built.
    case fixed(StaticString)
    /// Guidance written in ``RewriteRecord/bytes``.
    case written(Range<Int>)
  }

  /// One change: what it answers and where its text is.
  struct Change {
    /// The dimension the change improves.
    let dimension: Dimension
    /// The index of the finding whose rule it answers, if any.
    let rule: Int?
    /// Why it was made.
    let reason: Reason
    /// Its text's bytes.
    let text: Range<Int>
  }

  /// A prompt and where it is written in the rewrite's text.
  struct WrittenPrompt {
    /// The prompt.
    let prompt: RewritePrompt
    /// The whole prompt as written, "[" to "]".
    let text: Range<Int>
    /// Its example, at the end of ``text``.
    let example: Range<Int>
  }

  /// The report's findings, which the changes answer.
  let findings: [Finding]
  /// Every text written.
  @exclusivity(unchecked) var bytes: TextBuffer
  /// The rewrite's text.
  @exclusivity(unchecked) var text = 0..<0
  /// Each text moved to Section F.
  @exclusivity(unchecked) var moved: [Range<Int>] = []
  /// Each outcome split off.
  @exclusivity(unchecked) var separate: [Range<Int>] = []
  /// What changed, and why.
  @exclusivity(unchecked) var changes: [Change] = []
  /// The prompts in the rewrite's text, in order.
  @exclusivity(unchecked) var prompts: [WrittenPrompt] = []

  /// An empty record for a rewrite answering `findings`, with room for
  /// `capacity` bytes before its buffer grows.
  init(findings: [Finding], capacity: Int) {
    self.findings = findings
    bytes = TextBuffer(capacity: capacity)
  }

  /// The rule id of `change`, if it answers a finding.
  func rule(of change: Change) -> String? {
    change.rule.map { findings[$0].stamp.id }
  }

  /// The reason of `change` as a string.
  func reason(of change: Change) -> String {
    switch change.reason {
    case .finding(let index): findings[index].message
    case .fixed(let text): text.description
    case .written(let range): bytes.string(range)
    }
  }
}
