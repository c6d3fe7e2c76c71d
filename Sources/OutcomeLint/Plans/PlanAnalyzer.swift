/// Audits plans one at a time for a single worker: analyses every outcome
/// with the outcome engine, reads each outcome's facts and each aspiration's
/// words, links them, runs the plan rules and grades the plan. Holds the
/// worker's ICU iterators and scratch space, so create one per thread.
///
/// An outcome whose text states no timeframe but which has a `by_when`
/// deadline beside it (a "By when" column) is judged with that deadline put
/// first ("By the end of Key Stage 2, <text>"; see
/// ``Analyzer/analyze(utf8:byWhen:suppressions:recordID:)``), and that is the
/// text the report shows; `by_when` stays in its record.
public final class PlanAnalyzer {
  /// The shared engine.
  public let engine: PlanEngine
  private let analyzer: Analyzer
  private let segmenter: Segmenter
  private var matcher = LexiconMatcher()
  private var tokens: [Token] = []
  private var sentenceEnds: [Int32] = []
  private var matches = LexiconMatches()
  private var words = PlanWordReader()
  /// Recognised `area` fields, by name, as the plans written so far name them.
  private var areas: [String: PlanArea?] = [:]

  /// Creates a worker's plan analyser.
  public init(engine: PlanEngine) throws(SegmentationError) {
    self.engine = engine
    analyzer = try Analyzer(engine: engine.analysis)
    segmenter = try Segmenter()
  }

  /// Reads and audits one plan record; `redact` replaces the child's name
  /// with initials in everything the report holds.
  public func analyze(_ record: InputRecord, redact: Bool) -> PlanResult {
    guard let bytes = record.text else { return .failed(record, record.error ?? "unreadable") }
    switch engine.decoder.decode(
      bytes, source: record.source, line: record.line, defaultID: record.idJSON)
    {
    case .failure(let error):
      guard let id = PlanDecoder.idJSON(in: bytes) else { return .failed(record, error.message) }
      return .failed(
        InputRecord(source: record.source, line: record.line, idJSON: id, text: bytes),
        error.message)
    case .success(let plan):
      do {
        return .analyzed(try analyze(plan, redact: redact))
      } catch {
        return .failed(record, error.description)
      }
    }
  }

  /// Audits a plan, judging each outcome with its `by_when` deadline when its
  /// text states none (the report's plan holds the outcomes as judged).
  public func analyze(_ written: Plan, redact: Bool) throws(SegmentationError) -> PlanReport {
    let names = AnalyzedPlan.nameParts(written.child)
    var reports: [OutcomeReport] = []
    var facts: [OutcomeFacts] = []
    var outcomes: [PlanOutcome] = []
    for writtenOutcome in written.outcomes {
      let (outcome, report) = try dated(writtenOutcome)
      outcomes.append(outcome)
      reports.append(report)
      facts.append(
        OutcomeFacts(
          outcome, report: report, area: outcome.area.flatMap(area(named:)), names: names,
          reader: &words, vocabulary: engine.vocabulary))
    }
    let plan = Plan(
      source: written.source, line: written.line, idJSON: written.idJSON, child: written.child,
      yearGroup: written.yearGroup, age: written.age, aspirations: written.aspirations,
      needs: written.needs, outcomes: outcomes, passthrough: written.passthrough)
    var aspirationWords: [[PlanWord]] = []
    var aspirationThemes: [[ThemeMention]] = []
    for aspiration in plan.aspirations {
      let document = try self.document(aspiration)
      words.read(document, vocabulary: engine.vocabulary)
      aspirationWords.append(
        words.contentWords(
          of: document, tokens: 0..<document.tokens.count, names: names,
          vocabulary: engine.vocabulary))
      aspirationThemes.append(
        words.themeMentions(
          in: document, tokens: 0..<document.tokens.count, vocabulary: engine.vocabulary))
    }
    let analyzed = AnalyzedPlan(
      plan: plan, outcomes: reports, facts: facts, aspirationWords: aspirationWords,
      aspirationThemes: aspirationThemes, vocabulary: engine.vocabulary)
    var findings = engine.rules.check(analyzed)
    let score = engine.scorer.score(outcomes: reports.map(\.score), findings: findings)
    let redactor = Redactor(child: redact ? plan.child : nil)
    var shown = plan
    if !redactor.isEmpty {
      shown = redacted(plan, redactor)
      reports = try reports.map { report throws(SegmentationError) in
        try redacted(report, redactor)
      }
      findings = findings.map { $0.mapText(redactor.redact) }
    }
    let results = zip(shown.outcomes.indices, reports).map { index, report in
      let outcome = shown.outcomes[index]
      return RecordResult.analyzed(
        InputRecord(
          source: plan.source, line: plan.line, idJSON: outcome.idJSON ?? String(index + 1),
          text: Array(outcome.text.utf8), passthrough: outcome.passthrough),
        report)
    }
    return PlanReport(
      plan: shown, outcomes: results, facts: facts, thread: analyzed.thread, findings: findings,
      score: score)
  }

