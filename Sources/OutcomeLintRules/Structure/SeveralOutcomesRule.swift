import OutcomeLint

/// Flags a statement that strings several outcomes together.
public struct SeveralOutcomesRule: Rule {
  /// Creates the rule.
  public init() {}

  public static let description = RuleDescription(
    id: "several-outcomes",
    name: "Several outcomes in one statement",
    dimension: .clarity,
    severity: .error,
    summary:
      "Write one outcome per statement, so each can be reviewed on its own; split the others out or make them steps towards it.",
    guidance:
      "Council outcomes guidance (seed 003): outcomes are broken down into 'smaller shorter term targets. These ‘Steps Towards’ the outcomes should be set and reviewed regularly'; 'somewhere between 4 and 8 outcomes' each covering a need.",
    good: [
      Example(
        "By the end of Year 6, Ella will walk to the shop, choose a snack and pay for it on her own."
      ),
      Example(
        "By the end of Year 2, Omar will have two friends who he will play with at break time each day."
      ),
      Example(
        "By the end of Year 8, Maya will explain to her tutor how she can calm down and ask if she can take a break."
      ),
      Example(
        "By the end of Year 11, Reece will plan a trip to the cinema with two friends, checking the film times, agreeing a meeting point and paying for his own ticket."
      ),
    ],
    poor: [
      Example(
        "By the end of Year 6, Ella will walk to the shop on her own and ⟦she will⟧ read a chapter book each week."
      ),
      Example(
        "By the end of Year 2, Omar will play with a friend each day. ⟦He will⟧ also write his name."
      ),
      Example(
        "By the end of Year 11, Aidan will ⟦travel on his own, manage his money, cook his meals and find⟧ a job."
      ),
      Example(
        "By the end of Year 12, I will ⟦get the bus to college, make my packed lunch, open a bank account and book⟧ my own appointments."
      ),
    ]
  )

  /// A list of this many actions or more is several outcomes strung together
  /// ("will travel independently, manage his money, cook his own meals and
  /// find a job"); the guidance's own good example lists three ("dress for
  /// and travel to work, turn up to his shifts on time, and talk to customers").
  static let listedActions = 4

  public func check(_ outcome: AnalyzedOutcome, into findings: inout FindingCollector) {
    if let listed = listedActions(outcome), listed.count >= Self.listedActions {
      let span = outcome.document.span(ofTokens: listed.first..<(listed.last + 1))
      findings.report(
        "Several outcomes in one statement: ", .string(String(listed.count)),
        " separate actions are listed, from ", .quoted(span), about: outcome, at: span,
        suggestion: "Keep one outcome here; write the others as outcomes of their own")
    }
    let modals = outcome.anatomy.statementModals
    guard modals.count > 1 else { return }
    for modal in modals.dropFirst() {
      let subjectStart = max(0, modal.tokens.lowerBound - 1)
      let span = outcome.document.span(ofTokens: subjectStart..<modal.tokens.upperBound)
      findings.report(
        "Several outcomes in one statement: ", .quoted(span), " starts another", about: outcome,
        at: span, suggestion: "Split it into its own outcome, or make it a step towards this one")
    }
  }

  /// The actions listed in the main clause: how many, and the first tokens
  /// of the first and the last.
  private struct ListedActions {
    var count: Int
    var first: Int
    var last: Int
  }

  /// The actions of a list in the main clause, counted by their first
  /// tokens: the main verb, each verb opening a comma-separated item after
  /// it, and a verb after the final "and" of such a list. An "and" before the
  /// first comma joins verbs sharing an object ("dress for and travel to
  /// work"), not items; a participle after a finite main verb is a step of
  /// its action. Nil without a main verb.
  private func listedActions(_ outcome: AnalyzedOutcome) -> ListedActions? {
    let anatomy = outcome.anatomy
    let document = outcome.document
    guard let action = anatomy.action else { return nil }
    let tokens = document.tokens
    let isMain = anatomy.isMainToken
    let tokenCount = tokens.count
    let isCoordinator = { (index: Int) in
      index < tokenCount && document.hasHit(.functionWords, startingAt: index)
        && document.hitValueClass(.functionWords, startingAt: index) == .coordinator
    }
    // A participle after a finite verb is a step of its action ("plan a trip,
    // checking the film times and paying for his ticket"), not an action of
    // its own.
    let isParticiple = { (index: Int) in document.term(index).hasSuffix("ing") }
    let opensAction = { (index: Int) in
      index < tokenCount && isMain[index]
        && (document.hasHit(.observableVerbs, startingAt: index)
          || document.hasHit(.vagueVerbs, startingAt: index))
        && !(isParticiple(index) && !isParticiple(action.token))
    }
    var listed = ListedActions(count: 1, first: action.token, last: action.token)
    var finalAnd: Int?
    var index = action.token + 1
    while index < tokenCount, isMain[index] {
      if tokens[index].kind == .punctuation, document.isPunctuation(index, UInt8(ascii: ",")) {
        let next = isCoordinator(index + 1) ? index + 2 : index + 1
        if opensAction(next) {
          listed.count += 1
          listed.last = next
          finalAnd = nil
          index = next + 1
          continue
        }
      } else if listed.count > 1, isCoordinator(index), opensAction(index + 1) {
        finalAnd = index + 1
      }
      index += 1
    }
    if let finalAnd {
      listed.count += 1
      listed.last = finalAnd
    }
    return listed
  }
}
