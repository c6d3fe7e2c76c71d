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
  private static let dimensionOpenings = ByteRuns(
    Dimension.allCases.map { Array("\"\($0.rawValue)\":{\"score\":".utf8) })
  /// The highest score ``dimensionEntries`` holds entries for (written in at
  /// most three digits).
  private static let highestTabledScore = 100
  /// Each dimension's whole entry (`"timeframe":{"score":100,"pass":true}`)
  /// for every score from 0 to ``highestTabledScore`` and either pass flag,
  /// at `(ordinal * (highestTabledScore + 1) + score) * 2 + (pass ? 1 : 0)`,
  /// so most records copy each entry whole.
  private static let dimensionEntries = ByteRuns(
    count: Dimension.allCases.count * (highestTabledScore + 1) * 2
  ) { index, bytes in
    let opening = dimensionOpenings[index / 2 / (highestTabledScore + 1)]
    let score = index / 2 % (highestTabledScore + 1)
    bytes += opening
    if score >= 100 { bytes.append(UInt8(ascii: "0") + UInt8(score / 100)) }
    if score >= 10 { bytes.append(UInt8(ascii: "0") + UInt8(score / 10 % 10)) }
    bytes.append(UInt8(ascii: "0") + UInt8(score % 10))
    bytes += index % 2 == 1 ? Self.passTrue : Self.passFalse
  }
  /// The end of a passing dimension's entry.
  private static let passTrue = Array(",\"pass\":true}".utf8)
  /// The end of a failing dimension's entry.
  private static let passFalse = Array(",\"pass\":false}".utf8)
  private let rewriter: Rewriter
  /// The tables, held by each reporter too, so writing a record reads them
  /// without checking that they are made.
  private let entries = JSONLinesReporter.dimensionEntries
  private let openings = JSONLinesReporter.dimensionOpenings
  private let middles = JSONLinesReporter.findingMiddles
  private let severityCount = JSONLinesReporter.severityCount
  private let dimensionRoom = JSONLinesReporter.dimensionRoom

  /// Creates the reporter; `rewriter` writes each record's suggested rewrite.
  public init(rewriter: Rewriter = Rewriter()) {
    self.rewriter = rewriter
  }

  public func render(_ result: RecordResult, into output: inout OutputBuffer) {
    var workspace = RewriteWorkspace()
    render(result, into: &output, reusing: &workspace)
  }

  public func render(
    _ result: RecordResult, into output: inout OutputBuffer,
    reusing workspace: inout RewriteWorkspace
  ) {
    switch result {
    case .failed(let record, let message):
      writeHead(record, to: &output)
      output.write(literal: ",\"error\":")
      output.writeJSONString(message)
      writePassthrough(record, to: &output)
    case .analyzed(let record, let report):
      writeHead(record, to: &output)
      writeReport(report, to: &output, reusing: &workspace)
      writePassthrough(record, to: &output)
    }
    output.write(literal: "}\n")
  }

  /// Opens the record with its schema, id, source and line.
  private func writeHead(_ record: InputRecord, to output: inout OutputBuffer) {
    let id = record.idJSON
    let source = record.source
    let room =
      64 + 2 * ByteWriter.numberWidth + id.utf8.count
      + JSONQuoting.maximumQuotedCount(ofUTF8Count: source.utf8.count)
    output.write(atMost: room) { writer in
      writer.write(literal: "{\"schema\":")
      writer.write(Self.schemaVersion)
      writer.write(literal: ",\"id\":")
      writer.write(id)
      writer.write(literal: ",\"source\":")
      writer.writeJSONString(source)
      writer.write(literal: ",\"line\":")
      writer.write(record.line)
    }
  }

  /// The fields between a finding's rule and its message for each dimension
  /// and severity (`,"dimension":"timeframe","severity":"error","message":`),
  /// by ``Dimension/ordinal`` times the number of severities plus the
  /// severity's ``severityOrdinal(_:)``.
  private static let findingMiddles = ByteRuns(
    Dimension.allCases.flatMap { dimension in
      Severity.allCases.map { severity in
        Array(
          ",\"dimension\":\"\(dimension.rawValue)\",\"severity\":\"\(severity.rawValue)\",\"message\":"
            .utf8)
      }
    })

  /// How many severities there are.
  private static let severityCount = Severity.allCases.count

  /// `severity`'s position in ``Severity/allCases``.
  private static func severityOrdinal(_ severity: Severity) -> Int {
    switch severity {
    case .error: 0
    case .warning: 1
    case .suggestion: 2
    }
  }

  /// Room for a dimension's entry: its opening, score and pass flag.
  private static let dimensionRoom = dimensionOpenings.longest + ByteWriter.numberWidth + 16

  /// Writes a dimension's entry: copied whole from ``dimensionEntries`` when
  /// its score is in the table, else written piece by piece.
  @inline(__always)
  private static func writeEntry(
    _ dimension: DimensionScore, entries: ByteRuns, openings: ByteRuns,
    to writer: inout ByteWriter
  ) {
    let score = dimension.score
    guard score >= 0 && score <= highestTabledScore else {
      writer.write(bytes: openings[dimension.dimension.ordinal])
      writer.write(score)
      writer.write(bytes: dimension.pass ? passTrue : passFalse)
      return
    }
    writer.write(
      bytes: entries[
        (dimension.dimension.ordinal * (highestTabledScore + 1) + score) * 2
          + (dimension.pass ? 1 : 0)])
  }

  private func writeReport(
    _ report: OutcomeReport, to output: inout OutputBuffer,
    reusing workspace: inout RewriteWorkspace
  ) {
    let document = report.outcome.document
    DocumentJSONText.withText(of: document) { text in
      output.write(literal: ",\"text\":")
      text.writeWhole(to: &output)
      let score = report.score
      let grade = score.grade.name
      let dimensions = score.dimensions
      let room =
        64 + grade.utf8.count + ByteWriter.numberWidth + dimensions.count * dimensionRoom
      output.write(atMost: room) { writer in
        writer.write(literal: ",\"grade\":\"")
        writer.write(grade)
        writer.write(literal: "\",\"score\":")
        writer.write(score.overall)
        writer.write(literal: ",\"dimensions\":{")
        for index in dimensions.indices {
          if index > 0 { writer.write(byte: UInt8(ascii: ",")) }
          Self.writeEntry(dimensions[index], entries: entries, openings: openings, to: &writer)
        }
        writer.write(literal: "},\"anatomy\":")
      }
      AnatomyJSON.write(report.outcome.anatomy, text: text, to: &output)
      guard !report.findings.isEmpty || !report.suppressed.isEmpty else {
        output.write(literal: ",\"findings\":[],\"suppressed\":[]")
        return
      }
      let offsets = CharacterOffsets(text.bytes)
      output.write(literal: ",\"findings\":[")
      report.findings.withUnsafeBufferPointer { findings in
        for index in findings.indices {
          writeFinding(
            findings.baseAddress! + index, reason: nil, first: index == 0, text: text,
            offsets: offsets, to: &output)
        }
      }
      output.write(literal: "],\"suppressed\":[")
      report.suppressed.withUnsafeBufferPointer { suppressed in
        for index in suppressed.indices {
          withUnsafePointer(to: suppressed[index].finding) { finding in
            writeFinding(
              finding, reason: suppressed[index].reason, first: index == 0, text: text,
              offsets: offsets, to: &output)
          }
        }
      }
      output.write(byte: UInt8(ascii: "]"))
    }
    if let rewrite = rewriter.rewrite(report, reusing: &workspace) {
      RewriteJSON.write(rewrite, to: &output)
    } else {
      RewriteJSON.writeNone(to: &output)
    }
  }

  /// Writes a finding's object (after a comma unless it is the `first`),
  /// with the `reason` it was suppressed for, if any. Reads the finding in
  /// place rather than copying it.
  private func writeFinding(
    _ finding: UnsafePointer<Finding>, reason: String?, first: Bool, text: DocumentJSONText,
    offsets: CharacterOffsets, to output: inout OutputBuffer
  ) {
    finding.pointee.withStamp { stamp in
      writeFinding(
        finding, stamp: stamp, reason: reason, first: first, text: text, offsets: offsets,
        to: &output)
    }
  }

  /// Writes a finding of `stamp` as ``writeFinding(_:reason:first:text:offsets:to:)`` does.
  @inline(__always)
  private func writeFinding(
    _ finding: UnsafePointer<Finding>, stamp: RuleStamp, reason: String?, first: Bool,
    text: DocumentJSONText,
    offsets: CharacterOffsets, to output: inout OutputBuffer
  ) {
    let span = finding.pointee.span
    let middle = middles[
      stamp.dimension.ordinal * severityCount + Self.severityOrdinal(stamp.severity)]
    let room =
      256 + 4 * ByteWriter.numberWidth + stamp.quotedID.count + stamp.quotedGuidance.count
      + middles.longest + text.maximumQuotedCount(span)
      + JSONQuoting.maximumQuotedCount(ofUTF8Count: finding.pointee.message.utf8.count)
      + JSONQuoting.maximumQuotedCount(ofUTF8Count: finding.pointee.suggestion?.utf8.count ?? 0)
      + JSONQuoting.maximumQuotedCount(ofUTF8Count: reason?.utf8.count ?? 0)
    output.write(atMost: room) { writer in
      writer.write(literal: first ? "{\"rule\":" : ",{\"rule\":")
      writer.write(bytes: stamp.quotedID)
      writer.write(bytes: middle)
      writer.writeJSONString(finding.pointee.message)
      writer.write(literal: ",\"start\":")
      writer.write(span.start)
      writer.write(literal: ",\"end\":")
      writer.write(span.end)
      writer.write(literal: ",\"char_start\":")
      writer.write(offsets.characterOffset(ofByte: span.start))
      writer.write(literal: ",\"char_end\":")
      writer.write(offsets.characterOffset(ofByte: span.end))
      writer.write(literal: ",\"match\":")
      text.write(span, to: &writer)
      writer.write(literal: ",\"suggestion\":")
      if let suggestion = finding.pointee.suggestion {
        writer.writeJSONString(suggestion)
      } else {
        writer.write(literal: "null")
      }
      writer.write(literal: ",\"guidance\":")
      writer.write(bytes: stamp.quotedGuidance)
      if let reason {
        writer.write(literal: ",\"reason\":")
        writer.writeJSONString(reason)
      }
      writer.write(byte: UInt8(ascii: "}"))
    }
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
