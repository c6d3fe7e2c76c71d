/// Finds the main verb after the modal, skipping ability markers ("be able
/// to"), passive-support phrases ("be supported to"), one-word absolutes
/// ("always", "never") and adverbs. Where the clause opens with the name of a
/// service ("Travel training twice a week"), there is no action: its first
/// word is part of the service's name, not a verb.
enum ActionFinder {
  static func find(
    in document: Document, after start: Int?, regions: TokenRegions,
    passive: ArraySlice<LexiconHit>
  ) -> Action? {
    guard var index = start else { return nil }
    while index < document.tokens.count {
      if let skip = skippable(at: index, document, passive: passive) {
        index = skip.tokens.upperBound
        continue
      }
      let token = document.tokens[index]
      if token.kind != .word || !regions.isMain(index) || isAdverb(document, index) {
        index += 1
        continue
      }
      if namesAService(document, at: index) { return nil }
      return Action(
        verb: token.span, token: index, observability: observability(at: index, document))
    }
    return nil
  }

  /// The ability marker, passive-support phrase or one-word absolute
  /// starting at token `index`, in that order of preference, if any.
  private static func skippable(
    at index: Int, _ document: Document, passive: ArraySlice<LexiconHit>
  )
    -> LexiconHit?
  {
    if let ability = document.hit(.modals, startingAt: index),
      document.valueClass(ability) == .ability
    {
      return ability
    }
    if let support = passive.first(where: { $0.tokens.lowerBound == index }) { return support }
    if let adverb = document.hit(.absolutes, startingAt: index), adverb.tokens.count == 1 {
      return adverb
    }
    return nil
  }

  private static func observability(at index: Int, _ document: Document) -> Action.Observability {
    let startsAt = { (kind: LexiconKind) in document.hasHit(kind, startingAt: index) }
    if startsAt(.vagueVerbs) { return .vague }
    if startsAt(.observableVerbs) { return .observable }
    return .unknown
  }

  /// Whether a service's name of two or more words ("travel training",
  /// "speech therapy") starts at token `index`.
  private static func namesAService(_ document: Document, at index: Int) -> Bool {
    guard let hit = document.hit(.provision, startingAt: index) else { return false }
    return hit.tokens.count >= 2 && document.valueClass(hit) != .delivery
  }

  /// "independently", "accurately": words ending in -ly that are not verbs.
  private static func isAdverb(_ document: Document, _ index: Int) -> Bool {
    let token = document.tokens[index]
    guard token.end - token.start > 4 else { return false }
    let last = document.bytes[Int(token.end) - 1] | 0x20
    let before = document.bytes[Int(token.end) - 2] | 0x20
    return before == UInt8(ascii: "l") && last == UInt8(ascii: "y")
      && !document.hasHit(.observableVerbs, startingAt: index)
  }
}