  /// `outcome` and its analysis; when its text states no timeframe and it has
  /// a `by_when` deadline, the outcome with that deadline put first.
  private func dated(_ outcome: PlanOutcome) throws(SegmentationError) -> (
    PlanOutcome, OutcomeReport
  ) {
    let line = SuppressionComment(line: Array(outcome.text.utf8))
    let report = try analyzer.analyze(
      utf8: line.text, byWhen: outcome.byWhen, suppressions: line.suppressions)
    guard report.outcome.document.bytes != line.text else { return (outcome, report) }
    return (
      PlanOutcome(
        text: report.text, area: outcome.area, provision: outcome.provision,
        byWhen: outcome.byWhen, idJSON: outcome.idJSON, passthrough: outcome.passthrough),
      report
    )
  }

  /// The area an `area` field names (see ``PlanVocabulary/area(named:)``),
  /// remembered for the next plans: a corpus uses few names. The memory is
  /// cleared should a corpus use very many.
  private func area(named name: String) -> PlanArea? {
    if let known = areas[name] { return known }
    let area = engine.vocabulary.area(named: name)
    if areas.count >= 4096 { areas.removeAll() }
    areas[name] = area
    return area
  }

  /// Segments and matches `text` without running the outcome rules.
  private func document(_ text: String) throws(SegmentationError) -> Document {
    let bytes = Array(text.utf8)
    try bytes.withUnsafeBufferPointer { buffer throws(SegmentationError) in
      try segmenter.tokenize(buffer, terms: engine.analysis.lexicons.terms, into: &tokens)
      try segmenter.sentenceEnds(buffer, into: &sentenceEnds)
    }
    matcher.match(tokens, lexicons: engine.analysis.lexicons, into: &matches)
    return Document(
      bytes: bytes, tokens: tokens, sentenceEnds: sentenceEnds, matches: matches,
      lexicons: engine.analysis.lexicons)
  }

  private func redacted(_ plan: Plan, _ redactor: Redactor) -> Plan {
    Plan(
      source: plan.source, line: plan.line, idJSON: plan.idJSON,
      child: redactor.initials(of: plan.child), yearGroup: plan.yearGroup, age: plan.age,
      aspirations: plan.aspirations.map(redactor.redact), needs: plan.needs,
      outcomes: plan.outcomes.map { outcome in
        PlanOutcome(
          text: redactor.redact(outcome.text), area: outcome.area, provision: outcome.provision,
          byWhen: outcome.byWhen.map(redactor.redact), idJSON: outcome.idJSON,
          passthrough: outcome.passthrough.map { (key: $0.key, json: redactor.redact($0.json)) })
      },
      passthrough: plan.passthrough.map { (key: $0.key, json: redactor.redact($0.json)) })
  }

  /// The report re-analysed on the redacted text for its spans and anatomy,
  /// keeping the original findings (spans moved, text redacted) and scores, so
  /// redaction never changes a judgement.
  private func redacted(_ report: OutcomeReport, _ redactor: Redactor)
    throws(SegmentationError) -> OutcomeReport
  {
    let (bytes, replacements) = redactor.redacted(report.outcome.document.bytes)
    guard !replacements.isEmpty else { return report }
    let view = try analyzer.analyze(utf8: bytes)
    let move = { (finding: Finding) in
      Finding(
        rule: finding.rule, dimension: finding.dimension, severity: finding.severity,
        message: redactor.redact(finding.message),
        span: TextSpan(
          start: Redactor.map(finding.span.start, replacements, isEnd: false),
          end: Redactor.map(finding.span.end, replacements, isEnd: true)),
        suggestion: finding.suggestion.map(redactor.redact), guidance: finding.guidance)
    }
    return OutcomeReport(
      outcome: view.outcome, findings: report.findings.map(move),
      suppressed: report.suppressed.map {
        SuppressedFinding(finding: move($0.finding), reason: redactor.redact($0.reason))
      },
      baselined: report.baselined.map(move), score: report.score)
  }
}
