/// Analyses outcomes one at a time for a single worker: segments each once,
/// matches every lexicon in one pass, finds its anatomy, runs the rules and
/// scores the findings. Holds the worker's ICU iterators and scratch space,
/// so create one per thread.
public final class Analyzer {
  /// The shared lexicons and rules.
  public let engine: AnalysisEngine
  private let segmenter: Segmenter
  private var workspace = AnalyzerWorkspace()

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
    try analyze(
      utf8: bytes, suppressions: suppressions, recordID: recordID, in: &workspace)
  }

  /// The body of ``analyze(utf8:suppressions:recordID:)``, reading and
  /// writing the workspace through one exclusive access.
  private func analyze(
    utf8 bytes: [UInt8], suppressions: [Suppression], recordID: String?,
    in workspace: inout AnalyzerWorkspace
  ) throws(SegmentationError) -> OutcomeReport {
    let lexicons = engine.lexicons
    try bytes.withUnsafeBufferPointer { buffer throws(SegmentationError) in
      try segmenter.tokenize(buffer, terms: lexicons.terms, into: &workspace.tokens)
      try segmenter.sentenceEnds(buffer, into: &workspace.sentenceEnds)
    }
    workspace.matcher.match(workspace.tokens, lexicons: lexicons, into: &workspace.matches)
    let document = Document(
      bytes: bytes, tokens: workspace.tokens, sentenceEnds: workspace.sentenceEnds,
      matches: workspace.matches, lexicons: lexicons, scratch: &workspace.scratch)
    let outcome = AnalyzedOutcome(
      document: document, anatomy: OutcomeAnatomy(document: document, scratch: &workspace.scratch),
      suppressions: suppressions)
    workspace.collector.startOutcome()
    engine.rules.run(outcome, stamps: engine.ruleStamps, into: &workspace.collector)
    let triage = FindingTriage(
      workspace.collector.take(), suppressions: suppressions,
      baseline: recordID.flatMap { engine.baseline?.findings(ofRecord: $0) } ?? [:],
      document: document)
    let score = engine.scorer.score(triage.reported)
    // The triage's lists move into the report rather than being copied.
    let (reported, suppressed, baselined) = (consume triage).lists()
    return OutcomeReport(
      outcome: outcome, findings: reported, suppressed: suppressed, baselined: baselined,
      score: score)
  }
}
