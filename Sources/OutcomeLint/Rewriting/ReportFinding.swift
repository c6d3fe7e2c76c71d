/// A finding of the report a draft rewrites, named by its position in the
/// report's findings: looking one up copies nothing, and its fields are read
/// in place. Used only while the draft, which holds the report, is working.
struct ReportFinding {
  /// Its position in the report's findings.
  let index: Int
  private unowned(unsafe) let report: OutcomeReport

  /// The finding at `index` of `report`'s findings.
  init(_ index: Int, of report: OutcomeReport) {
    self.index = index
    self.report = report
  }

  /// The dimension it counts against.
  var dimension: Dimension { report.findings[index].dimension }
  /// The UTF-8 byte span it applies to.
  var span: TextSpan { report.findings[index].span }
}
