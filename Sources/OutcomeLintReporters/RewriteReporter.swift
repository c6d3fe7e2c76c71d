import OutcomeLint

/// Writes each outcome with its suggested rewrite for a person to read: the
/// original, the rewrite, the provision moved out for Section F, any further
/// outcomes split out, the prompts to fill, and what changed and why.
public struct RewriteReporter: Reporter {
  private let palette: DimensionPalette
  private let rewriter: Rewriter

  /// Creates the reporter; `color` turns on ANSI colours.
  public init(rewriter: Rewriter, color: Bool) {
    self.rewriter = rewriter
    palette = DimensionPalette(enabled: color)
  }

  public func render(_ result: RecordResult, into output: inout OutputBuffer) {
    let record = result.record
    let location = palette.paint("\(record.source):\(record.line)", code: "2")
    switch result {
    case .failed(_, let message):
      output.write("\(location): error: \(message)\n\n")
    case .analyzed(_, let report):
      let grade = report.score.grade
      output.write("\(location)  \(grade.name.uppercased()) (\(report.score.overall)/100)\n")
      output.write("  original  \(report.text)\n")
      guard let rewrite = rewriter.rewrite(report) else {
        output.write("  rewrite   none needed: no errors or warnings\n\n")
        return
      }
      output.write(Self.details(rewrite, palette: palette) + "\n")
    }
  }

  /// The rewrite, what moved out, the prompts, and what changed and why.
  static func details(_ rewrite: Rewrite, palette: DimensionPalette) -> String {
    var text = "  rewrite   " + palette.paint(rewrite.text, code: "1") + "\n"
    if !rewrite.movedToProvision.isEmpty {
      text += "  Section F (provision moved out of the outcome):\n"
      text += rewrite.movedToProvision.map { "    - \($0)\n" }.joined()
    }
    if !rewrite.separateOutcomes.isEmpty {
      text += "  Separate outcomes (one outcome per statement):\n"
      text += rewrite.separateOutcomes.map { "    - \($0)\n" }.joined()
    }
    if !rewrite.prompts.isEmpty {
      text += "  Fill in: " + rewrite.prompts.map { $0.slot.label }.joined(separator: "; ") + "\n"
    }
    if !rewrite.changes.isEmpty {
      text += "  What changed and why:\n"
      for change in rewrite.changes {
        text +=
          "    - \(palette.paint(change.dimension.rawValue, change.dimension)): \(change.change)\n"
        text += "      " + palette.paint("because \(change.reason)", code: "2") + "\n"
      }
    }
    return text
  }
}
