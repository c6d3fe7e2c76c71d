/// The few facts about one analysed record that a run's summary needs,
/// small enough to pass from a worker to the writer.
public struct RecordDigest: Sendable {
  /// The grade, or nil for a record that could not be read.
  public let grade: Grade?
  /// The overall score.
  public let score: Int
  /// Each dimension's score, in ``Dimension/allCases`` order.
  public let dimensionScores: [Int]
  /// The ids of the rules that fired (once each).
  public let rules: [String]
  /// Where the record came from, for error messages.
  public let source: String
  /// Its line.
  public let line: Int
  /// Why it could not be read.
  public let error: String?
  /// The size of the outcome's text in bytes.
  public let bytes: Int
  /// How many findings the baseline held back.
  public let baselined: Int

  /// Digests a result.
  public init(_ result: RecordResult) {
    let record = result.record
    source = record.source
    line = record.line
    bytes = record.text?.count ?? 0
    switch result {
    case .analyzed(_, let report):
      grade = report.score.grade
      score = report.score.overall
      dimensionScores = report.score.dimensions.map(\.score)
      var firing: [String] = []
      for finding in report.findings where !firing.contains(finding.rule) {
        firing.append(finding.rule)
      }
      rules = firing
      error = nil
      baselined = report.baselined.count
    case .failed(_, let message):
      grade = nil
      score = 0
      dimensionScores = []
      rules = []
      error = message
      baselined = 0
    }
  }
}
