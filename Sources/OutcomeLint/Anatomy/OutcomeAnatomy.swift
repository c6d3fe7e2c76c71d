/// The parts of one outcome, found once and read by every rule: timeframe,
/// subject, main action, criteria, context, purpose, provision wording and the
/// other vocabulary the guidance warns about. Absence is a plain `nil` or an
/// empty list, so "no timeframe" is as easy to state as a timeframe. An
/// immutable class, so the rules and reporters that read it share one copy.
public final class OutcomeAnatomy: HitStore, Sendable {
  /// The timeframe the outcome is judged by (the first deadline, else a vague one).
  public let timeframe: Timeframe?
  /// Every timeframe expression found.
  public let timeframes: [Timeframe]
  /// Who the outcome is about.
  public let subject: Subject
  /// The modal ("will", "can") after the subject, if any.
  public let modal: LexiconHit?
  /// The main verb.
  public let action: Action?
  /// Observable verbs anywhere in the main clause.
  public var observableVerbs: HitRun<OutcomeAnatomy> { list(.observableVerbs) }
  /// Success criteria (outside the timeframe).
  public let criteria: [Criterion]
  /// Where, when and with whom.
  public var context: HitRun<OutcomeAnatomy> { list(.context) }
  /// The purpose clause.
  public let purpose: Purpose?
  /// Provision wording in the main clause; a session count reaches back to
  /// the number counting it across describing words ("2 swimming sessions").
  public let provision: [ProvisionMention]
  /// "Will be supported to", "will be given" in the main clause.
  public var passiveSupport: HitRun<OutcomeAnatomy> { list(.passiveSupport) }
  /// Service-voice verbs opening a subject-less statement ("Provide...", "Support X to...").
  public var serviceActions: HitRun<OutcomeAnatomy> { list(.serviceActions) }
  /// Non-observable verbs in the main clause.
  public var vagueVerbs: HitRun<OutcomeAnatomy> { list(.vagueVerbs) }
  /// Bare abstract goals in the main clause ("independence"), except inside a
  /// context phrase ("in literacy lessons") or a longer provision term ("his
  /// communication book", "a social skills group").
  public var abstractGoals: HitRun<OutcomeAnatomy> { list(.abstractGoals) }
  /// Acronyms and technical terms anywhere.
  public var jargon: HitRun<OutcomeAnatomy> { list(.jargon) }
  /// Unrealistic absolutes in the main clause.
  public var absolutes: HitRun<OutcomeAnatomy> { list(.absolutes) }
  /// Low-expectation wording in the main clause.
  public var lowExpectations: HitRun<OutcomeAnatomy> { list(.lowExpectations) }
  /// A wish ("wants to", Section A) or a difficulty ("finds it hard to",
  /// Section B) standing where an outcome's "will" would be: the statement is
  /// an aspiration or a need, not an outcome.
  public let aspirationOrNeed: LexiconHit?
  /// The modals that open a separate outcome (one per independent "X will...").
  public var statementModals: HitRun<OutcomeAnatomy> { list(.statementModals) }
  /// For each token, whether it lies in the main clause (not timeframe, not purpose).
  public let isMainToken: MainClauseTokens
  /// The lists of hits above, one after another, in ``AnatomyHitList`` order.
  private let hitLists: [LexiconHit]
  /// Where each list ends in `hitLists`, by ``AnatomyHitList`` raw value
  /// (each starts where the one before ends).
  private let hitListEnds: AnatomyHitList.Ends

  /// Finds the anatomy of a segmented outcome.
  public convenience init(document: Document) {
    var scratch = AnalysisScratch()
    self.init(document: document, scratch: &scratch)
  }

