extension RewriteDraft {
  /// Who the rewrite is about, and where the person's own action starts.
  struct Who {
    /// The subject as written in the rewrite ("Amy", "I", "he"), when it is not a prompt.
    var word: String
    /// The prompt standing for the name, when the name is unknown (its
    /// index in ``RewriteDraft/writtenPrompts``).
    var prompt: Int?
    /// The person's name, when known.
    var name: String?
    /// The first main-clause token of the person's action; the text before it
    /// is the subject (and, for a service, what the service does).
    var actionStart: Int

  }

  /// The subject as written in the rewrite: `who`'s word, or its prompt's text.
  func text(of who: Who) -> String {
    who.prompt.map { promptText($0) } ?? who.word
  }

  /// Finds who the outcome is about. A service's statement ("Staff will make
  /// sure Grace tells her tutor…") goes to Section F and the person it names
  /// becomes the subject, with their own action ("tell her tutor…").
  func resolveWho() -> Who {
    let subject = anatomy.subject
    if let named = existing(.who) {
      let start = anatomy.modal.map(\.tokens.upperBound) ?? named.tokens.upperBound
      return Who(word: "", prompt: prompt(copying: named.prompt), name: nil, actionStart: start)
    }
    switch subject.kind {
    case .service:
      return serviceWho()
    case .firstPerson:
      return whoInVoice(
        name: nil, pronoun: "I", start: subjectEnd(),
        original: subject.span.map { quote($0) } ?? "I")
    case .namedChild:
      let subjectText = subject.span.map { quote($0) }
      return whoInVoice(
        name: subjectText, pronoun: nil, start: subjectEnd(), original: subjectText ?? "")
    case .pronoun:
      let subjectText = subject.span.map { quote($0) }
      return whoInVoice(
        name: nil, pronoun: subjectText?.lowercased(), start: subjectEnd(),
        original: subjectText ?? "")
    case .genericChild:
      var who = whoInVoice(name: nil, pronoun: nil, start: subjectEnd(), original: "")
      let said = subject.span ?? TextSpan(start: 0, end: 0)
      note(
        .specific, finding("generic-outcome"),
        "Wrote \(who.prompt == nil ? "'I'" : "a prompt for the person's name") instead of '\(original: said)'",
        because:
          "'\(original: said)' would fit any child; SENDIASS (seed 002): outcomes 'should be specific to the child or young person'"
      )
      who.actionStart = subjectEnd()
      return who
    case .implicit, .none:
      let name = nameBeforeAspirationOrNeed()
      return whoInVoice(name: name, pronoun: nil, start: subjectEnd(), original: name ?? "")
    }
  }

  /// The subject in the chosen voice: "I" for the first person; otherwise the
  /// name or pronoun, or a prompt for the name. `original`, the subject as
  /// written, is read only when the voice changes.
  private func whoInVoice(
    name: String?, pronoun: String?, start: Int, original: @autoclosure () -> String
  ) -> Who {
    if person == .first {
      let subject = originalPerson == .third ? original() : ""
      if !subject.isEmpty {
        note(
          .perspective, nil, "Wrote it in the first person ('I' for '\(subject)')",
          because:
            "Nottingham My SEND Outcomes Framework (seed 004): outcomes are 'Written in the first person'"
        )
      }
      return Who(word: "I", prompt: nil, name: name, actionStart: start)
    }
    if let name { return Who(word: name, prompt: nil, name: name, actionStart: start) }
    if let pronoun, pronoun != "I" && pronoun != "i" {
      return Who(word: pronoun, prompt: nil, name: nil, actionStart: start)
    }
    let prompt = prompt(.who, example: Defaults.name)
    if originalPerson == .first && !original().isEmpty {
      note(
        .perspective, nil, "Wrote it in the third person, with a prompt for the person's name",
        because: "The third person was asked for (--person third)")
    }
    return Who(word: "", prompt: prompt, name: nil, actionStart: start)
  }

  /// The token after the subject and its modal ("will"), or after an opening
  /// "To" or "Name to"; the start of the main clause when there is neither.
  private func subjectEnd() -> Int {
    if let modal = anatomy.modal, !inPrompt(modal.tokens.lowerBound) {
      return modal.tokens.upperBound
    }
    guard let first = firstMainWord() else { return document.tokens.count }
    if isWord(first, "to") { return first + 1 }
    if anatomy.subject.kind == .namedChild, let span = anatomy.subject.span,
      let end = token(atByte: span.end), end < document.tokens.count, isWord(end, "to")
    {
      return end + 1
    }
    return first
  }

  /// The name a statement of aspiration or need opens with ("Kamal wants
  /// to…", "Josiah has a visual impairment"), if any.
  private func nameBeforeAspirationOrNeed() -> String? {
    guard let hit = anatomy.aspirationOrNeed, let first = firstMainWord(),
      first + 1 == hit.tokens.lowerBound, SubjectFinder.isNameLike(document.tokens[first]),
      document.hit(.personReferences, startingAt: first) == nil
    else { return nil }
    return quote(document.tokens[first].span)
  }

