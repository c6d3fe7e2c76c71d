import OutcomeLint

/// Writes an evaluation as JSON Lines (schema 1): with disagreements on, one
/// `{"type": "disagreement"}` object per disagreement in input order, then
/// always one `{"type": "summary"}` object with the per-dimension counts and
/// metrics, the verdict agreement and Cohen's kappa, the same over the records
/// whose verdict is consistent with their own labels (`verdict_consistent`,
/// with how many were `excluded`), and the targets.
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
      "{\"schema\":\(Self.schemaVersion),\"type\":\"summary\",\"files\":[\(files.map { JSONQuoting.quoted($0) }.joined(separator: ","))],\"outcomes\":\(evaluation.outcomes),\"dimensions\":{"
    line += LabelledDimension.allCases.map { dimension in
      let counts = evaluation.counts(dimension)
      return
        "\(JSONQuoting.quoted(dimension.field)):{\(Self.counts(counts)),\"precision\":\(Evaluation.format(counts.precision)),\"recall\":\(Evaluation.format(counts.recall)),\"f1\":\(Evaluation.format(counts.f1))}"
    }.joined(separator: ",")
    let verdict = evaluation.verdict
    line +=
      "},\"mean_f1\":\(Evaluation.format(evaluation.meanF1)),\"verdict\":{\(Self.counts(verdict)),\"kappa\":\(Evaluation.format(verdict.kappa))}"
    let consistent = evaluation.consistentVerdict
    line +=
      ",\"verdict_consistent\":{\(Self.counts(consistent)),\"kappa\":\(Evaluation.format(consistent.kappa)),\"excluded\":\(verdict.total - consistent.total)}"
    if let targets {
      let shortfalls = evaluation.shortfalls(targets)
      line +=
        ",\"targets\":{\"verdict_agreement\":\(Evaluation.format(targets.verdictAgreement)),\"fault_f1\":\(Evaluation.format(targets.faultF1)),\"met\":\(shortfalls.isEmpty),\"missed\":[\(shortfalls.map { JSONQuoting.quoted($0) }.joined(separator: ","))]}"
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
      "{\"rule\":\(JSONQuoting.quoted(finding.rule)),\"dimension\":\(JSONQuoting.quoted(finding.dimension.rawValue)),\"severity\":\(JSONQuoting.quoted(finding.severity.rawValue)),\"start\":\(finding.span.start),\"end\":\(finding.span.end),\"match\":\(JSONQuoting.quoted(EvaluationTextReporter.excerpt(text, finding.span))),\"message\":\(JSONQuoting.quoted(finding.message))}"
    }
    output.write(
      "{\"schema\":\(Self.schemaVersion),\"type\":\"disagreement\",\"id\":\(record.idJSON),\"source\":\(JSONQuoting.quoted(record.source)),\"line\":\(record.line),\"label\":\(JSONQuoting.quoted(what)),\"expected\":\(JSONQuoting.quoted(disagreement.expected)),\"found\":\(JSONQuoting.quoted(disagreement.found)),\"text\":\(JSONQuoting.quoted(text)),\"findings\":[\(findings.joined(separator: ","))],\"missed\":[\(disagreement.missed.map { JSONQuoting.quoted($0.field) }.joined(separator: ","))]}\n"
    )
  }
}
