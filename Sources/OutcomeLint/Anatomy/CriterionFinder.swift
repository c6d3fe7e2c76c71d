/// Finds success criteria: criteria-lexicon phrases outside the timeframe,
/// but no quantity inside provision ("two 30-minute sessions");
/// counted quantities in the main clause ("2 friends", "10 key words") that
/// are not counting provision; either with a qualifier before it ("at least
/// 4 out of 5 sessions", "at least 3 words"); "each" or "every" before a word
/// ("every Tuesday", "each shift"); and absolutes ("always", "in all
/// lessons"), which are criteria even when unrealistic ones.
enum CriterionFinder {
  /// Words that make the share after them a share of occasions ("in 4 out
  /// of 5 activities", "on 3 of 5 days", "for 80% of the day") rather than a
  /// level to reach ("to above 90%").
  static let occasionLeads: [StaticString] = ["in", "on", "during", "across", "for"]

  /// The criteria of `document` in text order, built in storage recycled
  /// from `storage`; `candidates` is a worker's scratch for them unsorted.
  static func find(
    in document: Document, regions: TokenRegions, provision: [ProvisionMention],
    storage: inout [Criterion], candidates criteria: inout [Criterion]
  ) -> [Criterion] {
    criteria.removeAll(keepingCapacity: true)
    for hit in document.hits(.criteria) {
      let value = document.valueClass(hit)
      guard !hit.tokens.contains(where: { regions.isTimeframe($0) }),
        let kind = Criterion.Kind(value),
        kind != .quantity || !provision.contains(where: { $0.hit.span.contains(hit.span) })
      else { continue }
      criteria.append(
        Criterion(
          kind: kind, span: hit.span, tokens: hit.tokens, setsLevel: Criterion.setsLevel(value)))
    }
    for index in document.tokens.indices where document.tokens[index].kind == .number {
      guard regions.isMain(index), index + 1 < document.tokens.count,
        document.tokens[index + 1].kind == .word || document.tokens[index + 1].kind == .number,
        // "Maisie from Class 4 will…" counts nothing.
        !document.hasHit(.modals, startingAt: index + 1),
        !criteria.contains(where: { $0.tokens.contains(index) }),
        !provision.contains(where: {
          $0.hit.tokens.contains(index) || $0.hit.tokens.contains(index + 1)
        })
      else { continue }
      let range = index..<(index + 2)
      criteria.append(
        Criterion(
          kind: .quantity, span: document.span(ofTokens: range), tokens: range, setsLevel: true))
    }
    joinQualifiers(in: document, regions: regions, provision: provision, to: &criteria)
    for index in criteria.indices where criteria[index].kind == .proportion {
      let criterion = criteria[index]
      let start = criterion.tokens.lowerBound
      guard criterion.setsLevel, start > 0,
        occasionLeads.contains(where: { document.isWord(start - 1, $0) })
      else { continue }
      criteria[index] = Criterion(
        kind: .proportion, span: criterion.span, tokens: criterion.tokens, setsLevel: false)
    }
    for hit in document.hits(.functionWords) where document.valueClass(hit) == .distributive {
      let next = hit.tokens.upperBound
      guard next < document.tokens.count, document.tokens[next].kind == .word,
        !regions.isTimeframe(hit.tokens.lowerBound),
        !criteria.contains(where: { $0.tokens.contains(hit.tokens.lowerBound) })
      else { continue }
      let range = hit.tokens.lowerBound..<(next + 1)
      criteria.append(
        Criterion(
          kind: .frequency, span: document.span(ofTokens: range), tokens: range, setsLevel: false))
    }
    for hit in document.hits(.absolutes)
    where regions.isMain(hit.tokens.lowerBound)
      && !criteria.contains(where: { $0.tokens.contains(hit.tokens.lowerBound) })
    {
      criteria.append(
        Criterion(kind: .frequency, span: hit.span, tokens: hit.tokens, setsLevel: false))
    }
    criteria.sort { $0.span < $1.span }
    return [Criterion].refilling(&storage) { $0.append(contentsOf: criteria) }
  }

  /// Joins each qualifier ("at least", "no fewer than") to what follows it:
  /// a criterion starting right after it grows to take it in ("at least 4
  /// out of 5 sessions" stays a proportion), and a number of its own, not
  /// counting provision, becomes a quantity ("at least 3"). A qualifier is a
  /// lexicon entry of its own because one lexicon's matches may not overlap:
  /// as part of "at least #" it took the number that "# out of # sessions"
  /// starts with, and left "5 sessions" reading as a service's delivery.
  private static func joinQualifiers(
    in document: Document, regions: TokenRegions, provision: [ProvisionMention],
    to criteria: inout [Criterion]
  ) {
    for hit in document.hits(.criteria) where document.valueClass(hit) == .qualifier {
      let next = hit.tokens.upperBound
      guard next < document.tokens.count, !regions.isTimeframe(next) else { continue }
      if let joined = criteria.firstIndex(where: { $0.tokens.lowerBound == next }) {
        let tokens = hit.tokens.lowerBound..<criteria[joined].tokens.upperBound
        criteria[joined] = Criterion(
          kind: criteria[joined].kind, span: document.span(ofTokens: tokens), tokens: tokens,
          setsLevel: criteria[joined].setsLevel)
      } else if document.tokens[next].kind == .number,
        !provision.contains(where: { $0.hit.tokens.contains(next) })
      {
        let tokens = hit.tokens.lowerBound..<(next + 1)
        criteria.append(
          Criterion(
            kind: .quantity, span: document.span(ofTokens: tokens), tokens: tokens,
            setsLevel: true))
      }
    }
  }
}
