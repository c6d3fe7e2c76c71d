import OutcomeLint

/// Writes an audit's summary for a person at a terminal: totals, the worst
/// plans first with their main plan findings, grades by key stage and area of
/// need, mean outcome scores, the most frequent faults and the near-duplicate
/// clusters.
public struct AuditTerminalReporter: Sendable {
  private let style: TerminalStyle
  /// How many plans to list, worst first.
  public let plans: Int
  /// How many rules and clusters to list.
  public let listLength = 10

  /// Creates the reporter; `color` turns on ANSI colours.
  public init(color: Bool, plans: Int) {
    style = TerminalStyle(enabled: color)
    self.plans = plans
  }

  /// Renders the summary of `summary` with its duplicate `clusters`.
  public func render(
    _ summary: CorpusSummary, clusters: [DuplicateCluster], into output: inout OutputBuffer
  ) {
    output.write(
      style.paint(
        "Audited \(summary.audited) plans (\(summary.outcomes) outcomes), \(summary.errors) unreadable; mean plan score \(SummaryReport.fixed(summary.meanPlanScore, 1))",
        .bold) + "\n")
    output.write("plan grades: \(AuditText.gradeCounts(summary.planGrades))\n\n")
    let order = summary.worstFirst
    output.write(
      style.paint(
        "Worst plans first (\(min(plans, order.count)) of \(order.count)):", .bold) + "\n")
    for index in order.prefix(plans) { write(summary.rows[index], to: &output) }
    output.write("\n" + style.paint("Plan grades by key stage:", .bold) + "\n")
    for stage in AuditText.stages(summary) {
      output.write(
        "  \(AuditText.stageName(stage).padded(9)) \(AuditText.gradeCounts(summary.planGradesByStage[stage] ?? [:]))\n"
      )
    }
    output.write(style.paint("Outcome grades by area:", .bold) + "\n")
    for area in AuditText.areas(summary) {
      output.write(
        "  \(area.title.padded(38)) \(AuditText.gradeCounts(summary.outcomeGradesByArea[area] ?? [:]))\n"
      )
    }
    output.write(
      style.paint("Mean outcome score by dimension:", .bold) + " "
        + Dimension.allCases.map {
          "\($0.rawValue) \(SummaryReport.fixed(summary.meanScore($0), 1))"
        }.joined(separator: ", ") + "\n")
    output.write(style.paint("Most frequent faults:", .bold) + "\n")
    for rule in summary.ruleFrequencies.prefix(listLength) {
      output.write(
        "  \(rule.rule.padded(30)) \(String(rule.count).padded(7, right: true)) \(SummaryReport.fixed(rule.share * 100, 1))% of \(rule.isPlanRule ? "plans" : "outcomes")\n"
      )
    }
    output.write(
      style.paint(
        "Near-duplicate outcomes across plans: \(clusters.count) cluster\(clusters.count == 1 ? "" : "s")",
        .bold) + "\n")
    for cluster in clusters.prefix(listLength) {
      let ids = cluster.plans.prefix(8).map { summary.rows[$0].id }
      let more = cluster.plans.count > 8 ? ", …" : ""
      output.write(
        "  \(cluster.plans.count) plans, \(cluster.occurrences.count) outcomes: \(style.paint(cluster.sample, .dim))\n"
      )
      output.write("    in \(ids.joined(separator: ", "))\(more)\n")
    }
  }

  private func write(_ row: PlanRow, to output: inout OutputBuffer) {
    let location = style.paint("\(row.source):\(row.line)", .dim)
    guard let grade = row.grade else {
      output.write("  \(style.paint("UNREADABLE".padded(21), .red)) \(row.id)  \(location)\n")
      output.write("      \(row.error ?? "")\n")
      return
    }
    let label = "\(grade.name.uppercased()) \(row.score)/100".padded(21)
    let year = row.yearGroup.map { $0 <= 0 ? "Reception" : "Year \($0)" } ?? "year unknown"
    output.write(
      "  \(style.paint(label, AuditText.color(grade))) \(style.paint(row.id, .bold))  (\(year), \(row.outcomes) outcomes, \(row.outcomesBelowGood) below good)  \(location)\n"
    )
    for headline in row.headlines.prefix(3) { output.write("      \(headline)\n") }
  }
}

extension String {
  /// The string padded with spaces to `width` characters.
  func padded(_ width: Int, right: Bool = false) -> String {
    let fill = String(repeating: " ", count: max(0, width - count))
    return right ? fill + self : self + fill
  }
}
