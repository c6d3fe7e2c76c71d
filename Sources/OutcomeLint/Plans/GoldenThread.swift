/// The links between a plan's aspirations (Section A) and its outcomes
/// (Section E). An outcome and an aspiration are linked when they share a
/// content word (after stemming and stop-word removal) or a theme (see
/// ``ThreadTheme``). An outcome counts as linked when its purpose clause (its
/// whole text when it has none) shares a word with some aspiration, or the
/// outcome shares a theme with one; an aspiration counts as served when some
/// outcome is linked to it in either way.
public struct GoldenThread: Sendable {
  /// Every outcome-aspiration pair that shares a word or a theme, outcome by outcome.
  public let links: [ThreadLink]
  private let outcomeCount: Int
  private let aspirationCount: Int

  /// Links `outcomes` (all their words, their purpose words and their themes)
  /// to `aspirations` (their words and themes).
  public init(
    outcomes: [(all: [PlanWord], purpose: [PlanWord]?, themes: [ThemeMention])],
    aspirations: [(words: [PlanWord], themes: [ThemeMention])]
  ) {
    var links: [ThreadLink] = []
    for (outcomeIndex, outcome) in outcomes.enumerated() {
      for (aspirationIndex, aspiration) in aspirations.enumerated() {
        let byStem = Dictionary(aspiration.words.map { ($0.stem, $0.word) }) { first, _ in first }
        let shared = outcome.all.compactMap { word in
          byStem[word.stem].map { (outcome: word.word, aspiration: $0) }
        }
        var seen: Set<ThreadTheme> = []
        let themes = outcome.themes.compactMap { mention in
          aspiration.themes.first { $0.theme == mention.theme }.flatMap { shown in
            seen.insert(mention.theme).inserted
              ? (theme: mention.theme, outcome: mention.words, aspiration: shown.words) : nil
          }
        }
        guard !shared.isEmpty || !themes.isEmpty else { continue }
        let purposeStems = Set((outcome.purpose ?? outcome.all).map(\.stem))
        links.append(
          ThreadLink(
            outcome: outcomeIndex, aspiration: aspirationIndex, words: shared, themes: themes,
            throughPurpose: outcome.all.contains {
              byStem[$0.stem] != nil && purposeStems.contains($0.stem)
            }))
      }
    }
    self.links = links
    outcomeCount = outcomes.count
    aspirationCount = aspirations.count
  }

  /// The links of outcome `index`.
  public func links(ofOutcome index: Int) -> [ThreadLink] {
    links.filter { $0.outcome == index }
  }

  /// The links of aspiration `index`.
  public func links(ofAspiration index: Int) -> [ThreadLink] {
    links.filter { $0.aspiration == index }
  }

  /// Whether outcome `index` links to some aspiration: a word of its purpose,
  /// or a theme.
  public func isLinked(outcome index: Int) -> Bool {
    links.contains { $0.outcome == index && ($0.throughPurpose || !$0.themes.isEmpty) }
  }

  /// Whether some outcome serves aspiration `index`.
  public func isServed(aspiration index: Int) -> Bool {
    links.contains { $0.aspiration == index }
  }
}
