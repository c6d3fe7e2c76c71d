/// What the writer thread keeps of one audited plan: its summary row, the
/// plan rules that fired, and a digest of each outcome.
public struct PlanDigest: Sendable {
  /// The plan's summary row.
  public let row: PlanRow
  /// The ids of the plan rules that fired (once each).
  public let planRules: [String]
  /// Each outcome's digest, in plan order.
  public let outcomes: [OutcomeDigest]

  /// Digests a plan result.
  public init(_ result: PlanResult) {
    switch result {
    case .failed(let record, let message):
      row = PlanRow(
        id: PlanJSON.plainText(record.idJSON), source: record.source, line: record.line,
        grade: nil, score: 0, yearGroup: nil, outcomes: 0, outcomesBelowGood: 0, headlines: [],
        error: message)
      planRules = []
      outcomes = []
    case .analyzed(let report):
      let reports = report.outcomeReports
      var byRule: [(first: PlanFinding, count: Int)] = []
      for finding in report.findings.sorted(by: { $0.severity > $1.severity }) {
        if let index = byRule.firstIndex(where: { $0.first.rule == finding.rule }) {
          byRule[index].count += 1
        } else {
          byRule.append((finding, 1))
        }
      }
      row = PlanRow(
        id: report.plan.id, source: report.plan.source, line: report.plan.line,
        grade: report.score.grade, score: report.score.overall, yearGroup: report.plan.yearGroup,
        outcomes: reports.count, outcomesBelowGood: reports.filter { $0.score.grade < .good }.count,
        headlines: byRule.map {
          "\($0.first.target.label): \($0.first.message)"
            + ($0.count > 1 ? " (and \($0.count - 1) more)" : "")
        }, error: nil)
      planRules = Self.once(report.findings.lazy.map(\.rule))
      outcomes = zip(reports, zip(report.plan.outcomes, report.facts)).map {
        outcome, written in
        let facts = written.1
        return OutcomeDigest(
          grade: outcome.score.grade, dimensionScores: outcome.score.dimensions.map(\.score),
          rules: Self.once(outcome.findings.lazy.map(\.rule)),
          area: AreaGroup(name: written.0.area, area: facts.area),
          fingerprint: facts.fingerprint, signature: MinHashSignature(facts.fingerprint),
          text: outcome.text)
      }
    }
  }

  /// `rules` in order, each once. A plan or outcome fires few of the rules,
  /// so a scan of those kept is quicker than a set.
  private static func once(_ rules: some Sequence<String>) -> [String] {
    var kept: [String] = []
    for rule in rules where !kept.contains(rule) { kept.append(rule) }
    return kept
  }
}
