// libFuzzer target: the reporters on arbitrary bytes. The bytes are read as one
// text record and, line by line, as JSON Lines records; each result (analysed or
// failed) is rendered as JSON Lines, CSV, text and the rewrite's text. The
// bytes are also read as a plan's `.json` file and, line by line, as plans,
// each audit rendered as JSON Lines, CSV and HTML. The outputs must keep their
// contracts: a JSON Lines record is one line of valid UTF-8 (no CR, U+0085,
// U+2028 or U+2029 either) holding a JSON object with the schema's keys, whose text and
// matches are the input's; CSV rows parse (RFC 4180) into the header's
// columns, the text cell holding the input. The JSON string escaper and the
// character offsets are also checked on the raw bytes (any byte values,
// invalid UTF-8 included) against byte-by-byte references. libFuzzer provides
// `main`; built and run by Tests/Fuzz/run.sh.

import Foundation
import OutcomeLint
import OutcomeLintReporters
import OutcomeLintRules

/// The analysers, made once: libFuzzer calls back through a C function
/// pointer, which cannot capture them, and runs on one thread.
nonisolated(unsafe) var analyzer: Analyzer?
nonisolated(unsafe) var planAnalyzer: PlanAnalyzer?
/// A worker's reused buffer, handed over after each record as the batch does.
nonisolated(unsafe) var workerBuffer = OutputBuffer(handle: nil)
/// Where handed-over output is written, as the batch's writer does.
nonisolated(unsafe) var sink = OutputBuffer(handle: FileHandle(forWritingAtPath: "/dev/null"))

let textDecoder = RecordDecoder(format: .text)
let jsonDecoder = RecordDecoder(format: .jsonl)
let voices: [PersonStyle?] = [nil, .first, .third]
let csvHeaderColumns = StrictCSV.records(Array(CSVReporter().header.utf8))![0].count
let auditCSVHeaderColumns = StrictCSV.records(Array(AuditCSVReporter().header.utf8))![0].count

@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(
  _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
) -> CInt {
  do {
    let engine = AnalysisEngine(lexicons: try Lexicons.load(), rules: BuiltInRules.ruleSet)
    analyzer = try Analyzer(engine: engine)
    planAnalyzer = try PlanAnalyzer(
      engine: PlanEngine(analysis: engine, rules: BuiltInPlanRules.ruleSet))
  } catch {
    fatalError("cannot start: \(error)")
  }
  return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let analyzer, let planAnalyzer else { return 0 }
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  checkQuoting(bytes)
  checkCharacterOffsets(bytes)
  // The voice and the file name vary with the input, so both reach the output.
  let rewriter = Rewriter(person: voices[size % voices.count])
  let source = String(decoding: bytes.prefix(12), as: UTF8.self)
  var records = [textDecoder.decode(bytes, line: 1, source: source)]
  // The whole bytes as a plan's `.json` file, and each line as a plan.
  var plans = [InputRecord(source: source, line: 1, idJSON: "null", text: bytes)]
  for (index, line) in lines(of: bytes).prefix(32).enumerated() {
    records.append(jsonDecoder.decode(line, line: index + 1, source: source))
    plans.append(
      InputRecord(source: source, line: index + 1, idJSON: String(index + 1), text: line))
  }
  for plan in plans {
    let result = planAnalyzer.analyze(plan, redact: size % 2 == 0)
    checkAuditJSONLines(result, rewriter: rewriter)
    checkAuditCSV(result, rewriter: rewriter)
    _ = HTMLReporter().section(result)
  }
  for record in records {
    let result = analyzer.analyze(record)
    checkJSONLines(result, rewriter: rewriter)
    checkCSV(result, rewriter: rewriter)
    _ = TerminalReporter(color: size % 2 == 0).rendered(result)
    _ = RewriteReporter(rewriter: rewriter, color: size % 2 == 1).rendered(result)
  }
  return 0
}

/// The lines of `bytes` as the line reader gives them: split on LF, a
/// trailing CR removed, no empty last line.
func lines(of bytes: [UInt8]) -> [[UInt8]] {
  var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map {
    Array($0.last == UInt8(ascii: "\r") ? $0.dropLast() : $0)
  }
  if bytes.last == UInt8(ascii: "\n") { lines.removeLast() }
  return lines
}

// MARK: - JSON Lines

