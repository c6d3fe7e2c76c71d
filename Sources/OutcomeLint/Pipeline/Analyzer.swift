/// Analyses outcomes one at a time for a single worker: segments each once,
/// matches every lexicon in one pass, finds its anatomy, runs the rules and
/// scores the findings. Holds the worker's ICU iterators and scratch space,
/// so create one per thread.
public final class Analyzer {
  /// The shared lexicons and rules.
  public let engine: AnalysisEngine
  private let segmenter: Segmenter
  private var matcher = LexiconMatcher()
  private var tokens: [Token] = []
  private var sentenceEnds: [Int32] = []
  private var matches = LexiconMatches()
  private var collector = FindingCollector()
  private var scratch = AnalysisScratch()

  /// Creates a worker's analyser.
  public init(engine: AnalysisEngine) throws(SegmentationError) {
    self.engine = engine
    segmenter = try Segmenter()
  }

  /// Analyses one outcome given as UTF-8 text. A trailing `# outcomelint:
  /// ignore RULE -- reason` comment is read and removed, as for a line of a
  /// plain-text input (see ``SuppressionComment``).
  public func analyze(_ text: String) throws(SegmentationError) -> OutcomeReport {
    let line = SuppressionComment(line: Array(text.utf8))
    return try analyze(utf8: line.text, suppressions: line.suppressions)
  }

  /// Analyses one outcome given as (already validated) UTF-8 bytes. Findings
  /// whose rule `suppressions` suppress with a reason, and findings the
  /// engine's baseline holds for the record with raw JSON id `recordID`, are
  /// set aside before scoring.
  public func analyze(
    utf8 bytes: [UInt8], suppressions: [Suppression] = [], recordID: String? = nil
  ) throws(SegmentationError) -> OutcomeReport {
    try bytes.withUnsafeBufferPointer { buffer throws(SegmentationError) in
      try segmenter.tokenize(buffer, terms: engine.lexicons.terms, into: &tokens)
      try segmenter.sentenceEnds(buffer, into: &sentenceEnds)
    }
    matcher.match(tokens, lexicons: engine.lexicons, into: &matches)
    let document = Document(
      bytes: bytes, tokens: tokens, sentenceEnds: sentenceEnds, matches: matches,
      lexicons: engine.lexicons, scratch: &scratch)
    let outcome = AnalyzedOutcome(
      document: document, anatomy: OutcomeAnatomy(document: document, scratch: &scratch),
      suppressions: suppressions)
    // A local collector, swapped back afterwards, spares an exclusivity check per rule.
    var collector = FindingCollector()
    swap(&collector, &self.collector)
    defer { swap(&collector, &self.collector) }
    // Borrowing each rule and stamp from the engine's buffers copies no
    // existential and counts no references to objects every worker shares.
    engine.rules.rules.withUnsafeBufferPointer { rules in
      engine.ruleStamps.withUnsafeBufferPointer { stamps in
        for index in rules.indices {
          collector.begin(stamps[index])
          rules[index].check(outcome, into: &collector)
        }
      }
    }
    let triage = FindingTriage(
      collector.take(), suppressions: suppressions,
      baseline: recordID.flatMap { engine.baseline?.findings(ofRecord: $0) } ?? [:],
      document: document)
    return OutcomeReport(
      outcome: outcome, findings: triage.reported, suppressed: triage.suppressed,
      baselined: triage.baselined, score: engine.scorer.score(triage.reported))
  }
}
