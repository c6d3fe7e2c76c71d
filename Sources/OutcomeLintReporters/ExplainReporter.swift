import OutcomeLint

/// The trainer's view of an outcome: its parts labelled, the words weakening
/// each dimension marked (in colour when enabled, with a letter per dimension
/// either way), a SMART checklist with the reason for each tick or cross, each
/// finding with its guidance, and the suggested rewrite.
public struct ExplainReporter: Reporter {
  private let palette: DimensionPalette
  private let rewriter: Rewriter

  /// Creates the reporter; `color` turns on ANSI colours.
  public init(color: Bool, rewriter: Rewriter = Rewriter()) {
    palette = DimensionPalette(enabled: color)
    self.rewriter = rewriter
  }

  public func render(_ result: RecordResult, into output: inout OutputBuffer) {
    switch result {
    case .failed(let record, let message):
      output.write("\(record.source):\(record.line): error: \(message)\n\n")
    case .analyzed(_, let report):
      output.write(explanation(of: report))
      output.write("\n")
    }
  }

  /// The full explanation of one analysed outcome.
  public func explanation(of report: OutcomeReport) -> String {
    var text = summary(of: report)
    text += "\n" + findingsSection(report)
    text += "\n" + rewriteSection(rewriter.rewrite(report))
    return text
  }

  /// The grade, the labelled parts, the marked weaknesses and the SMART
  /// checklist (what `outcomelint examples` shows for each outcome).
  public func summary(of report: OutcomeReport) -> String {
    let grade = report.score.grade
    var text = palette.paint(
      "\(grade.name.uppercased()) (\(report.score.overall)/100)", code: grade >= .good ? "32" : "31"
    )
    text += "\n  " + report.text + "\n"
    text += "\nParts\n" + AnatomyLabels.labelled(report.outcome, palette: palette) + "\n"
    text += weaknesses(report)
    text += "\nSMART checklist\n" + SMARTChecklist.lines(report, palette: palette) + "\n"
    return text
  }

  private func weaknesses(_ report: OutcomeReport) -> String {
    let document = report.outcome.document
    let whole = document.trimmedSpan
    let placed = report.findings.filter { $0.span != whole && $0.severity >= .warning }
    let missing = report.findings.filter { $0.span == whole && $0.severity >= .warning }
    guard !placed.isEmpty || !missing.isEmpty else { return "" }
    var text = "\nWeaknesses\n"
    if !placed.isEmpty {
      text += "  " + highlighted(document, placed) + "\n"
      text += "  " + markers(document, placed) + "\n"
      let shown = Set(strongest(document, placed).compactMap { $0 })
      let dimensions = Dimension.allCases.filter(shown.contains)
      text +=
        "  "
        + dimensions.map { palette.paint("\(DimensionPalette.letter($0)) \($0.rawValue)", $0) }
        .joined(separator: "  ") + "\n"
    }
    if !missing.isEmpty {
      let names = missing.map { palette.paint($0.dimension.rawValue, $0.dimension) }
      text += "  missing: \(names.joined(separator: ", "))\n"
    }
    return text
  }

  /// The strongest finding on each byte: the one whose dimension comes first
  /// among the most severe.
  private func strongest(_ document: Document, _ findings: [Finding]) -> [Dimension?] {
    var result = [Dimension?](repeating: nil, count: document.bytes.count)
    var severity = [Severity?](repeating: nil, count: document.bytes.count)
    for finding in findings {
      for index in finding.span.start..<finding.span.end
      where severity[index].map({ finding.severity > $0 }) ?? true {
        severity[index] = finding.severity
        result[index] = finding.dimension
      }
    }
    return result
  }

  private func highlighted(_ document: Document, _ findings: [Finding]) -> String {
    guard palette.enabled else { return document.text }
    let marks = strongest(document, findings)
    var result = ""
    var start = 0
    while start < document.bytes.count {
      var end = start + 1
      while end < document.bytes.count && marks[end] == marks[start] { end += 1 }
      let piece = document.text(TextSpan(start: start, end: end))
      result += marks[start].map { palette.paint(piece, $0) } ?? piece
      start = end
    }
    return result
  }

  /// A line under the text with each weakened character's dimension letter.
  private func markers(_ document: Document, _ findings: [Finding]) -> String {
    let marks = strongest(document, findings)
    var line = ""
    var offset = 0
    for character in document.text {
      let mark = offset < marks.count ? marks[offset] : nil
      let letter = mark.map { String(DimensionPalette.letter($0)) } ?? " "
      line += mark.map { palette.paint(letter, $0) } ?? letter
      offset += character.utf8.count
    }
    while line.hasSuffix(" ") { line.removeLast() }
    return line
  }

  private func findingsSection(_ report: OutcomeReport) -> String {
    guard !report.findings.isEmpty else { return "Findings\n  none\n" }
    var text = "Findings\n"
    for finding in report.findings {
      text +=
        "  \(palette.paint(finding.dimension.rawValue, finding.dimension)) \(finding.severity.rawValue) \(finding.rule): \(finding.message)\n"
      if let suggestion = finding.suggestion { text += "    → \(suggestion)\n" }
      text += "    " + palette.paint("Guidance: \(finding.guidance)", code: "2") + "\n"
    }
    return text
  }

  private func rewriteSection(_ rewrite: Rewrite?) -> String {
    guard let rewrite else { return "Suggested rewrite\n  none needed: no errors or warnings\n" }
    return "Suggested rewrite\n" + RewriteReporter.details(rewrite, palette: palette)
  }
}
