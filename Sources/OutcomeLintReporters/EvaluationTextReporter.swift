import OutcomeLint

/// Writes an evaluation for a person: a table of fault detection per
/// dimension, verdict agreement with Cohen's kappa, and optionally every
/// disagreement with the findings that caused it.
public struct EvaluationTextReporter: Sendable {
  /// Whether to list the disagreements.
  public let showDisagreements: Bool

  /// Creates the reporter.
  public init(showDisagreements: Bool) {
    self.showDisagreements = showDisagreements
  }

  /// Renders `evaluation` of the labelled files `files` against `targets`.
  public func render(
    _ evaluation: Evaluation, files: [String], targets: AccuracyTargets?,
    into output: inout OutputBuffer
  ) {
    if showDisagreements {
      for disagreement in evaluation.disagreements { write(disagreement, to: &output) }
      if !evaluation.disagreements.isEmpty { output.write("\n") }
    }
    output.write("\(evaluation.outcomes) labelled outcomes from \(files.joined(separator: ", "))\n")
    output.write(
      pad("label", 20) + pad("n", 5, right: true) + pad("agree", 7, right: true)
        + pad("fault P", 9, right: true) + pad("fault R", 9, right: true)
        + pad("fault F1", 9, right: true) + pad("TP", 5, right: true) + pad("FP", 5, right: true)
        + pad("FN", 5, right: true) + pad("TN", 5, right: true) + "\n")
    for dimension in LabelledDimension.allCases {
      let counts = evaluation.counts(dimension)
      output.write(
        pad(dimension.field, 20) + pad(String(counts.total), 5, right: true)
          + pad(Evaluation.format(counts.agreement), 7, right: true)
          + pad(Evaluation.format(counts.precision), 9, right: true)
          + pad(Evaluation.format(counts.recall), 9, right: true)
          + pad(Evaluation.format(counts.f1), 9, right: true)
          + pad(String(counts.truePositives), 5, right: true)
          + pad(String(counts.falsePositives), 5, right: true)
          + pad(String(counts.falseNegatives), 5, right: true)
          + pad(String(counts.trueNegatives), 5, right: true) + "\n")
    }
    let verdict = evaluation.verdict
    output.write("mean fault F1 \(Evaluation.format(evaluation.meanF1))\n")
    output.write(
      "verdict agreement \(Evaluation.format(verdict.agreement)) (\(verdict.truePositives + verdict.trueNegatives)/\(verdict.total)), Cohen's kappa \(Evaluation.format(verdict.kappa))\n"
    )
    output.write(
      "  labelled good: graded good \(verdict.truePositives), graded below good \(verdict.falseNegatives)\n"
    )
    output.write(
      "  labelled poor: graded good \(verdict.falsePositives), graded below good \(verdict.trueNegatives)\n"
    )
    let consistent = evaluation.consistentVerdict
    output.write(
      "verdict agreement where the source's verdict is consistent with its own labels \(Evaluation.format(consistent.agreement)) (\(consistent.truePositives + consistent.trueNegatives)/\(consistent.total)), Cohen's kappa \(Evaluation.format(consistent.kappa))\n"
    )
    output.write(
      "  left out: \(verdict.total - consistent.total) good or rewrite verdicts whose own labels record a core fault (no timeframe, not measurable, not specific, provision or service perspective)\n"
    )
    guard let targets else { return }
    let shortfalls = evaluation.shortfalls(targets)
    if shortfalls.isEmpty {
      output.write(
        "targets met: verdict agreement >= \(Evaluation.format(targets.verdictAgreement)), every fault F1 >= \(Evaluation.format(targets.faultF1))\n"
      )
    } else {
      for shortfall in shortfalls { output.write("target missed: \(shortfall)\n") }
    }
  }

  private func write(_ disagreement: Disagreement, to output: inout OutputBuffer) {
    let record = disagreement.outcome.record
    let text = record.text.map { String(decoding: $0, as: UTF8.self) } ?? ""
    let what: String
    switch disagreement.subject {
    case .dimension(let dimension): what = dimension.field
    case .verdict: what = "verdict"
    }
    output.write(
      "\(record.source):\(record.line)  id \(record.idJSON)  \(what): labelled \(disagreement.expected), engine \(disagreement.found)\n"
    )
    output.write("  \(text)\n")
    for finding in disagreement.findings {
      output.write(
        "    \(finding.severity.rawValue) \(finding.rule) '\(Self.excerpt(text, finding.span))'\n")
    }
    if !disagreement.missed.isEmpty {
      output.write(
        "    labelled faults not found: \(disagreement.missed.map(\.field).joined(separator: ", "))\n"
      )
    }
  }

  /// The text of `span` in `text` (byte offsets).
  static func excerpt(_ text: String, _ span: TextSpan) -> String {
    let bytes = Array(text.utf8)
    guard span.end <= bytes.count else { return "" }
    return String(decoding: bytes[span.start..<span.end], as: UTF8.self)
  }

  private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let fill = String(repeating: " ", count: max(0, width - text.count))
    return right ? fill + text : text + fill
  }
}
