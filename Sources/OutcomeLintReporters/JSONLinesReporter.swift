import OutcomeLint

/// Writes one JSON object per input record (schema 1), in input order.
///
/// Fields: `schema`, `id`, `source`, `line`, `text`, `grade`, `score`,
/// `dimensions.<name>.score|pass`, `anatomy`, `findings[]` (`rule`,
/// `dimension`, `severity`, `message`, `start`/`end` UTF-8 byte offsets,
/// `char_start`/`char_end` Unicode scalar offsets, `match`, `suggestion`,
/// `guidance`), `suppressed[]` (the findings the input suppressed: the same
/// fields plus `reason`), the suggested rewrite (see `RewriteJSON`), then the input
/// record's other fields untouched (under `input` when a name collides). A
/// record that could not be read becomes
/// `{"schema": 1, "id", "source", "line", "error"}` in the same position.
public struct JSONLinesReporter: Reporter {
  /// The schema version written in every record.
  public static let schemaVersion = 1
  static let reservedKeys = Set([
    "schema", "id", "source", "line", "text", "grade", "score", "dimensions", "anatomy",
    "findings", "suppressed", "error", "input",
  ]).union(RewriteJSON.keys)
  private let rewriter: Rewriter

  /// Creates the reporter; `rewriter` writes each record's suggested rewrite.
  public init(rewriter: Rewriter = Rewriter()) {
    self.rewriter = rewriter
  }

  public func render(_ result: RecordResult, into output: inout OutputBuffer) {
    let record = result.record
    output.write("{\"schema\":")
    output.write(Self.schemaVersion)
    output.write(",\"id\":")
    output.write(record.idJSON)
    output.write(",\"source\":")
    output.writeJSONString(record.source)
    output.write(",\"line\":")
    output.write(record.line)
    switch result {
    case .failed(_, let message):
      output.write(",\"error\":")
      output.writeJSONString(message)
    case .analyzed(_, let report):
      writeReport(report, to: &output)
    }
    writePassthrough(record, to: &output)
    output.write("}\n")
  }

  private func writeReport(_ report: OutcomeReport, to output: inout OutputBuffer) {
    let document = report.outcome.document
    let offsets = CharacterOffsets(document.bytes)
    output.write(",\"text\":")
    document.bytes.withUnsafeBufferPointer { output.writeJSONString(utf8: $0) }
    output.write(",\"grade\":\"")
    output.write(report.score.grade.name)
    output.write("\",\"score\":")
    output.write(report.score.overall)
    output.write(",\"dimensions\":{")
    for (index, dimension) in report.score.dimensions.enumerated() {
      output.write(index > 0 ? ",\"" : "\"")
      output.write(dimension.dimension.rawValue)
      output.write("\":{\"score\":")
      output.write(dimension.score)
      output.write(",\"pass\":")
      output.write(dimension.pass)
      output.write("}")
    }
    output.write("},\"anatomy\":")
    AnatomyJSON.write(report.outcome, to: &output)
    output.write(",\"findings\":[")
    for (index, finding) in report.findings.enumerated() {
      if index > 0 { output.write(",") }
      writeFinding(finding, in: document, offsets: offsets, to: &output)
      output.write("}")
    }
    output.write("],\"suppressed\":[")
    for (index, suppressed) in report.suppressed.enumerated() {
      if index > 0 { output.write(",") }
      writeFinding(suppressed.finding, in: document, offsets: offsets, to: &output)
      output.write(",\"reason\":")
      output.writeJSONString(suppressed.reason)
      output.write("}")
    }
    output.write("]")
    RewriteJSON.write(rewriter.rewrite(report), to: &output)
  }

  /// Writes a finding's fields, leaving its object open for more.
  private func writeFinding(
    _ finding: Finding, in document: Document, offsets: CharacterOffsets,
    to output: inout OutputBuffer
  ) {
    output.write("{\"rule\":")
    output.writeJSONString(finding.rule)
    output.write(",\"dimension\":\"")
    output.write(finding.dimension.rawValue)
    output.write("\",\"severity\":\"")
    output.write(finding.severity.rawValue)
    output.write("\",\"message\":")
    output.writeJSONString(finding.message)
    output.write(",\"start\":")
    output.write(finding.span.start)
    output.write(",\"end\":")
    output.write(finding.span.end)
    output.write(",\"char_start\":")
    output.write(offsets.characterOffset(ofByte: finding.span.start))
    output.write(",\"char_end\":")
    output.write(offsets.characterOffset(ofByte: finding.span.end))
    output.write(",\"match\":")
    document.bytes.withUnsafeBufferPointer {
      output.writeJSONString(
        utf8: UnsafeBufferPointer(rebasing: $0[finding.span.start..<finding.span.end]))
    }
    output.write(",\"suggestion\":")
    output.writeJSONString(orNull: finding.suggestion)
    output.write(",\"guidance\":")
    output.writeJSONString(finding.guidance)
  }

  private func writePassthrough(_ record: InputRecord, to output: inout OutputBuffer) {
    let colliding = record.passthrough.filter { Self.reservedKeys.contains($0.key) }
    for field in record.passthrough where !Self.reservedKeys.contains(field.key) {
      output.write(",")
      output.writeJSONString(field.key)
      output.write(":\(field.json)")
    }
    guard !colliding.isEmpty else { return }
    output.write(",\"input\":{")
    output.write(
      colliding.map { "\(JSONQuoting.quoted($0.key)):\($0.json)" }.joined(separator: ","))
    output.write("}")
  }
}
