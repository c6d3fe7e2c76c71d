import OutcomeLint

/// Writes one JSON object per input record (schema 1), in input order.
///
/// Fields: `schema`, `id`, `source`, `line`, `text`, `grade`, `score`,
/// `dimensions.<name>.score|pass`, `anatomy`, `findings[]` (`rule`,
/// `dimension`, `severity`, `message`, `start`/`end` UTF-8 byte offsets,
/// `char_start`/`char_end` Unicode scalar offsets, `match`, `suggestion`,
/// `guidance`), `suppressed[]` (the findings the input suppressed: the same
/// fields plus `reason`), the suggested rewrite (see `RewriteJSON`), then the input
/// record's other fields as written (under `input` when a name collides). A
/// record that could not be read becomes
/// `{"schema": 1, "id", "source", "line", "error"}` in the same position.
public struct JSONLinesReporter: Reporter {
  /// The schema version written in every record.
  public static let schemaVersion = 1
  static let reservedKeys = Set([
    "schema", "id", "source", "line", "text", "grade", "score", "dimensions", "anatomy",
    "findings", "suppressed", "error", "input",
  ]).union(RewriteJSON.keys)
  /// Each dimension's key and the opening of its object, up to its score
  /// (`"timeframe":{"score":`), by ``Dimension/ordinal``.
  private static let dimensionOpenings: [[UInt8]] = Dimension.allCases.map {
    Array("\"\($0.rawValue)\":{\"score\":".utf8)
  }
  private let rewriter: Rewriter

  /// Creates the reporter; `rewriter` writes each record's suggested rewrite.
  public init(rewriter: Rewriter = Rewriter()) {
    self.rewriter = rewriter
  }

  public func render(_ result: RecordResult, into output: inout OutputBuffer) {
    switch result {
    case .failed(let record, let message):
      writeHead(record, to: &output)
      output.write(literal: ",\"error\":")
      output.writeJSONString(message)
      writePassthrough(record, to: &output)
    case .analyzed(let record, let report):
      writeHead(record, to: &output)
      writeReport(report, to: &output)
      writePassthrough(record, to: &output)
    }
    output.write(literal: "}\n")
  }

  /// Opens the record with its schema, id, source and line.
  private func writeHead(_ record: InputRecord, to output: inout OutputBuffer) {
    output.write(literal: "{\"schema\":")
    output.write(Self.schemaVersion)
    output.write(literal: ",\"id\":")
    output.write(record.idJSON)
    output.write(literal: ",\"source\":")
    output.writeJSONString(record.source)
    output.write(literal: ",\"line\":")
    output.write(record.line)
  }

  private func writeReport(_ report: OutcomeReport, to output: inout OutputBuffer) {
    let document = report.outcome.document
    let offsets = CharacterOffsets(document.bytes)
    output.write(literal: ",\"text\":")
    output.writeJSONString(utf8: document.bytes)
    output.write(literal: ",\"grade\":\"")
    output.write(report.score.grade.name)
    output.write(literal: "\",\"score\":")
    output.write(report.score.overall)
    output.write(literal: ",\"dimensions\":{")
    let openings = Self.dimensionOpenings
    for (index, dimension) in report.score.dimensions.enumerated() {
      if index > 0 { output.write(byte: UInt8(ascii: ",")) }
      output.write(bytes: openings[dimension.dimension.ordinal])
      output.write(dimension.score)
      output.write(literal: dimension.pass ? ",\"pass\":true}" : ",\"pass\":false}")
    }
    output.write(literal: "},\"anatomy\":")
    AnatomyJSON.write(report.outcome, to: &output)
    output.write(literal: ",\"findings\":[")
    for (index, finding) in report.findings.enumerated() {
      if index > 0 { output.write(byte: UInt8(ascii: ",")) }
      writeFinding(finding, in: document, offsets: offsets, to: &output)
      output.write(byte: UInt8(ascii: "}"))
    }
    output.write(literal: "],\"suppressed\":[")
    for (index, suppressed) in report.suppressed.enumerated() {
      if index > 0 { output.write(byte: UInt8(ascii: ",")) }
      writeFinding(suppressed.finding, in: document, offsets: offsets, to: &output)
      output.write(literal: ",\"reason\":")
      output.writeJSONString(suppressed.reason)
      output.write(byte: UInt8(ascii: "}"))
    }
    output.write(byte: UInt8(ascii: "]"))
    RewriteJSON.write(rewriter.rewrite(report), to: &output)
  }

  /// Writes a finding's fields, leaving its object open for more.
  private func writeFinding(
    _ finding: Finding, in document: Document, offsets: CharacterOffsets,
    to output: inout OutputBuffer
  ) {
    output.write(literal: "{\"rule\":")
    output.write(bytes: finding.stamp.quotedID)
    output.write(literal: ",\"dimension\":\"")
    output.write(finding.dimension.rawValue)
    output.write(literal: "\",\"severity\":\"")
    output.write(finding.severity.rawValue)
    output.write(literal: "\",\"message\":")
    output.writeJSONString(finding.message)
    output.write(literal: ",\"start\":")
    output.write(finding.span.start)
    output.write(literal: ",\"end\":")
    output.write(finding.span.end)
    output.write(literal: ",\"char_start\":")
    output.write(offsets.characterOffset(ofByte: finding.span.start))
    output.write(literal: ",\"char_end\":")
    output.write(offsets.characterOffset(ofByte: finding.span.end))
    output.write(literal: ",\"match\":")
    output.writeJSONString(utf8: document.bytes, span: finding.span)
    output.write(literal: ",\"suggestion\":")
    output.writeJSONString(orNull: finding.suggestion)
    output.write(literal: ",\"guidance\":")
    output.write(bytes: finding.stamp.quotedGuidance)
  }

  private func writePassthrough(_ record: InputRecord, to output: inout OutputBuffer) {
    guard !record.passthrough.isEmpty else { return }
    let colliding = record.passthrough.filter { Self.reservedKeys.contains($0.key) }
    for field in record.passthrough where !Self.reservedKeys.contains(field.key) {
      output.write(byte: UInt8(ascii: ","))
      output.writeJSONString(field.key)
      output.write(byte: UInt8(ascii: ":"))
      output.write(field.json)
    }
    guard !colliding.isEmpty else { return }
    output.write(literal: ",\"input\":{")
    for (index, field) in colliding.enumerated() {
      if index > 0 { output.write(byte: UInt8(ascii: ",")) }
      output.writeJSONString(field.key)
      output.write(byte: UInt8(ascii: ":"))
      output.write(field.json)
    }
    output.write(byte: UInt8(ascii: "}"))
  }
}
