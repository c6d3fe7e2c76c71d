/// Totals over a run: records, errors, grades, mean dimension scores and
/// the most frequent rules.
public struct BatchSummary: Sendable {
  /// Records read (analysed plus errors).
  public private(set) var records = 0
  /// Records that could not be read.
  public private(set) var errors = 0
  /// Bytes of outcome text analysed.
  public private(set) var bytes = 0
  /// How many outcomes got each grade (only grades some outcome got).
  public var grades: [Grade: Int] {
    var grades: [Grade: Int] = [:]
    for (grade, count) in zip(Grade.allCases, gradeCounts) where count > 0 { grades[grade] = count }
    return grades
  }
  /// How many outcomes each rule fired on.
  public var ruleCounts: [String: Int] {
    var counts: [String: Int] = [:]
    for case (let rule, let count)? in ruleTallies { counts[rule] = count }
    return counts
  }
  /// How many outcomes each rule fired on, by its stamps'
  /// ``RuleStamp/ruleSerial`` (nil for serials of rules that never fired),
  /// so adding an outcome hashes and compares no rule id.
  private var ruleTallies: [(rule: String, count: Int)?] = []
  /// Findings not reported because the baseline holds them.
  public private(set) var baselined = 0
  private var dimensionTotals = Array(repeating: 0, count: Dimension.allCases.count)
  /// How many outcomes got each grade, in ``Grade/allCases`` order.
  private var gradeCounts = Array(repeating: 0, count: Grade.allCases.count)

  /// An empty summary.
  public init() {}

  /// Outcomes analysed (records less errors).
  public var analyzed: Int { records - errors }

  /// Adds one record.
  public mutating func add(_ result: RecordResult) {
    records += 1
    switch result {
    case .failed(let record, _):
      bytes += record.text?.count ?? 0
      errors += 1
    case .analyzed(let record, let report):
      bytes += record.text?.count ?? 0
      add(report)
    }
  }

  /// Adds an analysed outcome's grade, rules and dimension scores.
  private mutating func add(_ report: OutcomeReport) {
    baselined += report.baselined.count
    gradeCounts[Self.position(of: report.score.grade)] += 1
    report.findings.withUnsafeBufferPointer { findings in
      // The serials below 64 already tallied for this outcome, a bit each.
      var tallied: UInt64 = 0
      for index in findings.indices {
        let serial = findings[index].withStamp { $0.ruleSerial }
        if serial < UInt64.bitWidth {
          let bit: UInt64 = 1 << serial
          guard tallied & bit == 0 else { continue }
          tallied |= bit
        } else if findings[..<index].contains(where: { $0.withStamp { $0.ruleSerial } == serial }) {
          continue
        }
        tally(serial, 1, rule: { findings[index].rule })
      }
    }
    let dimensions = report.score.dimensions
    dimensionTotals.withUnsafeMutableBufferPointer { totals in
      for index in dimensions.indices { totals[index] += dimensions[index].score }
    }
  }

  /// `grade`'s position in ``Grade/allCases``.
  private static func position(of grade: Grade) -> Int {
    switch grade {
    case .outstanding: 0
    case .good: 1
    case .requiresImprovement: 2
    case .inadequate: 3
    }
  }

  /// Adds the totals of another part of the run (one batch's, say).
  public mutating func add(_ other: BatchSummary) {
    records += other.records
    errors += other.errors
    bytes += other.bytes
    baselined += other.baselined
    for index in gradeCounts.indices { gradeCounts[index] += other.gradeCounts[index] }
    for (serial, tally) in other.ruleTallies.enumerated() {
      if let tally { self.tally(serial, tally.count, rule: { tally.rule }) }
    }
    for index in dimensionTotals.indices { dimensionTotals[index] += other.dimensionTotals[index] }
  }

  /// Adds `count` outcomes to the rule with serial `serial`, whose id `rule` gives.
  private mutating func tally(_ serial: Int, _ count: Int, rule: () -> String) {
    if serial >= ruleTallies.count {
      ruleTallies += repeatElement(nil, count: serial + 1 - ruleTallies.count)
    }
    if ruleTallies[serial] == nil {
      ruleTallies[serial] = (rule: rule(), count: count)
    } else {
      ruleTallies[serial]!.count += count
    }
  }

  /// The mean score of `dimension` over analysed outcomes.
  public func meanScore(_ dimension: Dimension) -> Double {
    guard analyzed > 0, let index = Dimension.allCases.firstIndex(of: dimension) else { return 0 }
    return Double(dimensionTotals[index]) / Double(analyzed)
  }

  /// Rules by how many outcomes they fired on, most first (ties by id).
  public var topRules: [(rule: String, count: Int)] {
    ruleCounts.map { (rule: $0.key, count: $0.value) }
      .sorted { ($1.count, $0.rule) < ($0.count, $1.rule) }
  }
}
