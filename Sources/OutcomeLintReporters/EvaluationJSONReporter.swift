import OutcomeLint

/// Writes an evaluation as JSON Lines (schema 1): with disagreements on, one
/// `{"type": "disagreement"}` object per disagreement in input order, then
/// always one `{"type": "summary"}` object with the per-dimension counts and
/// metrics, the verdict agreement and Cohen's kappa, and the targets.
public struct EvaluationJSONReporter: Sendable {
  /// The schema version written in every object.
  public static let schemaVersion = 1
  /// Whether to write the disagreements.
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
    }
    var line =
      "{\"schema\":\(Self.schemaVersion),\"type\":\"summary\",\"files\":[\(files.map(Self.quoted).joined(separator: ","))],\"outcomes\":\(evaluation.outcomes),\"dimensions\":{"
    line += LabelledDimension.allCases.map { dimension in
      let counts = evaluation.counts(dimension)
      return
        "\(Self.quoted(dimension.field)):{\(Self.counts(counts)),\"precision\":\(Evaluation.format(counts.precision)),\"recall\":\(Evaluation.format(counts.recall)),\"f1\":\(Evaluation.format(counts.f1))}"
    }.joined(separator: ",")
    let verdict = evaluation.verdict
    line +=
      "},\"mean_f1\":\(Evaluation.format(evaluation.meanF1)),\"verdict\":{\(Self.counts(verdict)),\"kappa\":\(Evaluation.format(verdict.kappa))}"
    if let targets {
      let shortfalls = evaluation.shortfalls(targets)
      line +=
        ",\"targets\":{\"verdict_agreement\":\(Evaluation.format(targets.verdictAgreement)),\"fault_f1\":\(Evaluation.format(targets.faultF1)),\"met\":\(shortfalls.isEmpty),\"missed\":[\(shortfalls.map(Self.quoted).joined(separator: ","))]}"
    }
    output.write(line + "}\n")
  }

  private static func counts(_ counts: ConfusionCounts) -> String {
    "\"n\":\(counts.total),\"tp\":\(counts.truePositives),\"fp\":\(counts.falsePositives),\"fn\":\(counts.falseNegatives),\"tn\":\(counts.trueNegatives),\"agreement\":\(Evaluation.format(counts.agreement))"
  }

  private func write(_ disagreement: Disagreement, to output: inout OutputBuffer) {
    let record = disagreement.outcome.record
    let text = record.text.map { String(decoding: $0, as: UTF8.self) } ?? ""
    let what: String
    switch disagreement.subject {
    case .dimension(let dimension): what = dimension.field
    case .verdict: what = "verdict"
    }
    let findings = disagreement.findings.map { finding in
      "{\"rule\":\(Self.quoted(finding.rule)),\"dimension\":\(Self.quoted(finding.dimension.rawValue)),\"severity\":\(Self.quoted(finding.severity.rawValue)),\"start\":\(finding.span.start),\"end\":\(finding.span.end),\"match\":\(Self.quoted(EvaluationTextReporter.excerpt(text, finding.span))),\"message\":\(Self.quoted(finding.message))}"
    }
    output.write(
      "{\"schema\":\(Self.schemaVersion),\"type\":\"disagreement\",\"id\":\(record.idJSON),\"source\":\(Self.quoted(record.source)),\"line\":\(record.line),\"label\":\(Self.quoted(what)),\"expected\":\(Self.quoted(disagreement.expected)),\"found\":\(Self.quoted(disagreement.found)),\"text\":\(Self.quoted(text)),\"findings\":[\(findings.joined(separator: ","))],\"missed\":[\(disagreement.missed.map { Self.quoted($0.field) }.joined(separator: ","))]}\n"
    )
  }

  /// `text` as a JSON string literal, every control character escaped.
  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _
      where scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\u{2028}"
        || scalar == "\u{2029}":
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}
