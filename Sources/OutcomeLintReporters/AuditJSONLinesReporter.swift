import OutcomeLint

/// Writes one JSON object per plan (schema 1), in input order: `schema`, `id`,
/// `source`, `line`, `child`, `year_group`, `key_stage`, `grade`, `score`,
/// `score_parts` (`outcomes`, `checks`), `aspirations`, plan `findings[]`
/// (`rule`, `severity`, `target`, `index`, `message`, `words`, `suggestion`,
/// `guidance`), `golden_thread[]` (`outcome`, `aspiration`, `words`,
/// `themes[]` with `theme`, `outcome` and `aspiration`, `through_purpose`),
/// and `outcomes[]`, each exactly the record `check
/// --format jsonl` writes (rendered by ``JSONLinesReporter``); then the plan's
/// other fields as written. A plan that cannot be read becomes `{"schema": 1,
/// "id", "source", "line", "error"}` in the same position.
public struct AuditJSONLinesReporter: Sendable {
  /// The schema version written in every record.
  public static let schemaVersion = 1
  static let reservedKeys: Set<String> = [
    "schema", "id", "source", "line", "child", "year_group", "key_stage", "grade", "score",
    "score_parts", "aspirations", "findings", "golden_thread", "outcomes", "error", "input",
  ]
  private let outcomeReporter: JSONLinesReporter

  /// Creates the reporter; `rewriter` writes each outcome's suggested rewrite.
  public init(rewriter: Rewriter = Rewriter()) {
    outcomeReporter = JSONLinesReporter(rewriter: rewriter)
  }

  /// Renders one plan's record.
  public func render(_ result: PlanResult, into output: inout OutputBuffer) {
    output.write("{\"schema\":\(Self.schemaVersion),\"id\":\(result.idJSON),\"source\":")
    output.writeJSONString(result.source)
    output.write(",\"line\":\(result.line)")
    switch result {
    case .failed(_, let message):
      output.write(",\"error\":")
      output.writeJSONString(message)
    case .analyzed(let report):
      write(report, to: &output)
    }
    output.write("}\n")
  }

  /// One plan's record as bytes.
  public func rendered(_ result: PlanResult) -> [UInt8] {
    var output = OutputBuffer(handle: nil)
    render(result, into: &output)
    return output.bytes
  }

  private func write(_ report: PlanReport, to output: inout OutputBuffer) {
    let plan = report.plan
    output.write(",\"child\":")
    output.writeJSONString(orNull: plan.child)
    output.write(",\"year_group\":\(plan.yearGroup.map(String.init) ?? "null")")
    output.write(",\"key_stage\":")
    if let stage = plan.keyStage {
      output.writeJSONString(stage.name)
    } else {
      output.write("null")
    }
    output.write(",\"grade\":\"\(report.score.grade.name)\",\"score\":\(report.score.overall)")
    output.write(
      ",\"score_parts\":{\"outcomes\":\(report.score.outcomes),\"checks\":\(report.score.checks)}")
    output.write(",\"aspirations\":[")
    for (index, aspiration) in plan.aspirations.enumerated() {
      if index > 0 { output.write(",") }
      output.writeJSONString(aspiration)
    }
    output.write("],\"findings\":[")
    for (index, finding) in report.findings.enumerated() {
      if index > 0 { output.write(",") }
      write(finding, to: &output)
    }
    output.write("],\"golden_thread\":[")
    for (index, link) in report.thread.links.enumerated() {
      if index > 0 { output.write(",") }
      output.write(
        "{\"outcome\":\(link.outcome + 1),\"aspiration\":\(link.aspiration + 1),\"words\":[")
      output.write(link.wordList.map { JSONQuoting.quoted($0) }.joined(separator: ","))
      output.write("],\"themes\":[")
      output.write(
        link.themes.map {
          "{\"theme\":\(JSONQuoting.quoted($0.theme.name)),\"outcome\":\(JSONQuoting.quoted($0.outcome)),\"aspiration\":\(JSONQuoting.quoted($0.aspiration))}"
        }.joined(separator: ","))
      output.write("],\"through_purpose\":\(link.throughPurpose)}")
    }
    output.write("],\"outcomes\":[")
    for (index, outcome) in report.outcomes.enumerated() {
      if index > 0 { output.write(",") }
      var record = outcomeReporter.rendered(outcome)
      if record.last == UInt8(ascii: "\n") { record.removeLast() }
      output.write(bytes: record)
    }
    output.write("]")
    let colliding = plan.passthrough.filter { Self.reservedKeys.contains($0.key) }
    for field in plan.passthrough where !Self.reservedKeys.contains(field.key) {
      output.write(",")
      output.writeJSONString(field.key)
      output.write(":\(field.json)")
    }
    if !colliding.isEmpty {
      output.write(",\"input\":{")
      output.write(
        colliding.map { "\(JSONQuoting.quoted($0.key)):\($0.json)" }.joined(separator: ","))
      output.write("}")
    }
  }

  private func write(_ finding: PlanFinding, to output: inout OutputBuffer) {
    output.write(
      "{\"rule\":\"\(finding.rule)\",\"severity\":\"\(finding.severity.rawValue)\",\"target\":")
    switch finding.target {
    case .plan: output.write("\"plan\",\"index\":null")
    case .outcome(let index): output.write("\"outcome\",\"index\":\(index + 1)")
    case .aspiration(let index): output.write("\"aspiration\",\"index\":\(index + 1)")
    }
    output.write(",\"message\":")
    output.writeJSONString(finding.message)
    output.write(
      ",\"words\":[\(finding.words.map { JSONQuoting.quoted($0) }.joined(separator: ","))]")
    output.write(",\"suggestion\":")
    output.writeJSONString(orNull: finding.suggestion)
    output.write(",\"guidance\":")
    output.writeJSONString(finding.guidance)
    output.write("}")
  }
}
