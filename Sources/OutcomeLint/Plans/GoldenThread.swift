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
    // Number the aspirations' stems, and chain each stem's aspiration words
    // (first aspiration and first word at the head), so each outcome word's
    // stem is looked up once.
    var stemIDs: [String: Int32] = [:]
    var chainHeads: [Int32] = []
    var chain: [(aspiration: Int32, word: Int32, next: Int32)] = []
    for (aspirationIndex, aspiration) in aspirations.enumerated().reversed() {
      for (wordIndex, word) in aspiration.words.enumerated().reversed() {
        let id: Int32
        if let known = stemIDs[word.stem] {
          id = known
        } else {
          id = Int32(chainHeads.count)
          stemIDs[word.stem] = id
          chainHeads.append(-1)
        }
        chain.append((Int32(aspirationIndex), Int32(wordIndex), chainHeads[Int(id)]))
        chainHeads[Int(id)] = Int32(chain.count - 1)
      }
    }
    /// The index in aspiration `aspiration`'s words of the word with stem `id`, if any.
    func word(_ id: Int32, in aspiration: Int) -> Int? {
      var link = chainHeads[Int(id)]
      while link >= 0 {
        let entry = chain[Int(link)]
        if entry.aspiration == aspiration { return Int(entry.word) }
        link = entry.next
      }
      return nil
    }
    var links: [ThreadLink] = []
    var wordStems: [Int32] = []
    var purposeStems: [Int32] = []
    for (outcomeIndex, outcome) in outcomes.enumerated() {
      wordStems.removeAll(keepingCapacity: true)
      for word in outcome.all { wordStems.append(stemIDs[word.stem] ?? -1) }
      purposeStems.removeAll(keepingCapacity: true)
      if let purpose = outcome.purpose {
        for word in purpose { purposeStems.append(stemIDs[word.stem] ?? -1) }
      } else {
        purposeStems += wordStems
      }
      for (aspirationIndex, aspiration) in aspirations.enumerated() {
        var shared: [(outcome: String, aspiration: String)] = []
        var throughPurpose = false
        for (index, id) in wordStems.enumerated() where id >= 0 {
          guard let match = word(id, in: aspirationIndex) else { continue }
          shared.append((outcome.all[index].word, aspiration.words[match].word))
          if purposeStems.contains(id) { throughPurpose = true }
        }
        var themes: [(theme: ThreadTheme, outcome: String, aspiration: String)] = []
        for mention in outcome.themes where !themes.contains(where: { $0.theme == mention.theme }) {
          guard let shown = aspiration.themes.first(where: { $0.theme == mention.theme }) else {
            continue
          }
          themes.append((mention.theme, mention.words, shown.words))
        }
        guard !shared.isEmpty || !themes.isEmpty else { continue }
        links.append(
          ThreadLink(
            outcome: outcomeIndex, aspiration: aspirationIndex, words: shared, themes: themes,
            throughPurpose: throughPurpose))
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
