import OutcomeLint

/// Writes one CSV row per input record for spreadsheets. The columns, in
/// order: `id`, `file`, `line`, `text`, `grade`, `score`, each dimension's
/// `<name>_score` and `<name>_pass`, `rules` (the rules that fired), `rewrite`
/// (the suggested rewrite, empty for a strong outcome) and `error` (for a
/// record that could not be read; its other analysis cells are empty). Cells
/// that a spreadsheet would run as a formula (starting `=`, `+`, `-`, `@`, tab
/// or CR) are prefixed with `'`.
public struct CSVReporter: Reporter {
  private let rewriter: Rewriter

  /// Creates the reporter; `rewriter` writes each record's suggested rewrite.
  public init(rewriter: Rewriter = Rewriter()) {
    self.rewriter = rewriter
  }

  public var header: String {
    let dimensions = Dimension.allCases.flatMap { ["\($0.rawValue)_score", "\($0.rawValue)_pass"] }
    return
      (["id", "file", "line", "text", "grade", "score"] + dimensions + [
        "rules", "rewrite", "error",
      ])
      .joined(separator: ",") + "\r\n"
  }

  public func render(_ result: RecordResult, into output: inout OutputBuffer) {
    let record = result.record
    CSVCell.write(Self.plainID(record.idJSON), to: &output)
    output.write(byte: UInt8(ascii: ","))
    CSVCell.write(record.source, to: &output)
    output.write(byte: UInt8(ascii: ","))
    writeNumber(record.line, to: &output)
    output.write(byte: UInt8(ascii: ","))
    record.text?.withUnsafeBufferPointer { CSVCell.write(utf8: $0, to: &output) }
    switch result {
    case .failed(_, let message):
      for _ in 0..<(2 + Dimension.allCases.count * 2 + 3) { output.write(byte: UInt8(ascii: ",")) }
      CSVCell.write(message, to: &output)
    case .analyzed(_, let report):
      output.write(byte: UInt8(ascii: ","))
      CSVCell.write(report.score.grade.name, to: &output)
      output.write(byte: UInt8(ascii: ","))
      writeNumber(report.score.overall, to: &output)
      for dimension in report.score.dimensions {
        output.write(byte: UInt8(ascii: ","))
        writeNumber(dimension.score, to: &output)
        output.write(literal: dimension.pass ? ",true" : ",false")
      }
      output.write(byte: UInt8(ascii: ","))
      CSVCell.write(Self.firingRules(report), to: &output)
      output.write(byte: UInt8(ascii: ","))
      CSVCell.write(rewriter.rewrite(report)?.text ?? "", to: &output)
      output.write(byte: UInt8(ascii: ","))
    }
    output.write(literal: "\r\n")
  }

  /// A number as a cell (a negative one neutralised like a formula).
  private func writeNumber(_ number: Int, to output: inout OutputBuffer) {
    if number < 0 { output.write(byte: UInt8(ascii: "'")) }
    output.write(number)
  }

  /// The ids of the rules that fired, once each in order, separated by spaces.
  private static func firingRules(_ report: OutcomeReport) -> String {
    let findings = report.findings
    var rules = ""
    for index in findings.indices
    where !findings[..<index].contains(where: { $0.rule == findings[index].rule }) {
      if index > 0 { rules += " " }
      rules += findings[index].rule
    }
    return rules
  }

  /// The id without JSON quoting when it is a JSON string.
  private static func plainID(_ json: String) -> String {
    guard json.hasPrefix("\""), json.hasSuffix("\""), json.count >= 2 else { return json }
    return String(json.dropFirst().dropLast())
      .replacingEvery("\\\"", with: "\"")
      .replacingEvery("\\\\", with: "\\")
  }
}
