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
  /// The grade and the key of the score after it (`,"grade":"good","score":`),
  /// by ``gradeOrdinal(_:)``.
  private static let gradeOpenings = ByteRuns(
    Grade.allCases.map { Array(",\"grade\":\"\($0.name)\",\"score\":".utf8) })
  /// The end of a passing dimension's entry.
  private static let passTrue = Array(",\"pass\":true}".utf8)
  /// The end of a failing dimension's entry.
  private static let passFalse = Array(",\"pass\":false}".utf8)
  private let rewriter: Rewriter
  /// The tables, held by each reporter too, so writing a record reads them
  /// without checking that they are made.
  private let entries = JSONLinesReporter.dimensionEntries
  private let openings = JSONLinesReporter.dimensionOpenings
  private let dimensionRoom = JSONLinesReporter.dimensionRoom
  private let gradeOpenings = JSONLinesReporter.gradeOpenings
  private let anatomyJSON = AnatomyJSON()

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
      output.write(atMost: headRoom(record)) { writeHead(record, to: &$0) }
      output.write(literal: ",\"error\":")
      output.writeJSONString(message)
      writePassthrough(record, to: &output)
    case .analyzed(let record, let report):
      writeReport(report, of: record, to: &output)
      if let rewrite = rewriter.rewrite(report, reusing: &workspace) {
        RewriteJSON.write(rewrite, to: &output)
      } else {
        RewriteJSON.writeNone(to: &output)
      }
      writePassthrough(record, to: &output)
    }
    output.write(literal: "}\n")
  }

  /// The most bytes ``writeHead(_:to:)`` writes for `record`.
  private func headRoom(_ record: InputRecord) -> Int {
    64 + 2 * ByteWriter.numberWidth + record.idJSON.utf8.count
      + JSONQuoting.maximumQuotedCount(ofUTF8Count: record.source.utf8.count)
  }

  /// Opens the record with its schema, id, source and line.
  @inline(__always)
  private func writeHead(_ record: InputRecord, to writer: inout ByteWriter) {
    writer.write(literal: "{\"schema\":")
    writer.write(Self.schemaVersion)
    writer.write(literal: ",\"id\":")
    writer.write(record.idJSON)
    writer.write(literal: ",\"source\":")
    writer.writeJSONString(record.source)
    writer.write(literal: ",\"line\":")
    writer.write(record.line)
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

  /// Writes the record of an analysed outcome up to its rewrite: the head,
  /// text, scores, anatomy and findings, in three runs of writes, each
  /// after one check for room.
  private func writeReport(
    _ report: OutcomeReport, of record: InputRecord, to output: inout OutputBuffer
  ) {
    DocumentJSONText.withText(of: report.outcome.document) { text in
      output.write(atMost: headRoom(record) + 16 + text.maximumWholeCount) { writer in
        writeHead(record, to: &writer)
        writer.write(literal: ",\"text\":")
        text.writeWhole(to: &writer)
      }
      let anatomy = report.outcome.anatomy
      let hasFindings = !report.findings.isEmpty || !report.suppressed.isEmpty
      output.write(atMost: scoreRoom + anatomyJSON.room(anatomy, text: text)) { writer in
        writeScore(report.score, to: &writer)
        anatomyJSON.write(anatomy, text: text, to: &writer)
        if !hasFindings { writer.write(literal: ",\"findings\":[],\"suppressed\":[]") }
      }
      guard hasFindings else { return }
      let offsets = CharacterOffsets(text.bytes)
      report.findings.withUnsafeBufferPointer { findings in
        var room = 32
        for index in findings.indices {
          room += findingRoom(findings.baseAddress! + index, reason: nil, text: text)
        }
        output.write(atMost: room) { writer in
          writer.write(literal: ",\"findings\":[")
          for index in findings.indices {
            writeFinding(
              findings.baseAddress! + index, reason: nil, text: text, offsets: offsets,
              to: &writer)
          }
          if !findings.isEmpty { writer.moveBack(by: 1) }
          writer.write(literal: "],\"suppressed\":[")
        }
      }
      report.suppressed.withUnsafeBufferPointer { suppressed in
        var room = 1
        for entry in suppressed {
          withUnsafePointer(to: entry.finding) { finding in
            room += findingRoom(finding, reason: entry.reason, text: text)
          }
        }
        output.write(atMost: room) { writer in
          for entry in suppressed {
            withUnsafePointer(to: entry.finding) { finding in
              writeFinding(
                finding, reason: entry.reason, text: text, offsets: offsets, to: &writer)
            }
          }
          if !suppressed.isEmpty { writer.moveBack(by: 1) }
          writer.write(byte: UInt8(ascii: "]"))
        }
      }
    }
  }

  /// Room for the grade, score and dimensions.
  private var scoreRoom: Int {
    64 + gradeOpenings.longest + ByteWriter.numberWidth + openings.count * dimensionRoom
  }

  /// Writes the grade, score and dimensions, and opens the anatomy.
  @inline(__always)
  private func writeScore(_ score: OutcomeScore, to writer: inout ByteWriter) {
    writer.write(bytes: gradeOpenings[Self.gradeOrdinal(score.grade)])
    writer.write(score.overall)
    writer.write(literal: ",\"dimensions\":{")
    let dimensions = score.dimensions
    for index in dimensions.indices {
      Self.writeEntry(dimensions[index], entries: entries, openings: openings, to: &writer)
      writer.write(byte: UInt8(ascii: ","))
    }
    writer.moveBack(by: 1)
    writer.write(literal: "},\"anatomy\":")
  }

  /// `grade`'s position in ``Grade/allCases``.
  private static func gradeOrdinal(_ grade: Grade) -> Int {
    switch grade {
    case .outstanding: 0
    case .good: 1
    case .requiresImprovement: 2
    case .inadequate: 3
    }
  }

  /// The most bytes ``writeFinding(_:reason:text:offsets:to:)`` writes for `finding`.
  @inline(__always)
  private func findingRoom(
    _ finding: UnsafePointer<Finding>, reason: String?, text: DocumentJSONText
  ) -> Int {
    finding.pointee.withStamp { stamp in
      256 + 4 * ByteWriter.numberWidth + stamp.findingJSONOpening.count
        + stamp.findingJSONGuidance.count + text.maximumQuotedCount(finding.pointee.span)
        + JSONQuoting.maximumQuotedCount(ofUTF8Count: finding.pointee.messageUTF8.count)
        + JSONQuoting.maximumQuotedCount(ofUTF8Count: finding.pointee.suggestionUTF8?.count ?? 0)
        + JSONQuoting.maximumQuotedCount(ofUTF8Count: reason?.utf8.count ?? 0)
    }
  }

  /// Writes a finding's object and a comma after it, with the `reason` it
  /// was suppressed for, if any. Reads the finding in place rather than
  /// copying it.
  @inline(__always)
  private func writeFinding(
    _ finding: UnsafePointer<Finding>, reason: String?, text: DocumentJSONText,
    offsets: CharacterOffsets, to writer: inout ByteWriter
  ) {
    let span = finding.pointee.span
    finding.pointee.withStamp { stamp in
      writer.write(bytes: stamp.findingJSONOpening)
      writer.writeJSONString(utf8: finding.pointee.messageUTF8)
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
      if let suggestion = finding.pointee.suggestionUTF8 {
        writer.writeJSONString(utf8: suggestion)
      } else {
        writer.write(literal: "null")
      }
      writer.write(bytes: stamp.findingJSONGuidance)
    }
    if let reason {
      writer.write(literal: ",\"reason\":")
      writer.writeJSONString(reason)
    }
    writer.write(literal: "},")
  }

  private func writePassthrough(_ record: InputRecord, to output: inout OutputBuffer) {
    guard !record.passthrough.isEmpty else { return }
    var hasColliding = false
    for field in record.passthrough {
      guard !Self.reservedKeys.contains(field.key) else {
        hasColliding = true
        continue
      }
      output.write(byte: UInt8(ascii: ","))
      output.writeJSONString(field.key)
      output.write(byte: UInt8(ascii: ":"))
      output.write(field.json)
    }
    // Rare: only then are the reserved keys looked up again.
    guard hasColliding else { return }
    let colliding = record.passthrough.filter { Self.reservedKeys.contains($0.key) }
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
