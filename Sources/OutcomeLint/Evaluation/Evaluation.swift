/// Compares the engine's judgements with a labelled set, one outcome at a
/// time: per-dimension fault detection, verdict agreement and Cohen's kappa,
/// and the list of disagreements.
public struct Evaluation: Sendable {
  /// Fault detection per labelled dimension (null labels are not counted).
  public private(set) var dimensions: [LabelledDimension: ConfusionCounts] = [:]
  /// Good (outstanding or good grade; good or rewrite verdict) against poor.
  public private(set) var verdict = ConfusionCounts()
  /// Verdict agreement over the records whose verdict is consistent with their
  /// own labels: it leaves out good or rewrite verdicts whose labels record a
  /// core fault (see ``LabelledOutcome/verdictIsConsistentWithLabels``).
  public private(set) var consistentVerdict = ConfusionCounts()
  /// Every disagreement, in input order.
  public private(set) var disagreements: [Disagreement] = []
  /// How many records were compared.
  public private(set) var outcomes = 0

  /// Starts an empty evaluation.
  public init() {}

  /// Compares one labelled outcome with the engine's report on it.
  public mutating func add(_ outcome: LabelledOutcome, report: OutcomeReport) {
    outcomes += 1
    for dimension in LabelledDimension.allCases {
      guard let label = outcome.labels[dimension] else { continue }
      let expected = dimension.isFault(label: label)
      let found = !report.score[dimension.dimension].pass
      dimensions[dimension, default: ConfusionCounts()].add(expected: expected, found: found)
      if expected != found {
        disagreements.append(
          Disagreement(
            outcome: outcome, subject: .dimension(dimension),
            expected: expected ? "fault" : "no fault", found: found ? "fault" : "no fault",
            findings: report.findings.filter { $0.dimension == dimension.dimension }, missed: []))
      }
    }
    let grade = report.score.grade
    let foundGood = grade >= .good
    verdict.add(expected: outcome.verdict.isGood, found: foundGood)
    if outcome.verdictIsConsistentWithLabels {
      consistentVerdict.add(expected: outcome.verdict.isGood, found: foundGood)
    }
    guard outcome.verdict.isGood != foundGood else { return }
    let missed = LabelledDimension.allCases.filter { dimension in
      guard let label = outcome.labels[dimension] else { return false }
      return dimension.isFault(label: label) && report.score[dimension.dimension].pass
    }
    disagreements.append(
      Disagreement(
        outcome: outcome, subject: .verdict, expected: outcome.verdict.rawValue,
        found: grade.name, findings: foundGood ? [] : report.findings, missed: missed))
  }

  /// The counts for one dimension (empty when it had no labels).
  public func counts(_ dimension: LabelledDimension) -> ConfusionCounts {
    dimensions[dimension] ?? ConfusionCounts()
  }

  /// The mean fault F1 over the dimensions that had labels.
  public var meanF1: Double {
    let counted = LabelledDimension.allCases.filter { counts($0).total > 0 }
    guard !counted.isEmpty else { return 1 }
    return counted.reduce(0) { $0 + counts($1).f1 } / Double(counted.count)
  }

  /// Which targets are missed, as readable lines (empty when all are met).
  public func shortfalls(_ targets: AccuracyTargets) -> [String] {
    var missed: [String] = []
    if verdict.agreement < targets.verdictAgreement {
      missed.append(
        "verdict agreement \(Self.format(verdict.agreement)) is below \(Self.format(targets.verdictAgreement))"
      )
    }
    for dimension in LabelledDimension.allCases where counts(dimension).total > 0 {
      let f1 = counts(dimension).f1
      if f1 < targets.faultF1 {
        missed.append(
          "\(dimension.field) fault F1 \(Self.format(f1)) is below \(Self.format(targets.faultF1))")
      }
    }
    return missed
  }

  /// A ratio with three decimals ("0.925").
  public static func format(_ value: Double) -> String {
    let thousandths = Int((value * 1000).rounded())
    let sign = thousandths < 0 ? "-" : ""
    let magnitude = abs(thousandths)
    let fraction = String(magnitude % 1000)
    return
      "\(sign)\(magnitude / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
  }
}
