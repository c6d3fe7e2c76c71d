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

  /// Creates a worker's analyser.
  public init(engine: AnalysisEngine) throws(SegmentationError) {
    self.engine = engine
    segmenter = try Segmenter()
  }

  /// Analyses one outcome given as UTF-8 text.
  public func analyze(_ text: String) throws(SegmentationError) -> OutcomeReport {
    try analyze(utf8: Array(text.utf8))
  }

  /// Analyses one outcome given as (already validated) UTF-8 bytes.
  public func analyze(utf8 bytes: [UInt8]) throws(SegmentationError) -> OutcomeReport {
    try bytes.withUnsafeBufferPointer { buffer throws(SegmentationError) in
      try segmenter.tokenize(buffer, terms: engine.lexicons.terms, into: &tokens)
      try segmenter.sentenceEnds(buffer, into: &sentenceEnds)
    }
    matcher.match(tokens, lexicons: engine.lexicons, into: &matches)
    let document = Document(
      bytes: bytes, tokens: tokens, sentenceEnds: sentenceEnds, matches: matches,
      lexicons: engine.lexicons)
    let outcome = AnalyzedOutcome(document: document, anatomy: OutcomeAnatomy(document: document))
    for rule in engine.rules.rules {
      collector.begin(rule.description)
      rule.check(outcome, into: &collector)
    }
    let findings = collector.take()
    return OutcomeReport(outcome: outcome, findings: findings, score: Scorer.score(findings))
  }
}
