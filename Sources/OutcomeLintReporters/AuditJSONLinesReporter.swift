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
    output.write(literal: "{\"schema\":")
    output.write(Self.schemaVersion)
    output.write(literal: ",\"id\":")
    output.write(result.idJSON)
    output.write(literal: ",\"source\":")
    output.writeJSONString(result.source)
    output.write(literal: ",\"line\":")
    output.write(result.line)
    switch result {
    case .failed(_, let message):
      output.write(literal: ",\"error\":")
      output.writeJSONString(message)
    case .analyzed(let report):
      write(report, to: &output)
    }
    output.write(literal: "}\n")
  }

  /// One plan's record as bytes.
  public func rendered(_ result: PlanResult) -> [UInt8] {
    var output = OutputBuffer(handle: nil)
    render(result, into: &output)
    return output.bytes
  }

  private func write(_ report: PlanReport, to output: inout OutputBuffer) {
    let plan = report.plan
    output.write(literal: ",\"child\":")
    output.writeJSONString(orNull: plan.child)
    output.write(literal: ",\"year_group\":")
    if let yearGroup = plan.yearGroup {
      output.write(yearGroup)
    } else {
      output.write(literal: "null")
    }
    output.write(literal: ",\"key_stage\":")
    if let stage = plan.keyStage {
      output.writeJSONString(stage.name)
    } else {
      output.write(literal: "null")
    }
    output.write(literal: ",\"grade\":\"")
    output.write(report.score.grade.name)
    output.write(literal: "\",\"score\":")
    output.write(report.score.overall)
    output.write(literal: ",\"score_parts\":{\"outcomes\":")
    output.write(report.score.outcomes)
    output.write(literal: ",\"checks\":")
    output.write(report.score.checks)
    output.write(literal: "},\"aspirations\":")
    output.writeJSONStrings(plan.aspirations)
    output.write(literal: ",\"findings\":[")
    for (index, finding) in report.findings.enumerated() {
      if index > 0 { output.write(byte: UInt8(ascii: ",")) }
      write(finding, to: &output)
    }
    output.write(literal: "],\"golden_thread\":[")
    for (index, link) in report.thread.links.enumerated() {
      if index > 0 { output.write(byte: UInt8(ascii: ",")) }
      write(link, to: &output)
    }
    output.write(literal: "],\"outcomes\":[")
    var record = OutputBuffer(handle: nil)
    for (index, outcome) in report.outcomes.enumerated() {
      if index > 0 { output.write(byte: UInt8(ascii: ",")) }
      outcomeReporter.render(outcome, into: &record)
      let rendered = record.takeRendered()
      output.write(RenderedOutput(storage: rendered.storage, count: rendered.count - 1))
    }
    output.write(byte: UInt8(ascii: "]"))
    var colliding = false
    for field in plan.passthrough {
      guard !Self.reservedKeys.contains(field.key) else {
        colliding = true
        continue
      }
      output.write(byte: UInt8(ascii: ","))
      output.writeJSONString(field.key)
      output.write(byte: UInt8(ascii: ":"))
      output.write(field.json)
    }
    if colliding {
      output.write(literal: ",\"input\":{")
      var first = true
      for field in plan.passthrough where Self.reservedKeys.contains(field.key) {
        if !first { output.write(byte: UInt8(ascii: ",")) }
        first = false
        output.writeJSONString(field.key)
        output.write(byte: UInt8(ascii: ":"))
        output.write(field.json)
      }
      output.write(byte: UInt8(ascii: "}"))
    }
  }

  private func write(_ link: ThreadLink, to output: inout OutputBuffer) {
    output.write(literal: "{\"outcome\":")
    output.write(link.outcome + 1)
    output.write(literal: ",\"aspiration\":")
    output.write(link.aspiration + 1)
    output.write(literal: ",\"words\":")
    output.writeJSONStrings(link.wordList)
    output.write(literal: ",\"themes\":[")
    for (index, theme) in link.themes.enumerated() {
      if index > 0 { output.write(byte: UInt8(ascii: ",")) }
      output.write(literal: "{\"theme\":")
      output.writeJSONString(theme.theme.name)
      output.write(literal: ",\"outcome\":")
      output.writeJSONString(theme.outcome)
      output.write(literal: ",\"aspiration\":")
      output.writeJSONString(theme.aspiration)
      output.write(byte: UInt8(ascii: "}"))
    }
    output.write(literal: "],\"through_purpose\":")
    output.write(link.throughPurpose)
    output.write(byte: UInt8(ascii: "}"))
  }

  private func write(_ finding: PlanFinding, to output: inout OutputBuffer) {
    output.write(literal: "{\"rule\":\"")
    output.write(finding.rule)
    output.write(literal: "\",\"severity\":\"")
    output.write(finding.severity.rawValue)
    output.write(literal: "\",\"target\":")
    switch finding.target {
    case .plan: output.write(literal: "\"plan\",\"index\":null")
    case .outcome(let index):
      output.write(literal: "\"outcome\",\"index\":")
      output.write(index + 1)
    case .aspiration(let index):
      output.write(literal: "\"aspiration\",\"index\":")
      output.write(index + 1)
    }
    output.write(literal: ",\"message\":")
    output.writeJSONString(finding.message)
    output.write(literal: ",\"words\":")
    output.writeJSONStrings(finding.words)
    output.write(literal: ",\"suggestion\":")
    output.writeJSONString(orNull: finding.suggestion)
    output.write(literal: ",\"guidance\":")
    output.writeJSONString(finding.guidance)
    output.write(byte: UInt8(ascii: "}"))
  }
}
