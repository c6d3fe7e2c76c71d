/// Finds who an outcome is about and where its action begins.
///
/// The subject is the short run of words before the first modal ("will",
/// "can") in the main clause. Without a modal, a statement may be an
/// infinitive ("To read..."), "Name to read...", a verb-first fragment
/// ("Improve reading"), a service's instruction ("Support Amy to...") or a noun
/// phrase with no verb at all ("3 hours of therapy").
enum SubjectFinder {
  /// What the finder returns.
  struct Clause {
    var subject: Subject
    var modal: LexiconHit?
    /// Token where the action part begins (after the modal), if any.
    var actionStart: Int?
    /// The service-voice verb opening a subject-less statement, if any.
    var serviceAction: LexiconHit?
  }

  /// How many words a subject may have ("The speech and language therapist").
  static let maximumSubjectWords = 6

  static func find(in document: Document, regions: TokenRegions) -> Clause {
    // A modal right before another is a name: "May will", "Will will".
    if let modal = document.hits(.modals).first(where: {
      regions.isMain($0.tokens.lowerBound) && document.valueClass($0) == .modal
        && ($0.tokens.upperBound == document.tokens.count
          || document.hitValueClass(.modals, startingAt: $0.tokens.upperBound) != .modal)
    }) {
      let subjectRange = subjectTokens(before: modal.tokens.lowerBound, document, regions)
      return Clause(
        subject: classify(subjectRange, document), modal: modal,
        actionStart: modal.tokens.upperBound)
    }
    guard let first = regions.firstMainToken else {
      return Clause(subject: Subject(kind: .none, span: nil), actionStart: nil)
    }
    let firstWord = document.tokens[first...].firstIndex { $0.kind != .punctuation } ?? first
    let opensWithTo = isTo(document, firstWord)
    let afterOpeningPhrase = openingPhraseEnd(document, from: firstWord)
    if let serviceAction = document.hits(.serviceActions).first(where: {
      ($0.tokens.lowerBound == firstWord || $0.tokens.lowerBound == afterOpeningPhrase
        || (opensWithTo && $0.tokens.lowerBound == firstWord + 1))
        && !isNoun(document, $0)
    }) {
      return Clause(
        subject: Subject(kind: .service, span: serviceAction.span), actionStart: nil,
        serviceAction: serviceAction)
    }
    if let service = document.hits(.serviceSubjects).first(where: {
      $0.tokens.lowerBound <= firstWord + 1 && isTo(document, $0.tokens.upperBound)
    }) {
      return Clause(
        subject: Subject(
          kind: .service,
          span: document.span(
            ofTokens: min(firstWord, service.tokens.lowerBound)..<service.tokens.upperBound)),
        actionStart: service.tokens.upperBound + 1)
    }
    if opensWithTo {
      return Clause(
        subject: Subject(kind: .implicit, span: nil), actionStart: firstWord + 1)
    }
    if firstWord + 1 < document.tokens.count, isTo(document, firstWord + 1),
      isNameLike(document.tokens[firstWord])
    {
      return Clause(
        subject: Subject(kind: .namedChild, span: document.tokens[firstWord].span),
        actionStart: firstWord + 2)
    }
    let startsWithVerb =
      document.hasHit(.observableVerbs, startingAt: firstWord)
      || document.hasHit(.vagueVerbs, startingAt: firstWord)
    if startsWithVerb {
      return Clause(
        subject: Subject(kind: .implicit, span: nil), actionStart: firstWord)
    }
    return Clause(subject: Subject(kind: .none, span: nil), actionStart: nil)
  }

  private static func subjectTokens(
    before modal: Int, _ document: Document, _ regions: TokenRegions
  )
    -> Range<Int>
  {
    var start = modal
    while start > 0, modal - start < maximumSubjectWords {
      let candidate = start - 1
      if regions.isTimeframe(candidate) || regions.isPurpose(candidate) { break }
      if document.tokens[candidate].kind == .punctuation
        && !isJoiner(candidate, document)
        && !document.isPunctuation(candidate, UInt8(ascii: "]"))
        && !document.isPunctuation(candidate, UInt8(ascii: "["))
        && !document.isPunctuation(candidate, UInt8(ascii: "'"))
      {
        break
      }
      start = candidate
    }
    return start..<modal
  }

  /// Whether token `index` joins the tokens either side of it into one
  /// name, with no space: the colon of a ratio ("her 1:1 will") or the hyphen
  /// of a double name ("Lily-Rose can"). It belongs to the subject rather
  /// than ending it.
  private static func isJoiner(_ index: Int, _ document: Document) -> Bool {
    if document.isHyphenJoiningWords(index) { return true }
    guard index > 0, index + 1 < document.tokens.count,
      document.isPunctuation(index, UInt8(ascii: ":"))
    else { return false }
    let before = document.tokens[index - 1]
    let after = document.tokens[index + 1]
    return before.kind == .number && after.kind == .number
      && before.end == document.tokens[index].start && document.tokens[index].end == after.start
  }

  private static func classify(_ range: Range<Int>, _ document: Document) -> Subject {
    guard !range.isEmpty else { return Subject(kind: .none, span: nil) }
    let span = document.span(ofTokens: range)
    let inside = { (kind: LexiconKind) in
      document.hits(kind).first { range.contains($0.tokens.lowerBound) }
    }
    if inside(.serviceSubjects) != nil { return Subject(kind: .service, span: span) }
    if let person = inside(.personReferences) {
      switch document.valueClass(person) {
      case .first: return Subject(kind: .firstPerson, span: span)
      case .third: return Subject(kind: .pronoun, span: span)
      default: return Subject(kind: .genericChild, span: span)
      }
    }
    if range.contains(where: { isNameLike(document.tokens[$0]) }) {
      return Subject(kind: .namedChild, span: span)
    }
    return Subject(kind: .none, span: span)
  }

  /// A capitalised word or a placeholder letter ("Amy", "X", "XX").
  static func isNameLike(_ token: Token) -> Bool {
    token.kind == .word
      && (token.letterCase == .capitalized || token.letterCase == .singleCapital
        || (token.letterCase == .allCapitals && token.end - token.start <= 2))
  }

  /// The lexicons whose words make a phrase a clause.
  private static let verbKinds: [LexiconKind] = [
    .observableVerbs, .vagueVerbs, .modals, .serviceActions,
  ]

  /// The first word after an opening phrase set off by a comma that has no
  /// verb in it ("4 times daily for 15 minutes each, provide…"), if any.
  private static func openingPhraseEnd(_ document: Document, from first: Int) -> Int? {
    let sentence = document.sentence(ofToken: first)
    var index = first
    while index < document.tokens.count, document.sentence(ofToken: index) == sentence {
      if document.isPunctuation(index, UInt8(ascii: ",")) {
        let hasVerb = verbKinds.contains { kind in
          document.hits(kind).contains { (first..<index).contains($0.tokens.lowerBound) }
        }
        return hasVerb ? nil : index + 1
      }
      index += 1
    }
    return nil
  }

  /// Whether a service-action word is used as a noun ("Support from a teaching assistant").
  private static func isNoun(_ document: Document, _ hit: LexiconHit) -> Bool {
    let next = hit.tokens.upperBound
    return next < document.tokens.count
      && (document.isWord(next, "from") || document.isWord(next, "for")
        || document.isWord(next, "of"))
  }

  private static func isTo(_ document: Document, _ index: Int) -> Bool {
    index < document.tokens.count && document.isWord(index, "to")
  }
}