  /// Whether token `index` is a main-clause word outside prompts.
  private func isMainWord(_ index: Int) -> Bool {
    anatomy.isMainToken[index] && !inPrompt(index) && document.tokens[index].kind != .punctuation
  }

  /// The first main-clause word outside prompts.
  private func firstMainWord() -> Int? {
    for index in document.tokens.indices where isMainWord(index) { return index }
    return nil
  }

  /// The last main-clause word outside prompts.
  private func lastMainWord() -> Int? {
    for index in document.tokens.indices.reversed() where isMainWord(index) { return index }
    return nil
  }

  /// A service's statement: moved to Section F; the person it names (if any)
  /// becomes the subject, doing what the statement says they do.
  private func serviceWho() -> Who {
    let subject = anatomy.subject
    let service = subject.span.map { quote($0) } ?? ""
    // Nothing is listed for Section F yet, so the text is always listed.
    if let first = firstMainWord(), let last = lastMainWord(),
      let text = listMoved(Self.pieces(first..<(last + 1)))
    {
      let change: DraftText =
        "Moved '\(written: text)' to Section F: it says what a service will do"
      if let because = finding("provision-as-outcome") ?? finding("service-subject") {
        note(.provision, because, change, becauseOf: because)
      } else {
        note(.provision, nil, change, because: "Outcomes are not provision (SENDIASS, seed 002)")
      }
    }
    let scanStart = max(
      anatomy.modal.map(\.tokens.upperBound) ?? 0,
      anatomy.serviceActions.first.map(\.tokens.upperBound) ?? 0,
      subject.span.flatMap { token(atByte: $0.end) } ?? 0)
    guard let child = childMentioned(from: scanStart) else {
      var who = whoInVoice(name: nil, pronoun: nil, start: document.tokens.count, original: "")
      note(
        "Made the person the subject instead of '\(service)'", answering: finding("service-subject")
      )
      who.actionStart = document.tokens.count
      return who
    }
    let who = whoInVoice(
      name: child.name, pronoun: child.pronoun, start: child.actionStart ?? document.tokens.count,
      original: child.name ?? child.pronoun ?? "")
    note(
      "Made \(who.prompt == nil ? who.word : "the person") the subject instead of '\(service)'",
      answering: finding("service-subject"))
    if let verb = child.actionStart, let base = child.verbBase { substitutions[verb] = base }
    return who
  }

  /// The person a service's statement is about, and the action they take.
  private struct Child {
    var name: String?
    var pronoun: String?
    var actionStart: Int?
    var verbBase: String?
  }

  /// The first person a service's statement names after token `start`,
  /// with their action: the first mention followed by one, or a later one
  /// followed by an observable action ("greet him at the gate and help him
  /// settle at the table", not "…how Jo responds"), or else the first
  /// mention, with an action found further on (``laterAction(after:)``).
  private func childMentioned(from start: Int) -> Child? {
    let firstWord = firstMainWord()
    var first: (child: Child, end: Int)?
    var index = start
    while index < document.tokens.count {
      defer { index += 1 }
      guard anatomy.isMainToken[index], !inPrompt(index),
        document.tokens[index].kind == .word
      else { continue }
      // A later mention counts only after a service's verb ("help him settle…").
      if first != nil, serviceAction(endingAt: index) == nil { continue }
      var child: Child?
      var end = index + 1
      if let reference = hit(.personReferences, at: index) {
        end = reference.tokens.upperBound
        switch document.valueClass(reference) {
        case .first: child = Child(pronoun: "i")
        case .third: child = Child(pronoun: word(index))
        default: child = Child()
        }
      } else if let pronoun = subjectPronoun(ofObject: index) {
        child = Child(pronoun: pronoun)
      } else if SubjectFinder.isNameLike(document.tokens[index]), index != firstWord,
        !isNamedThing(index)
      {
        let name = quote(document.tokens[index].span)
        if document.isPossessive(index) {
          // "Ali's family", "Sol's targets": the person is named, but what
          // follows is not their action.
          if first == nil { return Child(name: String(name.dropLast(2))) }
          continue
        }
        child = Child(name: name)
      }
      guard var found = child else { continue }
      if let action = actionRight(after: end),
        first == nil || isSupportedAction(of: index, at: action.start),
        !isPossessiveHer(index, before: action.start)
      {
        found.actionStart = action.start
        found.verbBase = action.base
        return found
      }
      if first == nil { first = (found, end) }
    }
    guard var found = first?.child, let end = first?.end else { return nil }
    if let later = laterAction(after: end) {
      found.actionStart = later.start
      found.verbBase = later.base
    }
    return found
  }