/// Renders `result` as JSON Lines, directly and through a reused worker buffer
/// handed over to a writer, and checks the record.
func checkJSONLines(_ result: RecordResult, rewriter: Rewriter) {
  let reporter = JSONLinesReporter(rewriter: rewriter)
  let line = reporter.rendered(result)
  reporter.render(result, into: &workerBuffer)
  let rendered = workerBuffer.takeRendered()
  var collected = OutputBuffer(handle: nil)
  collected.write(rendered)
  precondition(collected.bytes == line, "a handed-over record differs")
  sink.write(rendered)
  sink.flushIfNeeded()

  let object = parsedRecord(line)
  let record = result.record
  precondition(object["schema"] as? Int == JSONLinesReporter.schemaVersion)
  precondition(object["id"] != nil)
  precondition(object["source"] as? String == record.source)
  precondition(object["line"] as? Int == record.line)
  switch result {
  case .failed(_, let message):
    precondition(Set(object.keys) == ["schema", "id", "source", "line", "error"])
    precondition(object["error"] as? String == message)
  case .analyzed(_, let report):
    checkAnalyzed(object, report: report)
    let moved = object["input"] as? [String: Any] ?? [:]
    for field in record.passthrough {
      precondition(object[field.key] != nil || moved[field.key] != nil)
    }
  }
}

/// The JSON object a JSON Lines record holds, checked to be one line of
/// valid UTF-8.
func parsedRecord(_ line: [UInt8]) -> [String: Any] {
  precondition(line.last == UInt8(ascii: "\n"), "a record must end its line")
  precondition(!breaksLine(line.dropLast()), "a line break inside a record")
  precondition(String(validating: line, as: UTF8.self) != nil, "invalid UTF-8: \(line)")
  let parsed = try? JSONSerialization.jsonObject(with: Data(line))
  guard let object = parsed as? [String: Any] else {
    preconditionFailure("not a JSON object: \(String(decoding: line, as: UTF8.self))")
  }
  return object
}

/// Whether `bytes` hold what a reader may take for the end of a line: LF, CR,
/// U+0085 (as Python's universal newlines and `splitlines` do), U+2028 or
/// U+2029 (as JavaScript does).
/// ``JSONQuoting`` escapes them all in strings, and a record is one line.
func breaksLine(_ bytes: ArraySlice<UInt8>) -> Bool {
  bytes.indices.contains { index in
    switch bytes[index] {
    case 0x0A, 0x0D: true
    case 0xC2: index + 1 < bytes.endIndex && bytes[index + 1] == 0x85
    case 0xE2:
      index + 2 < bytes.endIndex && bytes[index + 1] == 0x80
        && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
    default: false
    }
  }
}

/// Checks an analysed record's contract keys, its text and each finding's match
/// and offsets.
func checkAnalyzed(_ object: [String: Any], report: OutcomeReport) {
  let bytes = report.outcome.document.bytes
  precondition(object["text"] as? String == String(decoding: bytes, as: UTF8.self))
  precondition(object["grade"] as? String == report.score.grade.name)
  precondition(object["score"] as? Int == report.score.overall)
  precondition((object["dimensions"] as? [String: Any])?.count == report.score.dimensions.count)
  precondition(object["anatomy"] is [String: Any])
  precondition(object["suppressed"] is [Any])
  precondition(object.keys.contains("rewrite"))
  guard let findings = object["findings"] as? [[String: Any]],
    findings.count == report.findings.count
  else { preconditionFailure("findings do not match the report") }
  for (written, finding) in zip(findings, report.findings) {
    let span = finding.span
    precondition(written["rule"] as? String == finding.rule)
    precondition(written["start"] as? Int == span.start && written["end"] as? Int == span.end)
    precondition(
      written["match"] as? String == String(decoding: bytes[span.start..<span.end], as: UTF8.self))
    let scalarsBefore = { (end: Int) in
      String(decoding: bytes[..<end], as: UTF8.self).unicodeScalars.count
    }
    precondition(written["char_start"] as? Int == scalarsBefore(span.start))
    precondition(written["char_end"] as? Int == scalarsBefore(span.end))
  }
}

/// Renders a plan's audit as JSON Lines and checks the record: one line, a
/// JSON object whose outcomes are each the record `check` writes.
func checkAuditJSONLines(_ result: PlanResult, rewriter: Rewriter) {
  let line = AuditJSONLinesReporter(rewriter: rewriter).rendered(result)
  let object = parsedRecord(line)
  precondition(object["schema"] as? Int == AuditJSONLinesReporter.schemaVersion)
  precondition(object["id"] != nil && object["source"] as? String == result.source)
  switch result {
  case .failed(_, let message):
    precondition(Set(object.keys) == ["schema", "id", "source", "line", "error"])
    precondition(object["error"] as? String == message)
  case .analyzed(let report):
    guard let outcomes = object["outcomes"] as? [[String: Any]],
      outcomes.count == report.outcomes.count
    else { preconditionFailure("outcomes do not match the report") }
    for (written, outcome) in zip(outcomes, report.outcomes) {
      if case .analyzed(_, let outcome) = outcome { checkAnalyzed(written, report: outcome) }
    }
  }
}

