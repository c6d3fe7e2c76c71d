/// One labelled outcome: the input record, the overall verdict and the
/// per-dimension labels (nil where the label is null or absent).
public struct LabelledOutcome: Sendable {
  /// The input record (its text, id, source and line).
  public let record: InputRecord
  /// The overall verdict.
  public let verdict: SourceVerdict
  /// Each dimension's label; nil when null or absent, and then not counted.
  public let labels: [LabelledDimension: Bool]

  /// Why a record's labels cannot be read.
  public struct LabelError: Error, Sendable, CustomStringConvertible {
    /// The record's source and line, `file:line`.
    public let location: String
    /// What is wrong.
    public let message: String
    /// `file:line: message`.
    public var description: String { "\(location): \(message)" }
  }

  /// Reads the labels from a decoded JSON Lines record's other fields.
  public init(record: InputRecord) throws(LabelError) {
    let location = "\(record.source):\(record.line)"
    let fields = Dictionary(record.passthrough.map { ($0.key, $0.json) }) { first, _ in first }
    let verdicts = SourceVerdict.allCases.map(\.rawValue).joined(separator: ", ")
    guard let verdictJSON = fields["source_verdict"] else {
      throw LabelError(
        location: location, message: "missing field 'source_verdict' (one of \(verdicts))")
    }
    guard let name = JSONScanner.string(Array(verdictJSON.utf8)[...]),
      let verdict = SourceVerdict(rawValue: name)
    else {
      throw LabelError(
        location: location,
        message: "field 'source_verdict' is \(verdictJSON); expected one of \(verdicts)")
    }
    var labels: [LabelledDimension: Bool] = [:]
    for dimension in LabelledDimension.allCases {
      switch fields[dimension.field] {
      case nil, "null": continue
      case "true": labels[dimension] = true
      case "false": labels[dimension] = false
      case let other?:
        throw LabelError(
          location: location,
          message: "field '\(dimension.field)' is \(other); expected true, false or null")
      }
    }
    self.record = record
    self.verdict = verdict
    self.labels = labels
  }

  /// The labels that record a core fault, one a good outcome must not have:
  /// no timeframe, not measurable, not specific, provision wording or a
  /// service perspective (purpose is not counted).
  public var coreFaults: [LabelledDimension] {
    LabelledDimension.allCases.filter { dimension in
      guard dimension.isCore, let label = labels[dimension] else { return false }
      return dimension.isFault(label: label)
    }
  }

  /// Whether the verdict agrees with the record's own labels: false for a
  /// good or rewrite verdict whose labels record a core fault (the guidance
  /// says a good outcome has none), true otherwise.
  public var verdictIsConsistentWithLabels: Bool {
    !verdict.isGood || coreFaults.isEmpty
  }
}
