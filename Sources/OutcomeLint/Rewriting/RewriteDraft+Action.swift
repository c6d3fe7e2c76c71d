extension RewriteDraft {
  /// Verbs that make sense on their own as an example of what someone will do.
  private static let standaloneVerbs = [
    "read", "write", "say", "explain", "describe", "tell", "practise",
  ]

  /// Shapes what is left of the main clause into "(do what) (how)": takes out
  /// absolutes and low-expectation wording, turns passive support into the
  /// person's own action, and replaces an action nobody could see with a prompt.
  mutating func shapeAction(_ region: [ClausePiece]) -> [ClausePiece] {
    var pieces = region
    if removeAbsolutes(&pieces) { return pieces }
    let verbWritten = clearLead(&pieces)
    softenLowExpectations(&pieces)
    pieces = trimmed(pieces)
    guard !verbWritten else { return pieces }
    guard let head = pieces.first else {
      pieces.append(.prompt(plainActionPrompt()))
      return pieces
    }
    guard case .token(let verb) = head else {
      if case .prompt(let prompt) = head, prompt.slot == .action { return pieces }
      pieces.insert(.prompt(plainActionPrompt()), at: 0)
      return pieces
    }
    if let vague = hit(.vagueVerbs, at: verb) {
      replaceAction(in: &pieces, verb: vague.tokens, alternatives: vague.entry.values)
    } else if hit(.observableVerbs, at: verb) != nil {
      return pieces
    } else if !isVerbLike(verb) {
      pieces.insert(.prompt(plainActionPrompt()), at: 0)
    } else if finding("no-observable-action") != nil {
      replaceAction(in: &pieces, verb: verb..<(verb + 1), alternatives: [])
    }
    return pieces
  }

  private mutating func plainActionPrompt() -> RewritePrompt {
    let because =
      finding("no-observable-action") ?? finding("provision-as-outcome")
      ?? finding("service-subject") ?? finding("service-session-count")
    note("Added a prompt for what the person will do", answering: because)
    return RewritePrompt(.action, example: Defaults.action)
  }

  /// Takes out absolutes. A negative one ("never hit") cannot simply be
  /// dropped, so the whole action becomes a prompt; returns whether it did.
  private mutating func removeAbsolutes(_ pieces: inout [ClausePiece]) -> Bool {
    let inRegion = Set(Self.tokens(of: pieces))
    for absolute in hits(.absolutes) where absolute.tokens.allSatisfy(inRegion.contains) {
      let phrase = absolute.entry.phrase.lowercased()
      let finding = findings("unrealistic-absolute").first { $0.span == absolute.span }
      let negative = ["never", "not ", "no ", "zero"].contains { phrase.hasPrefix($0) }
      if negative, let first = inRegion.min(), let last = inRegion.max() {
        let quoted = quote(document.span(ofTokens: first..<(last + 1)))
        let prompt = RewritePrompt(
          .action, label: "do what instead of '\(quoted)'", example: Defaults.action)
        note("Asked what the person will do instead of '\(quoted)'", answering: finding)
        pieces = [.prompt(prompt)]
        return true
      }
      criterionExample = Self.countedAlternative(absolute.entry.values) ?? criterionExample
      pieces.removeAll { piece in
        guard case .token(let index) = piece else { return false }
        return absolute.tokens.contains(index)
      }
      note(
        "Took out '\(quote(absolute.span))' and asked for a realistic criterion", answering: finding
      )
    }
    return false
  }

  /// Clears what stands before the action: punctuation, "be able to",
  /// passive support, low-expectation openers ("try to") and a leftover "to".
  /// Returns whether it wrote the verb itself ("be given" -> "use").
  private mutating func clearLead(_ pieces: inout [ClausePiece]) -> Bool {
    while let head = pieces.first, case .token(let index) = head {
      if document.tokens[index].kind == .punctuation {
        pieces.removeFirst()
        continue
      }
      if let ability = hit(.modals, at: index), ability.entry.value == "ability" {
        pieces.removeFirst(min(ability.tokens.count, pieces.count))
        continue
      }
      if let passive = hit(.passiveSupport, at: index) {
        return replacePassive(passive, in: &pieces)
      }
      if let low = hit(.lowExpectations, at: index) {
        let value = low.entry.value
        pieces.removeFirst(min(low.tokens.count, pieces.count))
        let opener = ["to", "and", "at", "in", "of"].contains {
          low.entry.phrase.hasSuffix(" \($0)")
        }
        let finding = findings("low-expectation").first { $0.span == low.span }
        if opener || value == "will" || value.hasSuffix("able to") {
          note("Took out '\(quote(low.span))'", answering: finding)
          baseFormOfLeadingGerund(pieces)
          continue
        }
        pieces.insert(.text(value), at: 0)
        note("Wrote '\(value)' for '\(quote(low.span))'", answering: finding)
        return true
      }
      if word(index) == "to", pieces.count > 1 {
        pieces.removeFirst()
        continue
      }
      break
    }
    return false
  }

  private mutating func replacePassive(_ passive: LexiconHit, in pieces: inout [ClausePiece])
    -> Bool
  {
    pieces.removeFirst(min(passive.tokens.count, pieces.count))
    let value = passive.entry.value
    let nextWord = Self.tokens(of: pieces).first.map(word)
    let redundant =
      value == "be able to"
      || (value.hasSuffix(" to") && nextWord == value.split(separator: " ").first.map(String.init))
    var span = passive.span
    if let modal = anatomy.modal, modal.tokens.upperBound == passive.tokens.lowerBound {
      span = modal.span.union(span)
    }
    let finding = findings("passive-support").first { $0.span.overlaps(passive.span) }
    let written = redundant ? "will be able to" : "will be able to \(value)"
    note("Wrote '\(written)' for '\(quote(span))'", answering: finding)
    guard !redundant else {
      baseFormOfLeadingGerund(pieces)
      return false
    }
    pieces.insert(.text(value), at: 0)
    return true
  }

  /// After "be introduced to", "using" becomes "use".
  private mutating func baseFormOfLeadingGerund(_ pieces: [ClausePiece]) {
    guard let first = pieces.first, case .token(let index) = first,
      let base = verbs.baseOfGerund(word(index))
    else { return }
    substitutions[index] = base
  }

  /// Low-expectation wording after the verb: a hedge ("where possible") goes,
  /// suggesting a criterion; a weak verb ("experience") takes the lexicon's stronger one.
  private mutating func softenLowExpectations(_ pieces: inout [ClausePiece]) {
    let inRegion = Set(Self.tokens(of: pieces))
    for low in hits(.lowExpectations) where low.tokens.allSatisfy(inRegion.contains) {
      let finding = findings("low-expectation").first { $0.span == low.span }
      guard let position = pieces.firstIndex(of: .token(low.tokens.lowerBound)) else { continue }
      pieces.removeSubrange(position..<min(position + low.tokens.count, pieces.count))
      let usable = low.entry.values.filter { !$0.contains(Character("#")) }
      if let counted = Self.countedAlternative(low.entry.values) {
        criterionExample = counted
        note("Took out '\(quote(low.span))' and asked how you will know", answering: finding)
      } else if let stronger = usable.first, stronger != "will", !stronger.hasSuffix("able to") {
        pieces.insert(.text(stronger), at: position)
        note("Wrote '\(stronger)' for '\(quote(low.span))'", answering: finding)
      } else {
        note("Took out '\(quote(low.span))'", answering: finding)
      }
    }
  }

  /// Replaces a verb nobody could see ("improve", "behave") with a prompt. Its
  /// object stays when it says what the action is about ("how to keep safe
  /// online"); a bare or abstract one ("his reading", "her independence") is
  /// replaced with it, unless it is cut short by a phrase of place or time
  /// ("what her | workplace supervisor asks"), when only the verb is.
  private mutating func replaceAction(
    in pieces: inout [ClausePiece], verb: Range<Int>, alternatives: [String]
  ) {
    var end = 0
    while end < pieces.count, case .token(let index) = pieces[end], verb.contains(index) {
      end += 1
    }
    let verbEnd = end
    var goal: LexiconHit?
    while end < pieces.count, case .token(let index) = pieces[end], !isBoundary(index) {
      goal = goal ?? hit(.abstractGoals, at: index)
      end += 1
    }
    let objectWords = Self.tokens(of: Array(pieces[verbEnd..<end])).filter {
      document.tokens[$0].kind != .punctuation
    }
    let cutShort =
      objectWords.last.map { document.hit(.functionWords, startingAt: $0) != nil } ?? false
    let whole = (objectWords.count <= 2 || goal != nil) && !cutShort
    let replaced = whole ? end : verbEnd
    let tokens = Self.tokens(of: Array(pieces[0..<replaced]))
    guard let first = tokens.min(), let last = tokens.max() else { return }
    let quoted = quote(document.span(ofTokens: first..<(last + 1)))
    let usable = alternatives.filter { !$0.contains(Character("#")) }
    let example: String
    if whole {
      let matching = usable.first { alternative in
        Self.standaloneVerbs.contains(alternative)
          && (goal.map { $0.entry.value.firstRange(of: alternative) != nil } ?? true)
      }
      example =
        matching ?? (goal == nil ? usable.first(where: Self.standaloneVerbs.contains) : nil)
        ?? Defaults.action
    } else {
      example = usable.first ?? "show"
    }
    let prompt = RewritePrompt(.action, label: "do what instead of '\(quoted)'", example: example)
    pieces.replaceSubrange(0..<replaced, with: [.prompt(prompt)])
    note(
      "Asked what you would see the person do instead of '\(quoted)'",
      answering: finding("no-observable-action"))
    note(
      "The prompt asks exactly what '\(quoted)' would look like", answering: finding("vague-goal"))
  }

  /// Where a verb's object ends: a break, a phrase of place, time or
  /// criterion, an absolute, or a preposition (other than "of" and "to").
  private func isBoundary(_ index: Int) -> Bool {
    let starts = { (kind: LexiconKind) in hit(kind, at: index) != nil }
    return document.tokens[index].kind == .punctuation || starts(.contextPhrases)
      || starts(.criteria) || starts(.absolutes)
      || (isPreposition(index) && word(index) != "to")
  }

  /// Whether token `index` could be a verb: a word that is not a determiner,
  /// joining word, preposition, or the start of a place, time or criterion.
  private func isVerbLike(_ index: Int) -> Bool {
    let starts = { (kind: LexiconKind) in hit(kind, at: index) != nil }
    return document.tokens[index].kind == .word && !isPreposition(index)
      && !starts(.functionWords) && !starts(.contextPhrases) && !starts(.criteria)
  }

  /// The first alternative giving a count ("in 4 out of 5 lessons"), if any.
  static func countedAlternative(_ values: [String]) -> String? {
    values.first { value in !value.contains(Character("#")) && value.contains(where: \.isNumber) }
  }
}
