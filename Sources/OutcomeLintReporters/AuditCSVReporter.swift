import OutcomeLint

/// Writes an audit for spreadsheets: one row per plan (`kind` = `plan`) and,
/// after it, one row per outcome (`kind` = `outcome`). Plan rows carry the
/// plan grade, score and its two parts, the plan rules that fired and their
/// messages; outcome rows carry the outcome's text, area, grade, score,
/// dimension scores, rules and suggested rewrite. Cells a spreadsheet would
/// run as a formula are neutralised as ``CSVReporter`` does.
public struct AuditCSVReporter: Sendable {
  private let rewriter: Rewriter

  /// Creates the reporter; `rewriter` writes each outcome's suggested rewrite.
  public init(rewriter: Rewriter = Rewriter()) {
    self.rewriter = rewriter
  }

  /// The header row.
  public var header: String {
    let dimensions = Dimension.allCases.map { "\($0.rawValue)_score" }
    return
      ([
        "kind", "plan_id", "outcome", "file", "line", "child", "year_group", "key_stage", "grade",
        "score", "outcomes_score", "checks_score", "area", "text",
      ] + dimensions + ["rules", "messages", "rewrite", "error"]).joined(separator: ",") + "\r\n"
  }

  /// Renders a plan's rows.
  public func render(_ result: PlanResult, into output: inout OutputBuffer) {
    let id = result.id
    let blankDimensions = Array(repeating: "", count: Dimension.allCases.count)
    switch result {
    case .failed(let record, let message):
      row(
        ["plan", id, "", record.source, String(record.line), "", "", "", "", "", "", "", "", ""]
          + blankDimensions + ["", "", "", message], &output)
    case .analyzed(let report):
      let plan = report.plan
      var seen: Set<String> = []
      let rules = report.findings.map(\.rule).filter { seen.insert($0).inserted }
      let base = [
        id, plan.source, String(plan.line), plan.child ?? "",
        plan.yearGroup.map(String.init) ?? "", plan.keyStage?.name ?? "",
      ]
      row(
        ["plan", base[0], ""] + base[1...]
          + [
            report.score.grade.name, String(report.score.overall), String(report.score.outcomes),
            String(report.score.checks), "", plan.aspirations.joined(separator: " | "),
          ] + blankDimensions
          + [
            rules.joined(separator: " "),
            report.findings.map { "\($0.target.label): \($0.message)" }.joined(separator: " | "),
            "", "",
          ], &output)
      for (index, outcome) in report.outcomeReports.enumerated() {
        var seen: Set<String> = []
        let rules = outcome.findings.map(\.rule).filter { seen.insert($0).inserted }
        row(
          ["outcome", base[0], String(index + 1)] + base[1...]
            + [
              outcome.score.grade.name, String(outcome.score.overall), "", "",
              plan.outcomes[index].area ?? "", outcome.text,
            ] + outcome.score.dimensions.map { String($0.score) }
            + [
              rules.joined(separator: " "),
              outcome.findings.map(\.message).joined(separator: " | "),
              rewriter.rewrite(outcome)?.text ?? "", "",
            ], &output)
      }
    }
  }

  /// One plan's rows as bytes.
  public func rendered(_ result: PlanResult) -> [UInt8] {
    var output = OutputBuffer(handle: nil)
    render(result, into: &output)
    return output.bytes
  }

  private func row(_ cells: [String], _ output: inout OutputBuffer) {
    for (index, cell) in cells.enumerated() {
      if index > 0 { output.write(byte: UInt8(ascii: ",")) }
      CSVCell.write(cell, to: &output)
    }
    output.write(literal: "\r\n")
  }
}
