extension RewriteDraft {
  /// Builds the rewrite: "(opening), (who) will be able to (action)
  /// (context) (criterion) (purpose)."
  mutating func build() -> Rewrite {
    for hit in hits(.jargon) {
      guard let plain = hit.entry.values.first else { continue }
      jargon[hit.tokens.lowerBound] = plain
      for index in hit.tokens.dropFirst() { jargon[index] = "" }
      let finding = findings("jargon").first { $0.span == hit.span }
      note("Wrote '\(plain)' for '\(quote(hit.span))'", answering: finding)
    }
    let who = resolveWho()
    let opening = resolveOpening()
    var region = mainRegion(
      from: who.actionStart, claimed: opening.claimed, subject: anatomy.subject.span)
    if anatomy.action == nil, let need = finding("aspiration-or-need") {
      region = takingOutNeed(region, answering: need)
    }
    let split = splitSeparateOutcomes(region, who: who.text)
    for part in split.separate {
      let tokens = Self.tokens(of: part)
      guard let first = tokens.min(), let last = tokens.max() else { continue }
      note(
        "Split out '\(quote(document.span(ofTokens: first..<(last + 1))))' to write as its own outcome",
        answering: finding("several-outcomes")
          ?? report.findings.first { $0.rule == "several-outcomes" })
    }
    let action = shapeAction(moveProvision(split.kept))
    let purpose = resolvePurpose(who: who)

    var voiced = opening.tokens.map(Array.init) ?? []
    voiced += Self.tokens(of: action) + (purpose.tokens.map(Array.init) ?? [])
    voiced += split.separate.flatMap { Self.tokens(of: $0) }
    var all = jargon
    if person != originalPerson {
      let converter = PersonConverter(document: document, verbs: verbs)
      all.merge(converter.substitutions(voiced, to: person, name: who.name)) { _, new in new }
    }
    all.merge(substitutions) { _, new in new }
    let renderer = ClauseRenderer(document: document, substitutions: all)

    let closing = closingPrompts(after: action)
    var parts = [
      openingText(opening, renderer: renderer) + ",", who.text, "will be able to",
      renderer.render(action),
    ]
    parts += closing.map(\.text)
    parts.append(purpose.tokens.map { renderer.render(tokens: $0) } ?? purpose.prompt?.text ?? "")
    let text = parts.filter { !$0.isEmpty }.joined(separator: " ") + "."
    var prompts = opening.tokens == nil ? [opening.prompt].compactMap { $0 } : []
    prompts += [who.prompt].compactMap { $0 } + Self.prompts(of: action) + closing
    prompts += purpose.tokens == nil ? [purpose.prompt].compactMap { $0 } : []
    separate = split.separate.map { Self.capitalised(renderer.render($0)) + "." }
    return Rewrite(
      text: text, prompts: prompts, movedToProvision: moved,
      separateOutcomes: separate, changes: changes, person: person)
  }

  /// The context prompt (for a generic outcome with no place or people) and
  /// the criterion prompt (when no criterion is left), in that order.
  private mutating func closingPrompts(after action: [ClausePiece]) -> [RewritePrompt] {
    let kept = Set(Self.tokens(of: action).filter { substitutions[$0] != "" })
    let written = Self.prompts(of: action).map(\.slot)
    let contexts = hits(.contextPhrases).filter { $0.tokens.allSatisfy(kept.contains) }
    let hasCriterion = anatomy.criteria.contains { criterion in
      criterion.tokens.allSatisfy(kept.contains)
    }
    var result: [RewritePrompt] = []
    if let generic = finding("generic-outcome"), contexts.isEmpty, !written.contains(.context) {
      result.append(RewritePrompt(.context, example: Defaults.context))
      note("Added a prompt for where, when or with whom", answering: generic)
    }
    if (!hasCriterion || criterionExample != nil) && !written.contains(.criterion) {
      let lessons = contexts.contains {
        quote($0.span).lowercased().firstRange(of: "lesson") != nil
      }
      let example = criterionExample ?? (lessons ? Defaults.lessons : Defaults.occasions)
      result.append(RewritePrompt(.criterion, example: example))
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

  /// The original's purpose clause, kept; otherwise a prompt for one.
  private mutating func resolvePurpose(who: Who) -> (tokens: Range<Int>?, prompt: RewritePrompt?) {
    if let written = existing(.purpose) { return (nil, written.prompt) }
    if let purpose = anatomy.purpose, !inPrompt[purpose.tokens.lowerBound],
      purpose.wordCount >= 2
    {
      var tokens = purpose.tokens
      while let last = tokens.last, document.tokens[last].kind == .punctuation,
        !document.isPunctuation(last, 0x22)
      {
        tokens = tokens.lowerBound..<last
      }
      return (tokens, nil)
    }
    let subject = person == .first ? "I" : who.name ?? (who.prompt == nil ? who.text : "they")
    let difference = aspirationExample.map { "can \($0)" } ?? Defaults.difference
    let prompt = RewritePrompt(
      .purpose, hint: "the difference it makes", example: "\(subject) \(difference)")
    note("Added a prompt for the difference it makes", answering: finding("missing-purpose"))
    return (nil, prompt)
  }

  /// The prompts among `pieces`, in order.
  static func prompts(of pieces: [ClausePiece]) -> [RewritePrompt] {
    pieces.compactMap { piece in
      guard case .prompt(let prompt) = piece else { return nil }
      return prompt
    }
  }
}
