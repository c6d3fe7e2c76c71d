/// A finding of the report a draft rewrites: its position in the report's
/// findings, with the dimension and span the draft reads, copied out so
/// reading them takes nothing from the report.
struct ReportFinding {
  /// Its position in the report's findings.
  let index: Int
  /// The dimension it counts against.
  let dimension: Dimension
  /// The UTF-8 byte span it applies to.
  let span: TextSpan
}
