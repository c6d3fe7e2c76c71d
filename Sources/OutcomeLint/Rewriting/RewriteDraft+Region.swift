extension RewriteDraft {
  /// Whether token `index` starts a phrase about where, when or how rather
  /// than an action: a preposition in the function-words lexicon.
  func isPreposition(_ index: Int) -> Bool {
    document.hitValueClass(.functionWords, startingAt: index) == .preposition
  }

  /// The words right before `start` that lose their object when the words
  /// from `start` are taken out, while they are still in `pieces`: a
  /// determiner ("by the [educational psychologist every 7 weeks]", "needs a
  /// [movement break]"), and a one-word preposition before the object or its
  /// determiner ("read aloud in [every lesson]", "in [one-to-one reading
  /// sessions]"). "to" stays: it may mark a verb ("able to [have a better
  /// understanding …]").
  func orphanedWords(before start: Int, in pieces: [ClausePiece]) -> Range<Int> {
    var first = start
    if first > 0, isStillIn(first - 1, pieces), isFunctionWord(first - 1, .determiner) {
      first -= 1
    }
    if first > 0, !isWord(first - 1, "to"), isStillIn(first - 1, pieces),
      isFunctionWord(first - 1, .preposition)
    {
      first -= 1
    }
    return first..<start
  }

  /// Whether token `index` is a one-word function word of `role`.
  private func isFunctionWord(_ index: Int, _ role: ValueClass) -> Bool {
    guard let word = hit(.functionWords, at: index) else { return false }
    return word.tokens.count == 1 && document.valueClass(word) == role
  }

  /// Whether token `index` is still among `pieces`.
  private func isStillIn(_ index: Int, _ pieces: [ClausePiece]) -> Bool {
    pieces.contains(.token(index))
  }

  /// The main clause from `start` as pieces: its tokens (less those the
  /// opening claims), any action, context or criterion prompt already written,
  /// and context phrases written before the subject ("During maths, …").
  /// A context phrase that opened the sentence ("At the end of the day, …")
  /// follows the action, so it starts in lower case, and the main clause's
  /// closing punctuation does not come before it.
  /// The pieces are written in the storage's ``RewriteStorage/region``,
  /// recycled from the last rewrite (see ``recycle(region:)``).
  func mainRegion(from start: Int, claimed: [Int], subject: TextSpan?) -> [ClausePiece] {
    var pieces = [ClausePiece].recycled(from: &storage.region)
    let count = document.tokens.count
    pieces.reserveCapacity(count)
    if prompts.isEmpty && claimed.isEmpty {
      // The usual case: the main clause's tokens from `start` on.
      for index in max(start, 0)..<max(count, start) where anatomy.isMainToken[index] {
        pieces.append(.token(index))
      }
    }
    // Without prompts, tokens before `start` need no look.
    var index = prompts.isEmpty ? (claimed.isEmpty ? count : max(start, 0)) : 0
    while index < count {
      if inPrompt(index), let written = prompts.first(where: { $0.tokens.lowerBound == index }) {
        switch written.prompt.slot {
        case .action, .context, .criterion:
          if index >= start { pieces.append(.prompt(prompt(copying: written.prompt))) }
        case .when, .who, .purpose:
          break
        }
        index = written.tokens.upperBound
        continue
      }
      if index >= start && anatomy.isMainToken[index]
        && (claimed.isEmpty || !claimed.contains(index))
      {
        pieces.append(.token(index))
      }
      index += 1
    }
    let before = contextBefore(start, claimed: claimed, subject: subject)
    guard case .token(let first) = before.first else { return pieces }
    while case .token(let last) = pieces.last, document.tokens[last].kind == .punctuation {
      pieces.removeLast()
    }
    if document.tokens[first].letterCase == .capitalized, isPreposition(first) {
      substitutions[first] = word(first)
    }
    return pieces + before
  }

  /// Gives `region`'s storage back for the next rewrite's main region.
  func recycle(region: consuming [ClausePiece]) {
    storage.region = region
  }

  /// A statement of need or wish with no action ("Josiah has a visual
  /// impairment", "I want to be a vet") says nothing the person will do: its
  /// words are taken out, so the action becomes a prompt. A difficulty with
  /// doing something ("finds it hard to wait his turn") keeps the something
  /// as the action. Prompts already written stay.
  func takingOutNeed(_ region: [ClausePiece], answering need: ReportFinding) -> [ClausePiece] {
    let prompts = region.filter { piece in
      if case .prompt = piece { return true }
      return false
    }
    let words = Self.tokens(of: region).filter { document.tokens[$0].kind != .punctuation }
    guard let first = words.min(), let last = words.max(), let wish = anatomy.aspirationOrNeed
    else { return prompts }
    if document.valueClass(wish) == .need, let skill = skill(after: wish), skill <= last {
      note(
        "Took out '\(original: wish.span)': it describes a need (Section B); what the person will be able to do stays",
        answering: need)
      return prompts
        + region.filter { piece in
          guard case .token(let index) = piece else { return false }
          return index >= skill
        }
    }
    if document.valueClass(wish) == .aspiration, wish.tokens.upperBound <= last {
      aspirationExample = text(of: Self.pieces(wish.tokens.upperBound..<(last + 1)), .original)
    }
    note(
      "Took out '\(original: document.span(ofTokens: first..<(last + 1)))': it describes a need or a wish (Sections A and B), not what the person will do",
      answering: need)
    return prompts
  }

  /// The verb a difficulty is about: after "finds it hard to", or after
  /// "needs help" and "to" ("needs help to plan a journey"), if it is a verb.
  private func skill(after difficulty: LexiconHit) -> Int? {
    guard let last = difficulty.tokens.last else { return nil }
    var index = difficulty.tokens.upperBound
    if !isWord(last, "to") {
      guard index < document.tokens.count, isWord(index, "to") else { return nil }
      index += 1
    }
    guard index < document.tokens.count, document.tokens[index].kind == .word,
      isVerb(index) || hasHit(.observableVerbs, at: index) || hasHit(.vagueVerbs, at: index)
    else { return nil }
    return index
  }

  private func contextBefore(_ start: Int, claimed: [Int], subject: TextSpan?) -> [ClausePiece] {
    var pieces: [ClausePiece] = []
    guard document.hasHits(.contextPhrases) else { return pieces }
    for context in hits(.contextPhrases) where context.tokens.upperBound <= start {
      guard context.tokens.allSatisfy({ anatomy.isMainToken[$0] && !claimed.contains($0) }),
        !(subject.map { $0.overlaps(context.span) } ?? false)
      else { continue }
      var first = context.tokens.lowerBound
      if !isPreposition(first) {
        guard first > 0, isPreposition(first - 1) else { continue }
        first -= 1
      }
      let end = clauseEnd(after: context, before: start, claimed: claimed)
      pieces += (first..<end).map { .token($0) }
    }
    return pieces
  }

  /// Where a context phrase ends. One that opens a clause about the person
  /// ("when she", "when they") goes on to the clause's end ("when she becomes
  /// very upset"): up to a break, another phrase of place, time or criterion,
  /// or a preposition.
  private func clauseEnd(after context: LexiconHit, before start: Int, claimed: [Int]) -> Int {
    var end = context.tokens.upperBound
    guard let last = context.tokens.last,
      let person = document.hit(.personReferences, startingAt: last),
      [.first, .third].contains(document.valueClass(person))
    else { return end }
    while end < min(start, document.tokens.count), anatomy.isMainToken[end], !inPrompt(end),
      !claimed.contains(end), document.tokens[end].kind == .word, !isPreposition(end),
      !hasHit(.contextPhrases, at: end), !hasHit(.criteria, at: end),
      !hasHit(.absolutes, at: end)
    {
      end += 1
    }
    return end
  }

  /// Cuts the statement's further outcomes ("… and she will read a chapter
  /// book") out of `region`, leaving what stays there and returning each
  /// outcome cut out. A statement that starts before the person's action is
  /// not cut: in a service's statement the person's own clause may open with
  /// a modal of its own ("will ensure Esme can use a spoon").
  func splitSeparateOutcomes(_ region: inout [ClausePiece], who: Who) -> [[ClausePiece]] {
    // Built without an array apiece until a cut is found: most statements have none.
    var cuts: [Int] = []
    var first = true
    for modal in anatomy.statementModals where !inPrompt(modal.tokens.lowerBound) {
      if first {
        first = false
      } else if modal.tokens.lowerBound > who.actionStart {
        cuts.append(modal.tokens.lowerBound - 1)
      }
    }
    guard !cuts.isEmpty else { return splitList(&region, who: who) }
    var kept = region.filter { piece in
      guard case .token(let index) = piece else { return true }
      return index < cuts[0]
    }
    var separate: [[ClausePiece]] = []
    for (position, cut) in cuts.enumerated() {
      let end = position + 1 < cuts.count ? cuts[position + 1] : document.tokens.count
      var part = region.filter { piece in
        guard case .token(let index) = piece else { return false }
        return index >= cut && index < end
      }
      trim(&part)
      separate.append(part)
    }
    trim(&kept)
    region = kept
    return separate
  }

  /// Cuts a list of actions ("travel on his own, manage his money and find a
  /// job") after its first: each other action becomes its own outcome.
  private func splitList(_ region: inout [ClausePiece], who: Who) -> [[ClausePiece]] {
    // A context phrase from before the subject follows the action, so the
    // pieces are not in text order: the region ends at its largest token.
    guard
      let list = finding("several-outcomes", where: { tokenRange(of: $0) != nil })
        .flatMap({ tokenRange(of: $0.span) }),
      let last = Self.tokenBounds(of: region)?.last
    else { return [] }
    let cuts = list.filter { index in
      (document.isPunctuation(index, UInt8(ascii: ",")) || isWord(index, "and"))
        && index + 1 < document.tokens.count && index + 1 < list.upperBound
        && isVerb(index + 1)
    }
    guard let first = cuts.first else { return [] }
    var kept = region.filter { piece in
      guard case .token(let index) = piece else { return true }
      return index < first
    }
    let separate = cuts.indices.map { position in
      let start = cuts[position] + 1
      let end = max(start, position + 1 < cuts.count ? cuts[position + 1] : last + 1)
      var part = (start..<end).filter { region.contains(.token($0)) }.map { ClausePiece.token($0) }
      trim(&part)
      return [piece(text: text(of: who)), piece(text: "will")] + part
    }
    trim(&kept)
    region = kept
    return separate
  }

  /// Takes punctuation and joining words off both ends of `pieces`, and a
  /// comma straight after another.
  func trim(_ pieces: inout [ClausePiece]) {
    func isLoose(_ piece: ClausePiece) -> Bool {
      guard case .token(let index) = piece else { return false }
      if substitutions.drops(index) { return true }
      return document.tokens[index].kind == .punctuation && !document.isPunctuation(index, 0x22)
        || document.hitValueClass(.functionWords, startingAt: index) == .coordinator
    }
    func isComma(_ piece: ClausePiece) -> Bool {
      guard case .token(let index) = piece else { return false }
      return document.isPunctuation(index, UInt8(ascii: ","))
    }
    var start = 0
    while start < pieces.count, isLoose(pieces[start]) { start += 1 }
    var end = pieces.count
    while end > start, isLoose(pieces[end - 1]) { end -= 1 }
    let doubled = (start..<end).dropFirst().contains {
      isComma(pieces[$0]) && isComma(pieces[$0 - 1])
    }
    guard doubled else {
      // Nothing to take out between the ends: only the ends go.
      if end < pieces.count { pieces.removeSubrange(end...) }
      if start > 0 { pieces.removeSubrange(..<start) }
      return
    }
    var written = 0
    for position in start..<end {
      let piece = pieces[position]
      if isComma(piece), written > 0, isComma(pieces[written - 1]) { continue }
      pieces[written] = piece
      written += 1
    }
    pieces.removeSubrange(written...)
  }

  /// The token indices among `pieces`.
  static func tokens(of pieces: [ClausePiece]) -> [Int] {
    pieces.compactMap { piece in
      guard case .token(let index) = piece else { return nil }
      return index
    }
  }

  /// The first token among `pieces`, if any.
  static func firstToken(of pieces: [ClausePiece]) -> Int? {
    for case .token(let index) in pieces { return index }
    return nil
  }

  /// The tokens from the smallest to the largest among `pieces`, if any.
  static func tokenBounds(of pieces: some Sequence<ClausePiece>) -> Range<Int>? {
    var bounds: (first: Int, last: Int)?
    for case .token(let index) in pieces {
      bounds = bounds.map { (min($0.first, index), max($0.last, index)) } ?? (index, index)
    }
    return bounds.map { $0.first..<($0.last + 1) }
  }

  /// The tokens covering `span`.
  func tokenRange(of span: TextSpan) -> Range<Int>? {
    guard let first = document.tokens.firstIndex(where: { Int($0.start) >= span.start }),
      let last = document.tokens.lastIndex(where: { Int($0.end) <= span.end }), first <= last
    else { return nil }
    return first..<(last + 1)
  }
}
