/// The working state of one rewrite: which tokens of the original stay, what
/// replaces them, what moves out, and the changes made so far. Built by
/// ``Rewriter`` for one outcome and discarded after.
struct RewriteDraft {
  /// Example answers the prompts offer when nothing in the outcome suggests one.
  enum Defaults {
    static let deadline = "the end of Key Stage 2"
    static let name = "Sam"
    static let action = "ask for help"
    static let occasions = "on 4 out of 5 occasions"
    static let lessons = "in 4 out of 5 lessons"
    static let context = "at home or at school"
    static let difference = "can do this without waiting for an adult"
  }

  let report: OutcomeReport
  let document: Document
  let anatomy: OutcomeAnatomy
  let verbs: VerbForms
  /// Prompts already in the text (from an earlier rewrite).
  let prompts: [PromptSpan]
  /// For each token, whether it lies inside one of ``prompts``.
  let inPrompt: [Bool]
  /// The voice the rewrite is written in.
  let person: PersonStyle
  /// The voice the original is written in.
  let originalPerson: PersonStyle

  var changes: [RewriteChange] = []
  var moved: [String] = []
  var separate: [String] = []
  /// Jargon expansions, used everywhere including text moved to Section F.
  var jargon: [Int: String] = [:]
  /// Every substitution in the rewrite itself (jargon, person, verb forms).
  var substitutions: [Int: String] = [:]
  /// An example criterion suggested by wording the rewrite took out ("in all lessons").
  var criterionExample: String?
  /// What the person wishes for, from a statement of aspiration taken out
  /// ("be a footballer"), to suggest as the difference the outcome makes.
  var aspirationExample: String?

  init(report: OutcomeReport, person requested: PersonStyle?) {
    self.report = report
    document = report.outcome.document
    anatomy = report.outcome.anatomy
    verbs = VerbForms(lexicons: document.lexicons)
    prompts = PromptSpan.find(in: document)
    var inPrompt = Array(repeating: false, count: document.tokens.count)
    for prompt in prompts {
      for index in prompt.tokens { inPrompt[index] = true }
    }
    self.inPrompt = inPrompt
    let original = Self.person(of: anatomy, document, inPrompt)
    originalPerson = original
    person = requested ?? original
  }

  /// The voice of the original: first person when its subject, or a
  /// subject-less statement's own words, say "I" or "my".
  private static func person(of anatomy: OutcomeAnatomy, _ document: Document, _ inPrompt: [Bool])
    -> PersonStyle
  {
    switch anatomy.subject.kind {
    case .firstPerson: return .first
    case .namedChild, .pronoun, .genericChild: return .third
    case .service, .implicit, .none:
      let firstWords: Set<String> = ["i", "me", "my", "myself", "mine", "i'm"]
      let sayFirst = document.tokens.indices.contains { index in
        anatomy.isMainToken[index] && !inPrompt[index]
          && firstWords.contains(document.text(document.tokens[index].span).lowercased())
      }
      return sayFirst ? .first : .third
    }
  }

  // MARK: Reading the original

  /// The first finding of `rule` that is not about the words of a prompt.
  func finding(_ rule: String) -> Finding? { findings(rule).first }

  /// The findings of `rule` that are not about the words of a prompt.
  func findings(_ rule: String) -> [Finding] {
    guard !prompts.isEmpty else { return report.findings.filter { $0.rule == rule } }
    let whole = document.trimmedSpan
    return report.findings.filter { finding in
      finding.rule == rule
        && (finding.span == whole
          || !prompts.contains { document.span(ofTokens: $0.tokens).overlaps(finding.span) })
    }
  }

  /// The matches of `kind` outside prompts.
  func hits(_ kind: LexiconKind) -> [LexiconHit] {
    guard !prompts.isEmpty else { return Array(document.hits(kind)) }
    return document.hits(kind).filter { hit in !hit.tokens.contains { inPrompt[$0] } }
  }

  /// The match of `kind` starting at token `index`, if any.
  func hit(_ kind: LexiconKind, at index: Int) -> LexiconHit? {
    guard let hit = document.hit(kind, startingAt: index) else { return nil }
    return hit.tokens.contains { inPrompt[$0] } ? nil : hit
  }

  /// The prompt already written for `slot`, if any.
  func existing(_ slot: RewritePrompt.Slot) -> PromptSpan? {
    prompts.first { $0.prompt.slot == slot }
  }

  /// The token's text in lower case.
  func word(_ index: Int) -> String {
    document.text(document.tokens[index].span).lowercased()
  }

  /// The original text of a span, for quoting in prompts and changes.
  func quote(_ span: TextSpan) -> String { document.text(span) }

  /// The first token starting at or after byte `offset`.
  func token(atByte offset: Int) -> Int? {
    document.tokens.firstIndex { Int($0.start) >= offset }
  }

  /// Records a change.
  mutating func note(
    _ dimension: Dimension, _ rule: String?, _ change: String, because reason: String
  ) {
    changes.append(RewriteChange(dimension: dimension, rule: rule, change: change, reason: reason))
  }

  /// Records a change answering `finding`, if the finding exists.
  mutating func note(_ change: String, answering finding: Finding?) {
    guard let finding else { return }
    note(finding.dimension, finding.rule, change, because: finding.message)
  }

  /// Text with its first letter in upper case.
  static func capitalised(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }
}
