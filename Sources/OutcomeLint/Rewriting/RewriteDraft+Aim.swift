extension RewriteDraft {
  /// What a statement of support (provision, or support given to the person)
  /// says the support is for: "to help him with his coordination". It names
  /// the skill the support works on, not the difference the outcome makes,
  /// so the rewrite does not keep it as the purpose: the skill goes with what
  /// the person will do, when that is a prompt to fill in, and the purpose
  /// becomes a prompt.
  struct Aim {
    /// The aim's tokens, from "to" or the purpose connective to where it ends.
    var tokens: Range<Int>
    /// The skill it names, from "with": "with his coordination".
    var skill: Range<Int>
    /// Where a purpose straight after the aim starts ("… so that she can catch up"), if one does.
    var purposeAfter: Int?
  }

  /// Why an aim is not kept as the purpose.
  private static let aimReason: DraftText =
    "Council outcomes guidance (seed 003): good outcomes have 'the benefit of them being achieved e.g. ‘so that…’ or ‘in order to…’'; what the support helps with is the skill to work on, not that benefit"

  private static let objectPronouns: [StaticString] = ["him", "her", "them", "me", "us"]

  /// The aim of the support in a statement of provision or passive support:
  /// a support verb ("help", "support") after "to" in the main clause or in
  /// the purpose connective, then who it helps ("him"), if said, and "with"
  /// the skill.
  func statedAim(actionStart: Int) -> Aim? {
    guard document.hasHits(.serviceActions) else { return nil }
    let supports = hits(.serviceActions)
    let describesSupport =
      !supports.isEmpty
      && (hasFinding(about: .provision) || hasFinding("passive-support"))
    guard describesSupport else { return nil }
    let purpose = anatomy.purpose.flatMap { inPrompt($0.tokens.lowerBound) ? nil : $0 }
    let connective = purpose.flatMap { tokenRange(of: $0.connective) }
    for support in supports {
      let verb = support.tokens
      let start: Int
      let bound: Int
      if let purpose, let connective, connective.contains(verb.lowerBound) {
        start = purpose.tokens.lowerBound
        bound = purpose.tokens.upperBound
      } else if verb.lowerBound - 1 > actionStart, anatomy.isMainToken[verb.lowerBound - 1],
        isWord(verb.lowerBound - 1, "to")
      {
        start = verb.lowerBound - 1
        bound =
          (start..<document.tokens.count).first { !anatomy.isMainToken[$0] }
          ?? document.tokens.count
      } else {
        continue
      }
      guard !isInLead(start) else { continue }
      var with = verb.upperBound
      if with < bound, document.tokenIs(with, anyOf: Self.objectPronouns) { with += 1 }
      guard with < bound, isWord(with, "with"), !inPrompt(with) else { continue }
      let sentence = document.sentence(ofToken: with)
      var end = with + 1
      while end < bound, !inPrompt(end), document.sentence(ofToken: end) == sentence,
        !startsHit(.purposeConnectives, at: end)
      {
        end += 1
      }
      let skill = with..<skillEnd(from: with, before: end)
      // A purpose straight after the skill starts its own clause ("… so that
      // she can catch up"); one after more words is part of the aim ("and be
      // ready for the next stage").
      let opensClause = skill.upperBound == end && end < bound
      let purposeAfter = opensClause && startsHit(.purposeConnectives, at: end) ? end : nil
      return Aim(tokens: start..<end, skill: skill, purposeAfter: purposeAfter)
    }
    return nil
  }

  /// Whether token `index` belongs to the words that lead into the action
  /// ("be able to", "be supported to", "try to"), where "to" starts no aim.
  private func isInLead(_ index: Int) -> Bool {
    [LexiconKind.modals, .passiveSupport, .lowExpectations].contains { kind in
      document.hasHits(kind) && hits(kind).contains { $0.tokens.contains(index) }
    }
  }

  /// Where the skill after "with" ends: at a break, or at "and" or "or"
  /// starting another verb ("… and be ready for the next stage").
  private func skillEnd(from with: Int, before end: Int) -> Int {
    var index = with + 1
    while index < end {
      let token = document.tokens[index]
      if token.kind == .punctuation {
        let touchesBefore = document.tokens[index - 1].end == token.start
        let touchesAfter = index + 1 < end && document.tokens[index + 1].start == token.end
        if !(touchesBefore && touchesAfter) { break }
      }
      if isWord(index, "and") || isWord(index, "or"), index + 1 < end,
        isVerb(index + 1) || isWord(index + 1, "be") || hasHit(.vagueVerbs, at: index + 1)
          || hasHit(.observableVerbs, at: index + 1)
      {
        break
      }
      index += 1
    }
    return index
  }

  /// Puts the aim's skill after the action when the action is a prompt
  /// standing on its own ("[do what: …] with his coordination"), or leaves
  /// it out; either way, says why the aim is not the purpose.
  func placeSkill(of aim: Aim, in action: inout [ClausePiece]) {
    let aimWords =
      aim.tokens.lowerBound..<(lastWord(in: aim.tokens).map { $0 + 1 } ?? aim.tokens.upperBound)
    let quoted = document.span(ofTokens: aimWords)
    // The prompt stands for the whole action when what follows it says
    // where, when or how well ("[do what: …] at lunchtimes").
    let standsAlone: Bool
    switch action.dropFirst().first {
    case .token(let index):
      standsAlone =
        isPreposition(index) || hasHit(.contextPhrases, at: index) || hasHit(.criteria, at: index)
    case .text: standsAlone = false
    case .prompt, nil: standsAlone = true
    }
    guard let first = action.first, slot(of: first) == .action, standsAlone,
      !aim.skill.isEmpty
    else {
      note(
        .purpose, nil,
        "Took out '\(original: quoted)': it says what the support is for, not the difference it makes",
        because: Self.aimReason)
      return
    }
    action.insert(contentsOf: Self.pieces(aim.skill), at: 1)
    note(
      .purpose, nil,
      "Moved '\(original: document.span(ofTokens: aim.skill))' to what the person will do: '\(original: quoted)' names the skill the support is for, not the difference it makes",
      because: Self.aimReason)
  }

  /// The last word (not punctuation) among `tokens`, if any.
  private func lastWord(in tokens: Range<Int>) -> Int? {
    tokens.last { document.tokens[$0].kind != .punctuation }
  }
}