  /// Whether a later mention at token `index` is the person a service helps
  /// to do an observable action ("… and help him settle at the table"), not a
  /// possessive ("develop her travel skills") or a service's aim ("to help
  /// Isla take part").
  private func isSupportedAction(of index: Int, at action: Int) -> Bool {
    guard startsObservableAction(action), let support = serviceAction(endingAt: index) else {
      return false
    }
    let start = support.tokens.lowerBound
    return start == 0 || !isWord(start - 1, "to")
  }

  /// The service's verb ending right before token `index`, if any.
  private func serviceAction(endingAt index: Int) -> LexiconHit? {
    document.hits(.serviceActions).last { $0.tokens.upperBound == index }
  }

  /// Whether "her" at token `index` is a possessive before an "-ing" word
  /// ("develop her writing"), not the person followed by their action.
  private func isPossessiveHer(_ index: Int, before action: Int) -> Bool {
    action == index + 1 && isWord(index, "her") && word(action).hasSuffix("ing")
  }

  /// The action right after a mention of the person that ends before token
  /// `end`: "to" and a word, a verb ("tells", "settle"), or a modal and a
  /// word ("can use a spoon").
  private func actionRight(after end: Int) -> (start: Int, base: String?)? {
    guard end < document.tokens.count, document.tokens[end].kind == .word else { return nil }
    if end + 1 < document.tokens.count, isWord(end, "to"),
      document.tokens[end + 1].kind == .word
    {
      return (end + 1, nil)
    }
    let next = word(end)
    if let base = verbs.baseOfThirdPerson(next) { return (end, base) }
    if verbs.isVerb(next) { return (end, nil) }
    if let modal = hit(.modals, at: end), modal.tokens.upperBound < document.tokens.count,
      document.tokens[modal.tokens.upperBound].kind == .word
    {
      return (modal.tokens.upperBound, nil)
    }
    return nil
  }

  /// The person's own action further on in a service's statement, when it
  /// does not follow their name: "provide Leo with a quiet space to calm
  /// down" (an infinitive), "work with Finn on doing up his buttons" (a
  /// gerund after "on", given in its base form). Only an observable action
  /// starts it, in the same sentence's main clause: a vague aim ("to improve
  /// his independence") or a service's own action ("to help him…") is not
  /// the person's action.
  private func laterAction(after start: Int) -> (start: Int, base: String?)? {
    let sentence = document.sentence(ofToken: max(start - 1, 0))
    var index = start
    while index + 1 < document.tokens.count, document.sentence(ofToken: index) == sentence {
      defer { index += 1 }
      guard anatomy.isMainToken[index], !inPrompt(index), anatomy.isMainToken[index + 1],
        !inPrompt(index + 1), document.tokens[index + 1].kind == .word
      else { continue }
      let verb = index + 1
      guard startsObservableAction(verb) else { continue }
      if isWord(index, "to"), !startsHit(.serviceActions, at: verb), !isStranded(verb) {
        return (verb, nil)
      }
      if isWord(index, "on"), let base = verbs.baseOfGerund(word(verb)) { return (verb, base) }
    }
    return nil
  }

  /// Whether an observable action starts at token `index`, and no vague one
  /// ("work" is observable, "work on" is not).
  private func startsObservableAction(_ index: Int) -> Bool {
    startsHit(.observableVerbs, at: index) && !startsHit(.vagueVerbs, at: index)
  }

  /// Whether the verb phrase at token `index` ends in a preposition with no
  /// object ("a named adult to go to and…"): the infinitive describes
  /// something the service gives, not the person's action.
  private func isStranded(_ index: Int) -> Bool {
    guard let verb = hit(.observableVerbs, at: index) else { return false }
    var after = verb.tokens.upperBound
    let endsInPreposition = Self.prepositions.contains { isWord(after - 1, $0) }
    if !endsInPreposition {
      guard after < document.tokens.count, Self.prepositions.contains(where: { isWord(after, $0) })
      else { return false }
      after += 1
    }
    return after >= document.tokens.count || document.tokens[after].kind == .punctuation
      || isWord(after, "and") || isWord(after, "or") || isWord(after, "to")
  }

  private static let prepositions: [StaticString] = ["to", "with", "for", "on", "at", "in"]

  /// The subject pronoun for an object pronoun ("him" -> "he"), if token `index` is one.
  private func subjectPronoun(ofObject index: Int) -> String? {
    document.position(ofToken: index, in: Self.objectPronouns).map { Self.subjectPronouns[$0] }
  }

  private static let objectPronouns: [StaticString] = ["him", "her", "them", "me"]
  private static let subjectPronouns = ["he", "she", "they", "i"]

  /// Whether token `index` lies in jargon, a service, a place or time,
  /// provision or a criterion: a capitalised word there is not a name.
  private func isNamedThing(_ index: Int) -> Bool {
    [LexiconKind.jargon, .serviceSubjects, .contextPhrases, .provision, .criteria].contains {
      kind in
      document.hasHits(kind) && hits(kind).contains { $0.tokens.contains(index) }
    }
  }
}
