/// Finds timeframe expressions: a lead ("by", "by the end of", "within")
/// followed within a few words by an anchor from the timeframes lexicon ("Key
/// Stage 2", "Year 9", "6 weeks"), a bare year ("by 2027"), or a vague phrase
/// on its own ("eventually"). An anchor inside or right after a frequency
/// ("twice a week", "at least once a week") or after the start of a session
/// count ("in 2 swimming sessions a week", unlike "within a 6 week block")
/// says how often, not by when.
enum TimeframeExtractor {
  /// How many words may stand between a lead and its anchor
  /// ("by the time [she leaves] primary school").
  static let maximumGap = 5

  /// The timeframes of `document` in text order, overlaps resolved to the
  /// longest, built in storage recycled from `storage`; `candidates` is a
  /// worker's scratch for the expressions found before that.
  static func find(
    in document: Document, storage: inout [Timeframe], candidates found: inout [Timeframe]
  ) -> [Timeframe] {
    let leads = document.hits(.timeframeLeads)
    found.removeAll(keepingCapacity: true)
    for anchor in document.hits(.timeframes) {
      let value = document.lexicons.timeframeValue(anchor.index)
      guard !saysHowOften(document, anchor, isVague: value.kind == .vague),
        !namesTheChild(document, anchor)
      else { continue }
      let lead = leads.last { lead in
        lead.tokens.lowerBound < anchor.tokens.lowerBound
          && anchor.tokens.lowerBound - lead.tokens.upperBound <= maximumGap
          && !containsBreak(
            document,
            min(lead.tokens.upperBound, anchor.tokens.lowerBound)..<anchor.tokens.lowerBound)
      }
      if value.kind == .vague {
        // A vague phrase takes only a lead right before it ("in the long
        // term"): one further back belongs to other words ("in my community
        // in time"), which a frequency may be among.
        let start = lead.flatMap {
          $0.tokens.upperBound == anchor.tokens.lowerBound ? $0.tokens.lowerBound : nil
        }
        found.append(
          make(
            document, start ?? anchor.tokens.lowerBound, anchorEnd(document, anchor), value, anchor,
            false))
        continue
      }
      guard let lead, !namesAnAgent(document, lead, anchor, value),
        !isDailyRoutine(document, anchor, value), !saysHowLong(document, lead)
      else { continue }
      let isDeadline = document.valueClass(lead) == .deadline
      guard isDeadline || value.kind == .relative || value.kind == .date else { continue }
      found.append(
        make(
          document, lead.tokens.lowerBound, anchorEnd(document, anchor), value, anchor, isDeadline))
    }
    appendBareYears(in: document, leads: leads, to: &found)
    found.sort { $0.span < $1.span }
    return [Timeframe].refilling(&storage) { removeOverlaps(found, into: &$0) }
  }

  /// Whether `anchor` counts how often rather than by when: it lies inside or
  /// right after a frequency ("twice a week"), or inside a session count
  /// after its start ("2 swimming sessions a week", unlike "a 6 week block").
  /// A vague phrase right after a frequency still says when ("twice a week
  /// in time", "3 times a week when I am ready").
  private static func saysHowOften(_ document: Document, _ anchor: LexiconHit, isVague: Bool)
    -> Bool
  {
    let start = anchor.tokens.lowerBound
    return document.hits(.criteria).contains { frequency in
      (frequency.tokens.contains(start) || (!isVague && frequency.tokens.upperBound == start))
        && document.valueClass(frequency) == .frequency
    }
      || document.hits(.provision).contains { session in
        session.tokens.lowerBound < start && session.tokens.contains(start)
          && document.valueClass(session) == .session
      }
  }

  /// Whether a bare "by", a determiner and a phase's setting name who does
  /// something, not when: "sessions provided by the college" is no deadline,
  /// where "by college" or "by the time she starts college" are.
  private static func namesAnAgent(
    _ document: Document, _ lead: LexiconHit, _ anchor: LexiconHit, _ value: TimeframeAnchorValue
  ) -> Bool {
    let gap = lead.tokens.upperBound
    return value.kind == .phase && lead.tokens.count == 1 && document.isWord(gap - 1, "by")
      && anchor.tokens.lowerBound == gap + 1
      && document.hitValueClass(.functionWords, startingAt: gap) == .determiner
  }

