extension RewriteDraft {
  /// Builds the rewrite: "(opening), (who) will be able to (action)
  /// (context) (criterion) (purpose)." The rewrite keeps the draft, which
  /// is handed over rather than shared.
  consuming func build() -> Rewrite {
    if document.hasHits(.jargon) { expandJargon() }
    let who = resolveWho()
    let opening = resolveOpening()
    var action = mainRegion(
      from: who.actionStart, claimed: opening.claimed, subject: anatomy.subject.span)
    if anatomy.action == nil, let need = finding("aspiration-or-need") {
      action = takingOutNeed(action, answering: need)
    }
    let parts = splitSeparateOutcomes(&action, who: who)
    for part in parts {
      guard let bounds = Self.tokenBounds(of: part) else { continue }
      note(
        "Split out '\(original: document.span(ofTokens: bounds))' to write as its own outcome",
        answering: finding("several-outcomes") ?? anyFinding("several-outcomes"))
    }
    let aim = statedAim(actionStart: who.actionStart)
    if let aim {
      action.removeAll { piece in
        guard case .token(let index) = piece else { return false }
        return aim.tokens.contains(index)
      }
    }
    moveProvision(&action)
    shapeAction(&action)
    if let aim { placeSkill(of: aim, in: &action) }
    let purpose = resolvePurpose(who: who, aim: aim)

    if person != originalPerson {
      var tokens = opening.tokens.map(Array.init) ?? []
      tokens += Self.tokens(of: action) + (purpose.tokens.map(Array.init) ?? [])
      tokens += parts.flatMap { Self.tokens(of: $0) }
      voiced = PersonConverter(document: document, verbs: verbs)
        .substitutions(tokens, to: person, name: who.name)
    }

    // Settled now: a constant, so writing it retains nothing.
    let shaped = consume action
    let closing = closingPrompts(after: shaped)
    withOriginal { original in
      let start = record.bytes.count
      appendOpening(opening, to: &record.bytes, from: original)
      record.bytes.append(UInt8(ascii: ","))
      Self.appendPart(to: &record.bytes) { text in
        if let prompt = who.prompt {
          writePrompt(prompt, into: &text)
        } else {
          text.append(who.word)
        }
      }
      Self.appendPart(to: &record.bytes) { $0.append("will be able to") }
      Self.appendPart(to: &record.bytes) { render(shaped, .rewrite, into: &$0, from: original) }
      if let prompt = closing.context {
        Self.appendPart(to: &record.bytes) { writePrompt(prompt, into: &$0) }
      }
      if let prompt = closing.criterion {
        Self.appendPart(to: &record.bytes) { writePrompt(prompt, into: &$0) }
      }
      Self.appendPart(to: &record.bytes) { text in
        if let tokens = purpose.tokens {
          render(Self.pieces(tokens), .rewrite, into: &text, from: original)
        } else if let prompt = purpose.prompt {
          writePrompt(prompt, into: &text)
        }
      }
      record.bytes.append(UInt8(ascii: "."))
      record.text = start..<record.bytes.count
      for part in parts {
        let start = record.bytes.count
        render(part, .rewrite, into: &record.bytes, from: original)
        Self.capitalise(&record.bytes, from: start)
        record.bytes.append(UInt8(ascii: "."))
        record.separate.append(start..<record.bytes.count)
      }
    }
    recycle(region: shaped)
    return Rewrite(draft: self)
  }

  /// Writes the jargon lexicon's plain English for each jargon term.
  private func expandJargon() {
    for hit in hits(.jargon) {
      guard let plain = document.entry(hit).values.first else { continue }
      jargon[hit.tokens.lowerBound] = plain
      for index in hit.tokens.dropFirst() { jargon[index] = "" }
      let finding = finding("jargon") { $0 == hit.span }
      note("Wrote '\(plain)' for '\(original: hit.span)'", answering: finding)
    }
  }

  /// Appends a space and what `write` writes, or nothing when it writes nothing.
  private static func appendPart(to text: inout TextBuffer, _ write: (inout TextBuffer) -> Void) {
    text.append(UInt8(ascii: " "))
    let start = text.count
    write(&text)
    if text.count == start { text.removeAll(from: start - 1) }
  }

