import OutcomeLint

/// One worker of `bench`'s rewrite pass: analyses each outcome and writes its
/// suggested rewrite, reusing its rewrite storage from one outcome to the
/// next as `check` does. Create one per worker thread.
final class RewriteBenchWorker {
  private let analyzer: Analyzer
  private let rewriter = Rewriter()
  private var workspace = RewriteWorkspace()

  init(analyzer: Analyzer) {
    self.analyzer = analyzer
  }

  /// One more than the UTF-8 size of `record`'s rewrite (1 when it has none
  /// or could not be analysed), so every record counts.
  func rewriteSize(_ record: InputRecord) -> Int {
    guard case .analyzed(_, let report) = analyzer.analyze(record) else { return 1 }
    return (rewriter.rewrite(report, reusing: &workspace)?.text.utf8.count ?? 0) + 1
  }
}