  /// Whether a period's lead follows "for" and so says how long something
  /// has lasted, not when: "no unbroken sleep for over a year".
  private static func saysHowLong(_ document: Document, _ lead: LexiconHit) -> Bool {
    let start = lead.tokens.lowerBound
    return start > 0 && document.isWord(start, "over") && document.isWord(start - 1, "for")
  }

  /// Whether a one-word anchor right before the modal is the child's name,
  /// not a month or a season: "By the end of Year 2 Jun will…", "… in Year 3
  /// May will…".
  private static func namesTheChild(_ document: Document, _ anchor: LexiconHit) -> Bool {
    anchor.tokens.count == 1 && anchor.tokens.lowerBound > 0
      && anchor.tokens.upperBound < document.tokens.count
      && document.tokens[anchor.tokens.lowerBound].letterCase == .capitalized
      && document.hitValueClass(.modals, startingAt: anchor.tokens.upperBound) == .modal
  }

  /// Whether a phase's setting followed by a frequency names a time of day,
  /// not a deadline: "before college each day", "before school every
  /// morning", where "before she starts college" is one.
  private static func isDailyRoutine(
    _ document: Document, _ anchor: LexiconHit, _ value: TimeframeAnchorValue
  ) -> Bool {
    let end = anchor.tokens.upperBound
    return value.kind == .phase
      && document.hits(.criteria).contains { frequency in
        frequency.tokens.lowerBound == end && document.valueClass(frequency) == .frequency
      }
  }

  /// A month or a term may be followed by a year number ("July 2027", "the
  /// summer term 2028"): include it.
  private static func anchorEnd(_ document: Document, _ anchor: LexiconHit) -> Int {
    let next = anchor.tokens.upperBound
    if next < document.tokens.count, let value = document.tokens[next].numericValue,
      (1900...2100).contains(value)
    {
      return next + 1
    }
    return next
  }

  private static func make(
    _ document: Document, _ start: Int, _ end: Int, _ value: TimeframeAnchorValue,
    _ anchor: LexiconHit, _ isDeadline: Bool
  ) -> Timeframe {
    // A year after the anchor makes it a date ("the summer term 2028"): the
    // anchor's own horizon ("the summer term", 6 months) counts from now.
    let isDated = end > anchor.tokens.upperBound
    var horizon: Double?
    switch value.horizon {
    case .unknown: horizon = nil
    case .months(let months): horizon = months
    case .perNumber(let monthsPerUnit):
      let number = document.tokens[anchor.tokens].first { $0.numericValue != nil }?.numericValue
      horizon = number.map { $0 * monthsPerUnit }
    }
    if isDated { horizon = nil }
    return Timeframe(
      kind: isDated && value.kind != .vague ? .date : value.kind,
      span: document.span(ofTokens: start..<end), tokens: start..<end, horizonMonths: horizon,
      isDeadline: isDeadline)
  }

  /// "by 2027": a deadline lead directly followed by a plausible year, not
  /// already part of an expression `found` holds.
  private static func appendBareYears(
    in document: Document, leads: HitRun<Document>, to found: inout [Timeframe]
  ) {
    let earlier = found.count
    for lead in leads {
      let next = lead.tokens.upperBound
      guard next < document.tokens.count, document.valueClass(lead) == .deadline,
        let value = document.tokens[next].numericValue, (1990...2100).contains(value),
        value.rounded() == value,
        !found[..<earlier].contains(where: { $0.tokens.contains(next) })
      else { continue }
      let range = lead.tokens.lowerBound..<(next + 1)
      found.append(
        Timeframe(
          kind: .date, span: document.span(ofTokens: range), tokens: range, horizonMonths: nil,
          isDeadline: true))
    }
  }

  private static func containsBreak(_ document: Document, _ range: Range<Int>) -> Bool {
    range.contains { index in
      document.tokens[index].kind == .punctuation
        && !document.isPunctuation(index, UInt8(ascii: "-"))
    }
  }

  /// Appends `sorted` to `kept`, keeping the longer of two overlapping expressions.
  private static func removeOverlaps(_ sorted: [Timeframe], into kept: inout [Timeframe]) {
    for timeframe in sorted {
      if let last = kept.last, last.span.overlaps(timeframe.span) {
        if timeframe.span.length > last.span.length { kept[kept.count - 1] = timeframe }
        continue
      }
      kept.append(timeframe)
    }
  }
}
