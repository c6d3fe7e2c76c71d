import OutcomeLint
import OutcomeLintReporters

/// One worker's side of `check`: analyses a batch of records and renders
/// them all into one buffer, summing up the batch as it goes, so the writer
/// receives one block of bytes and one summary per batch. Keeps its output
/// buffer from batch to batch; create one per worker thread.
final class CheckBatchRenderer {
  /// What one batch became.
  struct Batch: Sendable {
    /// The rendered records, in input order.
    let output: RenderedOutput
    /// The batch's totals.
    let summary: BatchSummary
    /// The error message of each record that could not be read, as `source:line: reason`.
    let errors: [String]
    /// How many outcomes graded below the `--fail-under` threshold.
    let belowThreshold: Int
    /// The baseline lines of the batch's findings, when a baseline is being written.
    let baseline: String
  }

  private let analyzer: Analyzer
  private let reporter: any Reporter
  private let failUnder: Grade?
  private let writesBaseline: Bool
  private var output = OutputBuffer(handle: nil)
  private var rewriteWorkspace = RewriteWorkspace()

  init(analyzer: Analyzer, reporter: any Reporter, failUnder: Grade?, writesBaseline: Bool) {
    self.analyzer = analyzer
    self.reporter = reporter
    self.failUnder = failUnder
    self.writesBaseline = writesBaseline
  }

  /// Analyses and renders `records`.
  func render(_ records: [InputRecord]) -> Batch {
    var summary = BatchSummary()
    var errors: [String] = []
    var belowThreshold = 0
    var baseline = ""
    // The buffer and the rewrite workspace are moved out of the object for
    // the batch, so using them is not checked for exclusive access record by
    // record.
    var output = OutputBuffer(handle: nil)
    swap(&output, &self.output)
    var rewriteWorkspace = RewriteWorkspace()
    swap(&rewriteWorkspace, &self.rewriteWorkspace)
    defer {
      swap(&output, &self.output)
      swap(&rewriteWorkspace, &self.rewriteWorkspace)
    }
    for index in records.indices {
      InputRecord.prefetch(after: index, in: records)
      // Lent from `records`, which holds every record for the whole batch,
      // rather than retained and released around the analysis.
      let result = Unmanaged.passUnretained(records[index])._withUnsafeGuaranteedRef {
        analyzer.analyze($0)
      }
      reporter.render(result, into: &output, reusing: &rewriteWorkspace)
      summary.add(result)
      switch result {
      case .failed(let record, let message):
        errors.append("\(record.source):\(record.line): \(message)")
      case .analyzed(_, let report):
        if let failUnder, report.score.grade < failUnder { belowThreshold += 1 }
      }
      if writesBaseline { baseline += Baseline.lines(for: result) }
    }
    return Batch(
      output: output.takeRendered(), summary: summary, errors: errors,
      belowThreshold: belowThreshold,
      baseline: baseline)
  }
}
