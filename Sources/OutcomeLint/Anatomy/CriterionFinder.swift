/// Finds success criteria: criteria-lexicon phrases outside the timeframe,
/// and counted quantities in the main clause ("2 friends", "10 key words")
/// that are not counting provision.
enum CriterionFinder {
  static func find(in document: Document, regions: TokenRegions, provision: [ProvisionMention])
    -> [Criterion]
  {
    var criteria: [Criterion] = document.hits(.criteria).compactMap { hit in
      guard !hit.tokens.contains(where: { regions.isTimeframe[$0] }),
        let kind = Criterion.Kind(rawValue: hit.entry.value)
      else { return nil }
      return Criterion(kind: kind, span: hit.span, tokens: hit.tokens)
    }
    for index in document.tokens.indices where document.tokens[index].kind == .number {
      guard regions.isMain[index], index + 1 < document.tokens.count,
        document.tokens[index + 1].kind == .word,
        !criteria.contains(where: { $0.tokens.contains(index) }),
        !provision.contains(where: {
          $0.hit.tokens.contains(index) || $0.hit.tokens.contains(index + 1)
        })
      else { continue }
      let range = index..<(index + 2)
      criteria.append(
        Criterion(kind: .quantity, span: document.span(ofTokens: range), tokens: range))
    }
    return criteria.sorted { $0.span < $1.span }
  }
}
