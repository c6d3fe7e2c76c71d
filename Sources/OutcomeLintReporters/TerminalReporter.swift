import OutcomeLint

/// Writes each outcome for a person to read: grade and score, the text with
/// the offending words highlighted, a line per dimension, and each finding's
/// message and suggestion, then a blank line. Colour only when asked (a TTY
/// without `NO_COLOR`).
public struct TerminalReporter: Reporter {
  private let style: TerminalStyle

  /// Creates the reporter; `color` turns on ANSI colours.
  public init(color: Bool) {
    style = TerminalStyle(enabled: color)
  }

  public func render(_ result: RecordResult, into output: inout OutputBuffer) {
    defer { output.write("\n") }
    let record = result.record
    let location = "\(record.source):\(record.line)"
    switch result {
    case .failed(_, let message):
      output.write(style.paint("\(location): error: \(message)\n", .red))
    case .analyzed(_, let report):
      let grade = report.score.grade
      output.write(
        style.paint("\(location)", .dim) + "  "
          + style.paint("\(grade.name.uppercased()) (\(report.score.overall)/100)", grade.color)
          + "\n")
      output.write("  " + highlighted(report) + "\n")
      output.write("  " + dimensionLine(report.score) + "\n")
      for finding in report.findings {
        let severity = style.paint(
          finding.severity.rawValue.padding(to: 10), finding.severity.color)
        output.write("  \(severity) \(style.paint(finding.rule, .bold))  \(finding.message)\n")
        if let suggestion = finding.suggestion {
          output.write("             " + style.paint("→ \(suggestion)", .dim) + "\n")
        }
      }
    }
  }

  private func dimensionLine(_ score: OutcomeScore) -> String {
    score.dimensions.map { dimension in
      let mark = dimension.pass ? style.paint("✓", .green) : style.paint("✗", .red)
      return "\(mark) \(dimension.dimension.rawValue) \(dimension.score)"
    }.joined(separator: "  ")
  }

  /// The text with each finding's words in its severity's colour (the most
  /// severe wins where findings overlap); whole-statement findings are not
  /// highlighted, as they point at something missing.
  private func highlighted(_ report: OutcomeReport) -> String {
    let document = report.outcome.document
    guard style.enabled else { return document.text }
    var severityAt = [Severity?](repeating: nil, count: document.bytes.count)
    let whole = document.trimmedSpan
    for finding in report.findings where finding.span != whole {
      for index in finding.span.start..<finding.span.end {
        if severityAt[index].map({ finding.severity > $0 }) ?? true {
          severityAt[index] = finding.severity
        }
      }
    }
    var result = ""
    var start = 0
    while start < document.bytes.count {
      var end = start + 1
      while end < document.bytes.count && severityAt[end] == severityAt[start] { end += 1 }
      let piece = document.text(TextSpan(start: start, end: end))
      result += severityAt[start].map { style.paint(piece, $0.color, underline: true) } ?? piece
      start = end
    }
    return result
  }
}

extension String {
  fileprivate func padding(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}

extension Severity {
  fileprivate var color: TerminalStyle.Color {
    switch self {
    case .error: .red
    case .warning: .yellow
    case .suggestion: .cyan
    }
  }
}

extension Grade {
  fileprivate var color: TerminalStyle.Color {
    switch self {
    case .outstanding: .green
    case .good: .green
    case .requiresImprovement: .yellow
    case .inadequate: .red
    }
  }
}
