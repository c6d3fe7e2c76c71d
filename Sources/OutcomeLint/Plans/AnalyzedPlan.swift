/// What a plan rule reads: the plan, each outcome's analysis and facts, the
/// aspirations' content words and themes, and the golden thread between them. Built once
/// per plan; rules never re-read the text.
public struct AnalyzedPlan: Sendable {
  /// The plan as read.
  public let plan: Plan
  /// Each outcome's analysis, in plan order.
  public let outcomes: [OutcomeReport]
  /// Each outcome's plan-level facts, in plan order.
  public let facts: [OutcomeFacts]
  /// Each aspiration's content words, in plan order.
  public let aspirationWords: [[PlanWord]]
  /// The golden-thread themes each aspiration is about, in plan order.
  public let aspirationThemes: [[ThemeMention]]
  /// The links between outcomes and aspirations.
  public let thread: GoldenThread
  /// The vocabulary the facts were read with.
  public let vocabulary: PlanVocabulary

  /// Assembles an analysed plan from its parts.
  public init(
    plan: Plan, outcomes: [OutcomeReport], facts: [OutcomeFacts], aspirationWords: [[PlanWord]],
    aspirationThemes: [[ThemeMention]], vocabulary: PlanVocabulary
  ) {
    self.plan = plan
    self.outcomes = outcomes
    self.facts = facts
    self.aspirationWords = aspirationWords
    self.aspirationThemes = aspirationThemes
    self.vocabulary = vocabulary
    thread = GoldenThread(
      outcomes: facts.map { (all: $0.words, purpose: $0.purposeWords, themes: $0.threadThemes) },
      aspirations: zip(aspirationWords, aspirationThemes).map { (words: $0, themes: $1) })
  }

  /// Whether aspiration `index` says anything a link could be made on: a
  /// content word or a theme.
  public func hasContent(aspiration index: Int) -> Bool {
    !aspirationWords[index].isEmpty || !aspirationThemes[index].isEmpty
  }

  /// The child's name parts in lower case, for normalising duplicates.
  static func nameParts(_ child: String?) -> Set<String> {
    guard let child else { return [] }
    return Set(
      child.split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" }).map {
        $0.lowercased()
      })
  }
}
