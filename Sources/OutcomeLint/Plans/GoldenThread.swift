/// The links between a plan's aspirations (Section A) and its outcomes
/// (Section E), found by shared content words after stemming and stop-word
/// removal. An outcome counts as linked when its purpose clause shares a word
/// with some aspiration (its whole text when it has no purpose clause); an
/// aspiration counts as served when any part of some outcome shares a word
/// with it.
public struct GoldenThread: Sendable {
  /// Every outcome-aspiration pair that shares a word, outcome by outcome.
  public let links: [ThreadLink]
  private let outcomeCount: Int
  private let aspirationCount: Int

  /// Links `outcomes` (all their words, and their purpose words) to `aspirations`.
  public init(
    outcomes: [(all: [PlanWord], purpose: [PlanWord]?)], aspirations: [[PlanWord]]
  ) {
    var links: [ThreadLink] = []
    for (outcomeIndex, outcome) in outcomes.enumerated() {
      for (aspirationIndex, aspiration) in aspirations.enumerated() {
        let byStem = Dictionary(aspiration.map { ($0.stem, $0.word) }) { first, _ in first }
        let shared = outcome.all.compactMap { word in
          byStem[word.stem].map { (outcome: word.word, aspiration: $0) }
        }
        guard !shared.isEmpty else { continue }
        let purposeStems = Set((outcome.purpose ?? outcome.all).map(\.stem))
        links.append(
          ThreadLink(
            outcome: outcomeIndex, aspiration: aspirationIndex, words: shared,
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

  /// Whether outcome `index`'s purpose links to some aspiration.
  public func isLinked(outcome index: Int) -> Bool {
    links.contains { $0.outcome == index && $0.throughPurpose }
  }

  /// Whether some outcome serves aspiration `index`.
  public func isServed(aspiration index: Int) -> Bool {
    links.contains { $0.aspiration == index }
  }
}
