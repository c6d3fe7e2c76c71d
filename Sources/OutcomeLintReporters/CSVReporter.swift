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
    var cells = [
      Self.plainID(record.idJSON), record.source, String(record.line),
      record.text.map { String(decoding: $0, as: UTF8.self) } ?? "",
    ]
    switch result {
    case .failed(_, let message):
      cells += Array(repeating: "", count: 2 + Dimension.allCases.count * 2) + ["", "", message]
    case .analyzed(_, let report):
      cells += [report.score.grade.name, String(report.score.overall)]
      cells += report.score.dimensions.flatMap { [String($0.score), String($0.pass)] }
      var seen: Set<String> = []
      cells.append(
        report.findings.map(\.rule).filter { seen.insert($0).inserted }.joined(separator: " "))
      cells.append(rewriter.rewrite(report)?.text ?? "")
      cells.append("")
    }
    output.write(cells.map(Self.cell).joined(separator: ",") + "\r\n")
  }

  /// The id without JSON quoting when it is a JSON string.
  private static func plainID(_ json: String) -> String {
    guard json.hasPrefix("\""), json.hasSuffix("\""), json.count >= 2 else { return json }
    return String(json.dropFirst().dropLast())
      .replacingOccurrences(of: "\\\"", with: "\"")
      .replacingOccurrences(of: "\\\\", with: "\\")
  }

  /// A cell quoted when needed and neutralised against formula injection.
  static func cell(_ value: String) -> String {
    var text = value
    if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
      text = "'" + text
    }
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return text
    }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}

extension String {
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
