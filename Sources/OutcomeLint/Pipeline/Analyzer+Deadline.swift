/// Judging an outcome with the deadline stated beside it rather than in it: a
/// plan's "By when" column, or the `by_when` field or "By when" column of a
/// record `check` and `rewrite` read. The guidance asks every outcome for a
/// timeframe (SENDIASS, seed 002: 'Time-bound'; council guidance, seed 003:
/// 'By (when) the learner will be able to…'), and an outcome whose deadline
/// sits in its own column still states one.
///
/// When the outcome's text states no timeframe of its own, it is judged as
/// "<opening>, <text>": the deadline written as the lead of a sentence.
/// - A deadline that starts with a timeframe lead ("within two years", "by
///   the end of Year 6") is put first as written.
/// - "When …" becomes "By the time …" ("When he leaves school" gives "By
///   the time he leaves school").
/// - Otherwise "by" goes before it, with "the" when that makes a longer lead
///   ("End of Key Stage 2" gives "By the end of Key Stage 2"; "July 2027"
///   gives "By July 2027").
/// - Words capitalised only because they began the column are written in
///   lower case: lead words, function words, and words the timeframes
///   lexicon spells in lower case ("Summer term 2027" gives "By summer term
///   2027"). Words it spells with a capital (months, Year, Key Stage,
///   Reception, Christmas) and every other word (a name) keep their capitals.
///
/// The outcome's own text follows unchanged, so every offset after the
/// opening points at the same words.
extension Analyzer {
  /// Analyses `bytes` (validated UTF-8); when the outcome states no
  /// timeframe and `byWhen` gives a deadline, analyses "<opening>, <text>"
  /// instead (see the type's notes). The report's document holds the text as
  /// judged.
  public func analyze(
    utf8 bytes: [UInt8], byWhen: String?, suppressions: [Suppression] = [],
    recordID: String? = nil
  ) throws(SegmentationError) -> OutcomeReport {
    let report = try analyze(utf8: bytes, suppressions: suppressions, recordID: recordID)
    guard report.outcome.anatomy.timeframe == nil, let byWhen,
      let opening = try deadlineOpening(byWhen)
    else { return report }
    return try analyze(
      utf8: Array((opening + ", ").utf8) + bytes, suppressions: suppressions, recordID: recordID)
  }

  /// The opening a deadline column gives an outcome, or nil when it holds
  /// nothing but spaces and punctuation.
  func deadlineOpening(_ written: String) throws(SegmentationError) -> String? {
    let edge: (Character) -> Bool = { $0.isWhitespace || ".,;".contains($0) }
    var deadline = String(written.drop(while: edge).reversed().drop(while: edge).reversed())
    guard !deadline.isEmpty else { return nil }
    // "When he leaves school" says by when as "By the time he leaves school".
    if deadline.lowercased().hasPrefix("when ") { deadline = "by the time" + deadline.dropFirst(4) }
    let own = Self.leadingLead(try document(deadline))
    let split = own?.span.end ?? 0
    let lead = own == nil ? "by" : String(decoding: deadline.utf8.prefix(split), as: UTF8.self)
    let rest =
      own == nil ? " " + deadline : String(decoding: deadline.utf8.dropFirst(split), as: UTF8.self)
    for prefix in own == nil ? [lead, lead + " the"] : [lead + " the"] {
      let candidate = try document(prefix + rest)
      if let hit = Self.leadingLead(candidate), hit.span.end > prefix.utf8.count {
        return Self.sentenceCase(candidate, lead: hit)
      }
    }
    let written = try document(lead + rest)
    return Self.sentenceCase(written, lead: Self.leadingLead(written))
  }

  /// `text` segmented and matched (the rules' findings are not needed).
  private func document(_ text: String) throws(SegmentationError) -> Document {
    try analyze(utf8: Array(text.utf8)).outcome.document
  }

  /// The longest timeframe lead at the very start of `document`, if any.
  private static func leadingLead(_ document: Document) -> LexiconHit? {
    document.hits(.timeframeLeads).filter { $0.tokens.lowerBound == 0 }.max {
      $0.tokens.count < $1.tokens.count
    }
  }

  /// `document`'s text with its first letter in upper case and every other
  /// capitalised word ("End") in lower case when it is part of `lead`, a
  /// function word, or a word the timeframes lexicon spells in lower case.
  private static func sentenceCase(_ document: Document, lead: LexiconHit?) -> String {
    let timeframes = document.hits(.timeframes)
    let functionWords = document.hits(.functionWords)
    var text = ""
    var end = 0
    for (index, token) in document.tokens.enumerated() where token.letterCase == .capitalized {
      let word = document.text(token.span)
      let covering = timeframes.filter { $0.tokens.contains(index) }.flatMap { hit in
        document.entry(hit).phrase.split(whereSeparator: { !$0.isLetter }).filter {
          $0.lowercased() == word.lowercased()
        }
      }
      let isCommon =
        lead?.tokens.contains(index) == true
        || functionWords.contains { $0.tokens.contains(index) }
        || (!covering.isEmpty && covering.allSatisfy { $0 == $0.lowercased() })
      guard isCommon else { continue }
      text += document.text(TextSpan(start: end, end: token.span.start)) + word.lowercased()
      end = token.span.end
    }
    text += document.text(TextSpan(start: end, end: document.bytes.count))
    return text.prefix(1).uppercased() + text.dropFirst()
  }
}