  /// The context prompt (for a generic outcome with no place or people) and
  /// the criterion prompt (when no criterion is left), each when it is needed.
  private func closingPrompts(after action: [ClausePiece]) -> (
    context: Int?, criterion: Int?
  ) {
    var result: (context: Int?, criterion: Int?) = (nil, nil)
    let hasContexts = document.hasHits(.contextPhrases)
    if let generic = finding("generic-outcome"),
      !(hasContexts && keptContext(in: action, mentioning: nil)),
      !writes(.context, in: action)
    {
      result.context = prompt(.context, example: Defaults.context)
      note("Added a prompt for where, when or with whom", answering: generic)
    }
    // A count of the person's own sessions is their criterion, as for `no-success-criterion`.
    let hasCriterion =
      anatomy.criteria.contains { criterion in
        criterion.tokens.allSatisfy { isKept($0, in: action) }
      }
      || report.outcome.ownSessionCount.map { session in
        session.hit.tokens.allSatisfy { isKept($0, in: action) }
      } ?? false
    if (!hasCriterion || criterionExample != nil) && !writes(.criterion, in: action) {
      let lessons = hasContexts && keptContext(in: action, mentioning: "lesson")
      result.criterion =
        criterionExample.map { prompt(.criterion, example: "\($0)") }
        ?? prompt(.criterion, example: lessons ? Defaults.lessons : Defaults.occasions)
      if let missing = finding("no-success-criterion") {
        note("Added a prompt for how you will know it is achieved", answering: missing)
      } else {
        note(
          .measurable, nil, "Added a prompt for how you will know it is achieved",
          because:
            "SENDIASS (seed 002): 'Measurable – It is clear how you will know when the outcome has been achieved'"
        )
      }
    }
    return result
  }

  /// Whether token `index` stays in `action`, not dropped.
  private func isKept(_ index: Int, in action: [ClausePiece]) -> Bool {
    !substitutions.drops(index) && action.contains(.token(index))
  }

  /// Whether `action` holds a prompt for `slot`.
  private func writes(_ slot: RewritePrompt.Slot, in action: [ClausePiece]) -> Bool {
    for piece in action where self.slot(of: piece) == slot { return true }
    return false
  }

  /// Whether a context phrase stays whole in `action` (one mentioning
  /// `word`, when given).
  private func keptContext(in action: [ClausePiece], mentioning word: StaticString?) -> Bool {
    for context in hits(.contextPhrases)
    where context.tokens.allSatisfy({ isKept($0, in: action) }) {
      guard let word else { return true }
      if document.spanMentions(context.span, word) { return true }
    }
    return false
  }

  /// The original's purpose clause, kept (less an aim it opens with);
  /// otherwise a prompt for one.
  private func resolvePurpose(who: Who, aim: Aim?) -> (
    tokens: Range<Int>?, prompt: Int?
  ) {
    if let written = existing(.purpose) { return (nil, prompt(copying: written.prompt)) }
    if let purpose = anatomy.purpose, !inPrompt(purpose.tokens.lowerBound),
      purpose.wordCount >= 2,
      let start = aim?.tokens.lowerBound == purpose.tokens.lowerBound
        ? aim?.purposeAfter : purpose.tokens.lowerBound
    {
      var tokens = start..<purpose.tokens.upperBound
      while let last = tokens.last, document.tokens[last].kind == .punctuation,
        !document.isPunctuation(last, 0x22)
      {
        tokens = tokens.lowerBound..<last
      }
      return (tokens, nil)
    }
    let subject = person == .first ? "I" : who.name ?? (who.prompt == nil ? who.word : "they")
    let example: DraftText =
      aspirationExample.map { "\(subject) can \($0)" } ?? "\(subject) \(Defaults.difference)"
    let prompt = prompt(.purpose, hint: "the difference it makes", example: example)
    note("Added a prompt for the difference it makes", answering: finding("missing-purpose"))
    return (nil, prompt)
  }

  /// The opening as written: "By the end of Year 6", or the prompt.
  private func appendOpening(
    _ opening: Opening, to text: inout TextBuffer, from original: Original
  ) {
    guard let tokens = opening.tokens else {
      if let prompt = opening.prompt { writePrompt(prompt, into: &text) }
      return
    }
    let start = text.count
    render(Self.pieces(tokens), .rewrite, into: &text, from: original)
    guard text.isASCII(from: start, length: 4) else {
      let written = text.string(from: start)
      let opening =
        written.lowercased().hasPrefix("by ")
        ? "By" + written.dropFirst(2) : Self.capitalised(written)
      text.removeAll(from: start)
      text.append(opening)
      return
    }
    let saysBy =
      text.count >= start + 3 && (text[start] | 0x20) == UInt8(ascii: "b")
      && (text[start + 1] | 0x20) == UInt8(ascii: "y") && text[start + 2] == UInt8(ascii: " ")
    guard saysBy else { return Self.capitalise(&text, from: start) }
    text[start] = UInt8(ascii: "B")
    text[start + 1] = UInt8(ascii: "y")
  }
}
