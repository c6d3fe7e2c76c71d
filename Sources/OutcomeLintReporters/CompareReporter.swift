import OutcomeLint

/// Two versions of an outcome side by side (say, a poor original and a
/// trainer's improvement): the texts and grades, the score change on each
/// dimension, and which findings were resolved, introduced or remain.
public struct CompareReporter: Sendable {
  /// The width of each text column.
  public static let columnWidth = 44
  private let palette: DimensionPalette

  /// Creates the reporter; `color` turns on ANSI colours.
  public init(color: Bool) {
    palette = DimensionPalette(enabled: color)
  }

  /// The comparison of `before` (A) with `after` (B).
  public func comparison(of before: OutcomeReport, with after: OutcomeReport) -> String {
    var text = sideBySide(
      ["A", before.text, grade(before)], ["B", after.text, grade(after)])
    text += "\n" + table(before.score, after.score)
    let beforeRules = before.findings.map(\.rule)
    let afterRules = after.findings.map(\.rule)
    text += "\n" + findingList("Resolved (in A, gone from B)", before.findings, notIn: afterRules)
    text += findingList("Introduced (new in B)", after.findings, notIn: beforeRules)
    text += findingList(
      "Still there", after.findings.filter { beforeRules.contains($0.rule) }, notIn: [])
    return text
  }

  private func grade(_ report: OutcomeReport) -> String {
    let grade = report.score.grade
    return palette.paint(
      "\(grade.name.uppercased()) (\(report.score.overall)/100)", code: grade >= .good ? "32" : "31"
    )
  }

  /// Two columns of paragraphs, each wrapped to ``columnWidth``.
  private func sideBySide(_ left: [String], _ right: [String]) -> String {
    var text = ""
    for (leftParagraph, rightParagraph) in zip(left, right) {
      let leftLines = Self.wrapped(leftParagraph)
      let rightLines = Self.wrapped(rightParagraph)
      for row in 0..<max(leftLines.count, rightLines.count) {
        let leftLine = row < leftLines.count ? leftLines[row] : ""
        let rightLine = row < rightLines.count ? rightLines[row] : ""
        let padding = String(
          repeating: " ", count: max(1, Self.columnWidth + 2 - visible(leftLine)))
        text +=
          ("  " + leftLine + (rightLine.isEmpty ? "" : padding + rightLine))
          .trimmingTrailingSpaces() + "\n"
      }
    }
    return text
  }

  private func table(_ before: OutcomeScore, _ after: OutcomeScore) -> String {
    var text = "  dimension        A     B   change\n"
    for dimension in Dimension.allCases {
      let old = before[dimension]
      let new = after[dimension]
      let name = dimension.rawValue + String(repeating: " ", count: 13 - dimension.rawValue.count)
      text +=
        "  \(palette.paint(name, dimension))\(Self.number(old.score, 5))\(Self.number(new.score, 6))"
        + "   \(change(new.score - old.score))  \(palette.mark(old.pass)) → \(palette.mark(new.pass))\n"
    }
    text +=
      "  overall      \(Self.number(before.overall, 5))\(Self.number(after.overall, 6))"
      + "   \(change(after.overall - before.overall))\n"
    text += "  grade        \(before.grade.name) → \(after.grade.name)\n"
    return text
  }

  private func change(_ delta: Int) -> String {
    let text = delta > 0 ? "+\(delta)" : "\(delta)"
    let padded = String(repeating: " ", count: max(0, 4 - text.count)) + text
    guard delta != 0 else { return padded }
    return palette.paint(padded, code: delta > 0 ? "32" : "31")
  }

  private func findingList(_ title: String, _ findings: [Finding], notIn rules: [String])
    -> String
  {
    var remaining = rules
    var listed: [Finding] = []
    for finding in findings {
      if let index = remaining.firstIndex(of: finding.rule) {
        remaining.remove(at: index)
      } else {
        listed.append(finding)
      }
    }
    guard !listed.isEmpty else { return "\(title)\n  none\n" }
    return "\(title)\n"
      + listed.map {
        "  \(palette.paint($0.dimension.rawValue, $0.dimension)) \($0.rule): \($0.message)\n"
      }.joined()
  }

  private static func number(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: " ", count: max(0, width - text.count)) + text
  }

  /// The number of characters shown, not counting colour codes.
  private func visible(_ text: String) -> Int {
    var count = 0
    var inEscape = false
    for character in text {
      if character == "\u{1B}" {
        inEscape = true
      } else if inEscape {
        if character == "m" { inEscape = false }
      } else {
        count += 1
      }
    }
    return count
  }

  /// `text` in lines of at most ``columnWidth`` characters, broken at spaces.
  static func wrapped(_ text: String) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if !line.isEmpty && line.count + 1 + word.count > columnWidth {
        lines.append(line)
        line = ""
      }
      line += line.isEmpty ? String(word) : " " + word
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }
}

extension String {
  fileprivate func trimmingTrailingSpaces() -> String {
    var result = self
    while result.hasSuffix(" ") { result.removeLast() }
    return result
  }
}
