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
        index = pastAgent(after: skip, document, regions: regions) ?? skip.tokens.upperBound
        continue
      }
      let token = document.tokens[index]
      if token.kind != .word || !regions.isMain(index) || isAdverb(document, index) {
        index += 1
        continue
      }
      if namesAService(document, at: index) { return nil }
      if let delegated = delegatedAction(handedOnAt: index, document, regions: regions) {
        return delegated
      }
      return Action(
        verb: wholeWord(at: index, document), token: index,
        observability: observability(at: index, document))
    }
    return nil
  }

  /// The span of the word at token `index`, with any parts it is hyphened to
  /// ("self-catheterise"), so a finding quotes the whole verb.
  private static func wholeWord(at index: Int, _ document: Document) -> TextSpan {
    var end = index
    while document.isHyphenJoiningWords(end + 1) {
      end += 2
    }
    return end == index ? document.tokens[index].span : document.span(ofTokens: index..<(end + 1))
  }

  /// Where the person's own verb starts after passive support naming who
  /// gives it ("will be helped by his teacher to [read]"): just past the
  /// ``PassiveAgent`` "to", when the agent is in the main clause. Nil when
  /// `support` names no agent (the next word is then read as the action).
  private static func pastAgent(
    after support: LexiconHit, _ document: Document, regions: TokenRegions
  ) -> Int? {
    guard let to = PassiveAgent.end(after: support, in: document),
      (support.tokens.upperBound...to).allSatisfy({ regions.isMain($0) })
    else { return nil }
    return to + 1
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

  /// The person's action a service's verb hands on ("will ensure that
  /// Hiroshi takes part…", "will make sure Esme can use a spoon…"): the
  /// verb after the person, who is named in one to three words, past a modal
  /// or ability marker. Nil when the verb at `index` hands nothing on, or
  /// hands on provision.
  private static func delegatedAction(
    handedOnAt index: Int, _ document: Document, regions: TokenRegions
  ) -> Action? {
    // "ensure" and "make sure" are service actions: most verbs are not.
    guard document.hasHit(.serviceActions, startingAt: index) else { return nil }
    var person: Int
    if document.isWord(index, "ensure") || document.isWord(index, "ensures") {
      person = index + 1
    } else if document.isWord(index, "make") || document.isWord(index, "makes"),
      index + 1 < document.tokens.count, document.isWord(index + 1, "sure")
    {
      person = index + 2
    } else {
      return nil
    }
    if person < document.tokens.count, document.isWord(person, "that") { person += 1 }
    guard person < document.tokens.count, namesAPerson(person, document) else { return nil }
    var verb = person + 1
    while verb < document.tokens.count, verb <= person + 3, regions.isMain(verb),
      document.tokens[verb].kind == .word
    {
      if let modal = document.hit(.modals, startingAt: verb) {
        verb = modal.tokens.upperBound
        continue
      }
      let observability = observability(at: verb, document)
      guard observability != .unknown else {
        verb += 1
        continue
      }
      // Provision handed on ("ensure that Bethan has access to…") is still provision.
      if document.hits(.provision).contains(where: { $0.tokens.contains(verb) }) { return nil }
      return Action(
        verb: document.tokens[verb].span, token: verb, observability: observability,
        delegatedBy: document.tokens[index].span)
    }
    return nil
  }

  /// Whether a person is named at token `index`: a name, a pronoun or a
  /// reference such as "the pupil"; not a possessive ("Quinn's strategies").
  private static func namesAPerson(_ index: Int, _ document: Document) -> Bool {
    guard SubjectFinder.isNameLike(document.tokens[index]) else {
      return document.hasHit(.personReferences, startingAt: index)
    }
    return !document.isPossessive(index)
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
