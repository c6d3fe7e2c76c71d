/// The few facts about one audited outcome that the corpus summary needs.
public struct OutcomeDigest: Sendable {
  /// Its grade.
  public let grade: Grade
  /// Each dimension's score, in ``Dimension/allCases`` order.
  public let dimensionScores: [Int]
  /// The rules that fired (once each).
  public let rules: [String]
  /// The area its `area` field names, or that it names none.
  public let area: AreaGroup
  /// Its duplicate fingerprint.
  public let fingerprint: OutcomeFingerprint
  /// Its MinHash signature.
  public let signature: MinHashSignature
  /// Its text, as shown in the report (redacted when asked).
  public let text: String
}