  /// Finds the anatomy of a segmented outcome, marking its regions in a
  /// worker's `scratch`.
  init(document: Document, scratch: inout AnalysisScratch) {
    var marking = TokenRegions(tokenCount: document.tokens.count, scratch: &scratch)
    PurposeFinder.find(in: document, into: &scratch.purposes)
    marking.markPurpose(scratch.purposes)
    let timeframes = TimeframeExtractor.find(
      in: document, storage: &scratch.timeframes, candidates: &scratch.timeframeCandidates)
    marking.markTimeframes(timeframes)
    // Marked: from here on the regions are only read, as a constant the
    // finders borrow rather than copy.
    let regions = consume marking
    defer { regions.giveBack(to: &scratch) }

    timeframe = timeframes.first(where: { $0.kind != .vague }) ?? timeframes.first
    purpose = scratch.purposes.first
    isMainToken = regions.mainTokens

    let clause = SubjectFinder.find(in: document, regions: regions)
    subject = clause.subject
    modal = clause.modal
    aspirationOrNeed = document.hits(.modals).first { hit in
      document.valueClass(hit) != .ability && regions.isMain(hit.tokens.lowerBound)
    }.flatMap { hit in
      let valueClass = document.valueClass(hit)
      return valueClass == .aspiration || valueClass == .need ? hit : nil
    }
    let criterionHits = document.hits(.criteria)
    let contextHits = document.hits(.contextPhrases)
    var lists = AnatomyHitList.Builder(storage: &scratch.anatomyHits)
    // "without being reminded" is a criterion of independence, not support;
    // "a nurse who is trained to…" is support given to someone else, and
    // "when she is asked to" a condition.
    regions.appendMainHits(.passiveSupport, of: document, to: &lists) { support in
      !criterionHits.contains { $0.span.contains(support.span) }
        && !Self.opensSubordinateClause(support, document)
    }
    regions.appendMainHits(.observableVerbs, of: document, to: &lists)
    regions.appendMainHits(.vagueVerbs, of: document, to: &lists)
    let provisionHits = document.hits(.provision)
    regions.appendMainHits(.abstractGoals, of: document, to: &lists) { goal in
      !contextHits.contains { $0.span.contains(goal.span) }
        && !provisionHits.contains { $0.span.contains(goal.span) && $0.span != goal.span }
    }
    regions.appendMainHits(.absolutes, of: document, to: &lists)
    regions.appendMainHits(.lowExpectations, of: document, to: &lists)
    if let serviceAction = clause.serviceAction { lists.hits.append(serviceAction) }
    lists.close(.serviceActions)
    lists.hits.append(contentsOf: document.hits(.jargon))
    lists.close(.jargon)
    for hit in contextHits where !timeframes.contains(where: { $0.span.overlaps(hit.span) }) {
      lists.hits.append(hit)
    }
    lists.close(.context)
    StatementCounter.appendIndependentModals(in: document, regions: regions, to: &lists.hits)
    lists.close(.statementModals)
    action = ActionFinder.find(
      in: document, after: clause.actionStart, regions: regions,
      passive: lists.list(.passiveSupport))
    var provision = [ProvisionMention].refilling(&scratch.provision) { provision in
      for hit in document.hits(.provision) where regions.isMain(hit) {
        let kind = ProvisionMention.Kind(document.valueClass(hit)) ?? .service
        provision.append(
          ProvisionMention(
            kind: kind,
            hit: kind == .session
              ? CountedSession.widened(hit, in: document, regions: regions) : hit))
      }
    }
    let criteria = CriterionFinder.find(
      in: document, regions: regions, provision: provision, storage: &scratch.criteria,
      candidates: &scratch.criterionCandidates)
    // "within 5 minutes of the bell" times the person, not a service's
    // delivery: its "5 minutes of" is no session count (rarely there, so the
    // list shared with the scratch is copied only then).
    if provision.contains(where: { Self.isTimedByCriterion($0, criteria, document) }) {
      provision.removeAll { Self.isTimedByCriterion($0, criteria, document) }
    }
    // The lists found move into the anatomy, read from locals until here so
    // that passing them on counts no references.
    self.timeframes = consume timeframes
    self.provision = consume provision
    self.criteria = consume criteria
    hitListEnds = lists.ends
    hitLists = lists.finish(givingBackTo: &scratch.anatomyHits)
  }

  /// One of the anatomy's lists of hits.
  private func list(_ list: AnatomyHitList) -> HitRun<OutcomeAnatomy> {
    HitRun(self, positions: AnatomyHitList.positions(of: list, ends: hitListEnds))
  }

  /// The hit at `position` in the anatomy's lists of hits (see ``HitRun``).
  public func hit(at position: Int) -> LexiconHit { hitLists[position] }

  /// Whether the main clause has at least one observable verb.
  public var hasObservableAction: Bool {
    guard aspirationOrNeed == nil else { return false }
    return action?.observability == .observable || !observableVerbs.isEmpty
  }

  /// Whether session wording `mention` lies in a criterion of how soon the
  /// person acts, "within" a time of an event ("within 5 minutes of the
  /// bell", "within two minutes of arriving"): the council's guidance counts
  /// such timing as the young person's own measure (seed 003: 'at break times
  /// each day'), where SecEd's "three sessions of extra spelling tuition"
  /// (seed 001) counts a service's delivery.
  private static func isTimedByCriterion(
    _ mention: ProvisionMention, _ criteria: [Criterion], _ document: Document
  ) -> Bool {
    mention.kind == .session
      && criteria.contains { criterion in
        criterion.kind == .duration && criterion.tokens.overlaps(mention.hit.tokens)
          && criterion.tokens.lowerBound < mention.hit.tokens.lowerBound
          && document.isWord(criterion.tokens.lowerBound, "within")
      }
  }

  /// Whether `hit` is in a clause that is not the outcome's: a relative
  /// clause about someone else (right after "who" or "which"), or a
  /// condition (a conjunction such as "when" and its subject before it).
  private static func opensSubordinateClause(_ hit: LexiconHit, _ document: Document) -> Bool {
    let before = hit.tokens.lowerBound - 1
    guard before >= 0 else { return false }
    if document.isWord(before, "who") || document.isWord(before, "which") { return true }
    return before >= 1 && document.tokens[before].kind == .word
      && conditionWords.contains { document.isWord(before - 1, $0) }
  }

  private static let conditionWords: [StaticString] = [
    "when", "whenever", "if", "until", "once", "after", "before", "while",
  ]
}