/// Renders a plan's audit as CSV and checks that it parses into a plan row and
/// a row per outcome, each with the header's columns.
func checkAuditCSV(_ result: PlanResult, rewriter: Rewriter) {
  let rows = AuditCSVReporter(rewriter: rewriter).rendered(result)
  precondition(String(validating: rows, as: UTF8.self) != nil, "invalid UTF-8: \(rows)")
  var expected = 1
  if case .analyzed(let report) = result { expected += report.outcomeReports.count }
  guard let records = StrictCSV.records(rows), records.count == expected,
    records.allSatisfy({ $0.count == auditCSVHeaderColumns })
  else {
    preconditionFailure("not \(expected) CSV rows: \(String(decoding: rows, as: UTF8.self))")
  }
}

// MARK: - CSV

/// Renders `result` as a CSV row and checks that it parses into the header's
/// columns, with the text cell holding the record's text.
func checkCSV(_ result: RecordResult, rewriter: Rewriter) {
  let row = CSVReporter(rewriter: rewriter).rendered(result)
  precondition(String(validating: row, as: UTF8.self) != nil, "invalid UTF-8: \(row)")
  guard let records = StrictCSV.records(row), records.count == 1,
    records[0].count == csvHeaderColumns
  else {
    preconditionFailure(
      "not one CSV row of \(csvHeaderColumns) cells: \(String(decoding: row, as: UTF8.self))")
  }
  let text = result.record.text ?? []
  let isFormula = text.first.map { Array("=+-@\t\r".utf8).contains($0) } ?? false
  precondition(
    records[0][3] == (isFormula ? [UInt8(ascii: "'")] + text : text), "the text cell differs")
}

// MARK: - Bytes

/// Escapes each byte by the rules ``JSONQuoting`` documents, whatever the bytes.
func referenceQuoted(_ bytes: [UInt8]) -> [UInt8] {
  var result = [UInt8(ascii: "\"")]
  var index = 0
  while index < bytes.count {
    let byte = bytes[index]
    index += 1
    switch byte {
    case UInt8(ascii: "\""): result += Array("\\\"".utf8)
    case UInt8(ascii: "\\"): result += Array("\\\\".utf8)
    case UInt8(ascii: "\n"): result += Array("\\n".utf8)
    case UInt8(ascii: "\r"): result += Array("\\r".utf8)
    case UInt8(ascii: "\t"): result += Array("\\t".utf8)
    case 0..<0x20, 0x7F:
      let hex = String(byte, radix: 16)
      result += Array(("\\u00" + String(repeating: "0", count: 2 - hex.count) + hex).utf8)
    case 0xE2
    where index + 1 < bytes.count && bytes[index] == 0x80
      && (bytes[index + 1] == 0xA8 || bytes[index + 1] == 0xA9):
      result += Array((bytes[index + 1] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
      index += 2
    case 0xC2 where index < bytes.count && bytes[index] == 0x85:
      result += Array("\\u0085".utf8)
      index += 1
    default: result.append(byte)
    }
  }
  return result + [UInt8(ascii: "\"")]
}

/// Escapes `bytes` and every suffix of their last 40 bytes (so every byte
/// falls at every place in the sixteen- and eight-byte checks) through an
/// output buffer, against the reference.
func checkQuoting(_ bytes: [UInt8]) {
  for start in [0] + Array(max(1, bytes.count - 40)..<max(1, bytes.count)) {
    let text = Array(bytes[start...])
    var output = OutputBuffer(handle: nil)
    output.writeJSONString(utf8: text)
    let written = output.bytes
    precondition(written.count <= JSONQuoting.maximumQuotedCount(ofUTF8Count: text.count))
    precondition(written == referenceQuoted(text), "quoting differs for \(text)")
  }
}

/// Counts the bytes that start a scalar before a sample of offsets, past the
/// end too, against counting them one by one.
func checkCharacterOffsets(_ bytes: [UInt8]) {
  bytes.withUnsafeBufferPointer { checkCharacterOffsets(bytes, CharacterOffsets($0)) }
}

/// ``checkCharacterOffsets(_:)`` with the conversions made.
private func checkCharacterOffsets(_ bytes: [UInt8], _ offsets: CharacterOffsets) {
  let step = max(1, bytes.count / 64)
  var starts = 0
  for offset in 0...(bytes.count + 1) {
    if offset % step == 0 || offset >= bytes.count - 9 {
      precondition(
        offsets.characterOffset(ofByte: offset) == starts, "offset \(offset) of \(bytes)")
    }
    if offset < bytes.count, bytes[offset] & 0xC0 != 0x80 { starts += 1 }
  }
}
