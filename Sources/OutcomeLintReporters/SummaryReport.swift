import OutcomeLint

/// Renders a run's ``BatchSummary`` as text for a person or as one JSON object.
public struct SummaryReport: Sendable {
  /// The totals.
  public let summary: BatchSummary
  /// Wall-clock seconds the run took.
  public let seconds: Double
  /// How many rules to list.
  public let topRuleCount = 10
  /// The baseline file the run compared against, if any.
  public let baseline: String?

  /// Wraps a summary and its duration, and the baseline file used, if any.
  public init(summary: BatchSummary, seconds: Double, baseline: String? = nil) {
    self.summary = summary
    self.seconds = seconds
    self.baseline = baseline
  }

  private var perSecond: Double { seconds > 0 ? Double(summary.records) / seconds : 0 }
  private var megabytesPerSecond: Double {
    seconds > 0 ? Double(summary.bytes) / 1_048_576 / seconds : 0
  }

  /// A few lines for standard error.
  public var text: String {
    var lines = [
      "\(summary.records) records, \(summary.analyzed) analysed, \(summary.errors) errors in \(Self.fixed(seconds, 2)) s "
        + "(\(Int(perSecond.rounded())) records/s, \(Self.fixed(megabytesPerSecond, 1)) MB/s)"
    ]
    lines.append(
      "grades: "
        + Grade.allCases.map { "\($0.name) \(summary.grades[$0] ?? 0)" }.joined(separator: ", "))
    lines.append(
      "mean scores: "
        + Dimension.allCases.map { "\($0.rawValue) \(Self.fixed(summary.meanScore($0), 1))" }
        .joined(separator: ", "))
    if let baseline {
      lines.append("baselined: \(summary.baselined) findings already in \(baseline), not reported")
    }
    lines.append("most frequent rules:")
    for (rule, count) in summary.topRules.prefix(topRuleCount) {
      lines.append("  \(rule) \(count) (\(Self.fixed(share(count) * 100, 1))%)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// One JSON object.
  public var json: String {
    let grades = Grade.allCases.map { "\"\($0.name)\":\(summary.grades[$0] ?? 0)" }
      .joined(separator: ",")
    let means = Dimension.allCases.map {
      "\"\($0.rawValue)\":\(Self.fixed(summary.meanScore($0), 2))"
    }
    .joined(separator: ",")
    let rules = summary.topRules.prefix(topRuleCount).map {
      "{\"rule\":\"\($0.rule)\",\"count\":\($0.count),\"share\":\(Self.fixed(share($0.count), 4))}"
    }.joined(separator: ",")
    return
      "{\"records\":\(summary.records),\"analysed\":\(summary.analyzed),\"errors\":\(summary.errors),"
      + "\"grades\":{\(grades)},\"mean_scores\":{\(means)},\"top_rules\":[\(rules)],"
      + "\"seconds\":\(Self.fixed(seconds, 3)),\"records_per_second\":\(Self.fixed(perSecond, 1)),"
      + "\"megabytes_per_second\":\(Self.fixed(megabytesPerSecond, 2)),"
      + "\"baselined\":\(summary.baselined)}\n"
  }

  private func share(_ count: Int) -> Double {
    summary.analyzed > 0 ? Double(count) / Double(summary.analyzed) : 0
  }

  /// `value` with `digits` decimals, without Foundation's locale-dependent formatting.
  static func fixed(_ value: Double, _ digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = (value * scale).rounded()
    let whole = Int(scaled / scale)
    guard digits > 0 else { return String(whole) }
    let fraction = Int(abs(scaled).truncatingRemainder(dividingBy: scale))
    let padded = String(fraction)
    let sign = scaled < 0 && whole == 0 ? "-" : ""
    return sign + String(whole) + "." + String(repeating: "0", count: digits - padded.count)
      + padded
  }
}
