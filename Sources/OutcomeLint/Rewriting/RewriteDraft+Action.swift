extension RewriteDraft {
  /// Verbs that make sense on their own as an example of what someone will do.
  private static let standaloneVerbs = [
    "read", "write", "say", "explain", "describe", "tell", "practise",
  ]

  /// Shapes what is left of the main clause into "(do what) (how)": takes out
  /// absolutes and low-expectation wording, turns passive support into the
  /// person's own action, and replaces an action nobody could see with a prompt.
  func shapeAction(_ pieces: inout [ClausePiece]) {
    if removeAbsolutes(&pieces) { return }
    let verbWritten = clearLead(&pieces)
    softenLowExpectations(&pieces)
    trim(&pieces)
    guard !verbWritten else { return }
    guard let head = pieces.first else {
      pieces.append(.prompt(plainActionPrompt()))
      return
    }
    guard case .token(let verb) = head else {
      if slot(of: head) == .action { return }
      pieces.insert(.prompt(plainActionPrompt()), at: 0)
      return
    }
    if let vague = hit(.vagueVerbs, at: verb) {
      replaceAction(in: &pieces, verb: vague.tokens, alternatives: document.entry(vague).values)
    } else if hasHit(.observableVerbs, at: verb) {
      return
    } else if !isVerbLike(verb) {
      pieces.insert(.prompt(plainActionPrompt()), at: 0)
    } else if finding("no-observable-action") != nil {
      replaceAction(in: &pieces, verb: verb..<(verb + 1), alternatives: [])
    } else if finding("vague-goal") != nil {
      replaceAction(in: &pieces, verb: verb..<(verb + 1), alternatives: [], onlyWhole: true)
    }
  }

  private func plainActionPrompt() -> Int {
    let because =
      finding("no-observable-action") ?? finding("provision-as-outcome")
      ?? finding("service-subject") ?? finding("service-session-count")
    note("Added a prompt for what the person will do", answering: because)
    return prompt(.action, example: Defaults.action)
  }

  /// Takes out absolutes. A negative one ("never hit") cannot simply be
  /// dropped, so the whole action becomes a prompt; returns whether it did.
  private func removeAbsolutes(_ pieces: inout [ClausePiece]) -> Bool {
    guard document.hasHits(.absolutes) else { return false }
    let absolutes = hits(.absolutes)
    guard !absolutes.isEmpty else { return false }
    let region = pieces
    for absolute in absolutes where absolute.tokens.allSatisfy({ region.contains(.token($0)) }) {
      let phrase = document.entry(absolute).phrase.lowercased()
      let finding = finding("unrealistic-absolute") { $0 == absolute.span }
      let negative = ["never", "not ", "no ", "zero"].contains { phrase.hasPrefix($0) }
      if negative, let bounds = Self.tokenBounds(of: region) {
        let quoted = document.span(ofTokens: bounds)
        let prompt = prompt(
          .action, label: "do what instead of '\(original: quoted)'",
          example: "\(Defaults.action)")
        note("Asked what the person will do instead of '\(original: quoted)'", answering: finding)
        pieces = [.prompt(prompt)]
        return true
      }
      criterionExample =
        Self.countedAlternative(document.entry(absolute).values) ?? criterionExample
      let orphaned = orphanedWords(before: absolute.tokens.lowerBound, in: pieces)
      pieces.removeAll { piece in
        guard case .token(let index) = piece else { return false }
        return absolute.tokens.contains(index) || orphaned.contains(index)
      }
      note(
        "Took out '\(original: absolute.span)' and asked for a realistic criterion",
        answering: finding
      )
    }
    return false
  }

  /// Clears what stands before the action: punctuation, "be able to",
  /// passive support, low-expectation openers ("try to") and a leftover "to".
  /// Returns whether it wrote the verb itself ("be given" -> "use").
  private func clearLead(_ pieces: inout [ClausePiece]) -> Bool {
    while let head = pieces.first, case .token(let index) = head {
      if document.tokens[index].kind == .punctuation {
        pieces.removeFirst()
        continue
      }
      if let ability = hit(.modals, at: index), document.valueClass(ability) == .ability {
        pieces.removeFirst(min(ability.tokens.count, pieces.count))
        continue
      }
      if let passive = hit(.passiveSupport, at: index) {
        return replacePassive(passive, in: &pieces)
      }
      if let low = hit(.lowExpectations, at: index) {
        let value = document.value(low)
        pieces.removeFirst(min(low.tokens.count, pieces.count))
        let opener = ["to", "and", "at", "in", "of"].contains {
          document.entry(low).phrase.hasSuffix(" \($0)")
        }
        let finding = finding("low-expectation") { $0 == low.span }
        if opener || value == "will" || value.hasSuffix("able to") {
          note("Took out '\(original: low.span)'", answering: finding)
          baseFormOfLeadingGerund(pieces)
          continue
        }
        pieces.insert(piece(text: value), at: 0)
        note("Wrote '\(value)' for '\(original: low.span)'", answering: finding)
        return true
      }
      if isWord(index, "to"), pieces.count > 1 {
        pieces.removeFirst()
        continue
      }
      break
    }
    return false
  }

  private func replacePassive(_ passive: LexiconHit, in pieces: inout [ClausePiece]) -> Bool {
    pieces.removeFirst(min(passive.tokens.count, pieces.count))
    var span = passive.span
    // "be supported by her parents to plan her week": who supports goes
    // with the passive, and the person plans it.
    if let agentEnd = agentEnd(after: passive, in: pieces) {
      span = span.union(document.tokens[agentEnd].span)
      pieces.removeFirst(agentEnd - passive.tokens.upperBound + 1)
    }
    let value = document.value(passive)
    let nextWord = Self.firstToken(of: pieces).map { word($0) }
    let redundant =
      value == "be able to"
      || (value.hasSuffix(" to") && nextWord == value.split(separator: " ").first.map(String.init))
    if let modal = anatomy.modal, modal.tokens.upperBound == passive.tokens.lowerBound {
      span = modal.span.union(span)
    }
    let finding = finding("passive-support") { $0.overlaps(passive.span) }
    let written = redundant ? "will be able to" : "will be able to \(value)"
    note("Wrote '\(written)' for '\(original: span)'", answering: finding)
    guard !redundant else {
      baseFormOfLeadingGerund(pieces)
      return false
    }
    pieces.insert(piece(text: value), at: 0)
    return true
  }

  /// The ``PassiveAgent`` "to" after `passive`, when the pieces hold the
  /// agent as it is written and run on after the "to"; nil otherwise.
  private func agentEnd(after passive: LexiconHit, in pieces: [ClausePiece]) -> Int? {
    guard let to = PassiveAgent.end(after: passive, in: document) else { return nil }
    let agent = passive.tokens.upperBound...to
    guard agent.count < pieces.count else { return nil }
    for (offset, index) in agent.enumerated() {
      guard case .token(index) = pieces[offset] else { return nil }
    }
    return to
  }

  /// After "be introduced to", "using" becomes "use".
  private func baseFormOfLeadingGerund(_ pieces: [ClausePiece]) {
    guard let first = pieces.first, case .token(let index) = first, mayBeGerund(index),
      let base = verbs.baseOfGerund(word(index))
    else { return }
    substitutions[index] = base
  }

  /// Whether token `index` may be an "-ing" form (``VerbForms/baseOfGerund(_:)``):
  /// not an ASCII token of four letters or fewer or with another ending.
  private func mayBeGerund(_ index: Int) -> Bool {
    let token = document.tokens[index]
    guard token.isASCII else { return true }
    let end = Int(token.end)
    guard end - Int(token.start) > 4 else { return false }
    let bytes = document.bytes
    return bytes[end - 3] | 0x20 == UInt8(ascii: "i") && bytes[end - 2] | 0x20 == UInt8(ascii: "n")
      && bytes[end - 1] | 0x20 == UInt8(ascii: "g")
  }

  /// Low-expectation wording after the verb: a hedge ("where possible") goes,
  /// suggesting a criterion; a weak verb ("experience") takes the lexicon's stronger one.
  private func softenLowExpectations(_ pieces: inout [ClausePiece]) {
    guard document.hasHits(.lowExpectations) else { return }
    let lows = hits(.lowExpectations)
    guard !lows.isEmpty else { return }
    let region = pieces
    for low in lows where low.tokens.allSatisfy({ region.contains(.token($0)) }) {
      let finding = finding("low-expectation") { $0 == low.span }
      guard let position = pieces.firstIndex(of: .token(low.tokens.lowerBound)) else { continue }
      pieces.removeSubrange(position..<min(position + low.tokens.count, pieces.count))
      let usable = document.entry(low).values.filter { !Self.hasPlaceholder($0) }
      if let counted = Self.countedAlternative(document.entry(low).values) {
        criterionExample = counted
        note("Took out '\(original: low.span)' and asked how you will know", answering: finding)
      } else if let stronger = usable.first, stronger != "will", !stronger.hasSuffix("able to") {
        pieces.insert(piece(text: stronger), at: position)
        note("Wrote '\(stronger)' for '\(original: low.span)'", answering: finding)
      } else {
        note("Took out '\(original: low.span)'", answering: finding)
      }
    }
  }

  /// Replaces a verb nobody could see ("improve", "behave") with a prompt. Its
  /// object stays when it says what the action is about ("how to keep safe
  /// online"); a bare or abstract one ("his reading", "her independence") is
  /// replaced with it, unless it is cut short by a phrase of place or time
  /// ("what her | workplace supervisor asks"), when only the verb is. With
  /// `onlyWhole` (a verb that is not vague itself, before a vague goal), it
  /// is replaced only together with an object holding the goal ("be
  /// prepared for adulthood").
  private func replaceAction(
    in pieces: inout [ClausePiece], verb: Range<Int>, alternatives: [String],
    onlyWhole: Bool = false
  ) {
    var end = 0
    while end < pieces.count, case .token(let index) = pieces[end], verb.contains(index) {
      end += 1
    }
    let verbEnd = end
    var goal: LexiconHit?
    while end < pieces.count, case .token(let index) = pieces[end],
      !isBoundary(index) || opensGoal(index) || (goal?.tokens.contains(index) ?? false)
    {
      goal = goal ?? hit(.abstractGoals, at: index)
      end += 1
    }
    var objectWords = 0
    var lastObjectWord: Int?
    for position in verbEnd..<end {
      guard case .token(let index) = pieces[position],
        document.tokens[index].kind != .punctuation
      else { continue }
      objectWords += 1
      lastObjectWord = index
    }
    let cutShort =
      lastObjectWord.map { document.hasHit(.functionWords, startingAt: $0) } ?? false
    let whole = (objectWords <= 2 || goal != nil) && !cutShort
    guard !onlyWhole || (whole && goal != nil) else { return }
    let replaced = whole ? end : verbEnd
    guard let bounds = Self.tokenBounds(of: pieces[0..<replaced]) else { return }
    let quoted = document.span(ofTokens: bounds)
    let usable = alternatives.lazy.filter { !Self.hasPlaceholder($0) }
    let example: DraftText
    if whole {
      let matching = usable.first { alternative in
        Self.standaloneVerbs.contains(alternative)
          && (goal.map { document.value($0).occurs(alternative) } ?? true)
      }
      example =
        (matching ?? (goal == nil ? usable.first(where: Self.standaloneVerbs.contains) : nil))
        .map { "\($0)" } ?? "\(Defaults.action)"
    } else {
      example = usable.first.map { "\($0)" } ?? "show"
    }
    let prompt = prompt(
      .action, label: "do what instead of '\(original: quoted)'", example: example)
    pieces.replaceSubrange(0..<replaced, with: CollectionOfOne(.prompt(prompt)))
    note(
      "Asked what you would see the person do instead of '\(original: quoted)'",
      answering: finding("no-observable-action"))
    note(
      "The prompt asks exactly what '\(original: quoted)' would look like",
      answering: finding("vague-goal"))
  }

  /// Whether "for" at `index` leads to an abstract goal, which the object
  /// then runs on to ("be prepared for adulthood"); "in literacy lessons"
  /// stays a phrase of place.
  private func opensGoal(_ index: Int) -> Bool {
    isWord(index, "for") && index + 1 < document.tokens.count
      && hasHit(.abstractGoals, at: index + 1)
  }

  /// Where a verb's object ends: a break, a phrase of place, time or
  /// criterion, an absolute, or a preposition (other than "of" and "to").
  private func isBoundary(_ index: Int) -> Bool {
    document.tokens[index].kind == .punctuation || hasHit(.contextPhrases, at: index)
      || hasHit(.criteria, at: index) || hasHit(.absolutes, at: index)
      || (isPreposition(index) && !isWord(index, "to"))
  }

  /// Whether token `index` could be a verb: a word that is not a determiner,
  /// joining word, preposition, or the start of a place, time or criterion.
  private func isVerbLike(_ index: Int) -> Bool {
    document.tokens[index].kind == .word && !isPreposition(index)
      && !hasHit(.functionWords, at: index) && !hasHit(.contextPhrases, at: index)
      && !hasHit(.criteria, at: index)
  }

  /// The first alternative giving a count ("in 4 out of 5 lessons"), if any.
  static func countedAlternative(_ values: [String]) -> String? {
    values.first { value in !hasPlaceholder(value) && hasNumber(value) }
  }

  /// Whether a lexicon value holds the number placeholder "#".
  static func hasPlaceholder(_ value: String) -> Bool {
    asciiBytes(of: value) { $0.contains(UInt8(ascii: "#")) } ?? value.contains(Character("#"))
  }

  /// Whether a lexicon value holds a number (an ASCII one holds a digit).
  private static func hasNumber(_ value: String) -> Bool {
    asciiBytes(of: value) { bytes in
      bytes.contains { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    } ?? value.contains(where: \.isNumber)
  }

  /// What `test` says of `value`'s UTF-8, read in place, when it is all
  /// ASCII; nil otherwise, for the caller to read it character by character.
  private static func asciiBytes(
    of value: String, _ test: (UnsafeBufferPointer<UInt8>) -> Bool
  ) -> Bool? {
    let inPlace = value.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
      bytes.allSatisfy { $0 < 0x80 } ? test(bytes) : nil
    }
    if let inPlace { return inPlace }
    let bytes = Array(value.utf8)
    return bytes.allSatisfy { $0 < 0x80 } ? bytes.withUnsafeBufferPointer(test) : nil
  }
}
