/// One plan's line in a corpus summary: enough to list, sort and link it.
public struct PlanRow: Sendable {
  /// The plan's id as plain text.
  public let id: String
  /// Where it came from.
  public let source: String
  /// Its line there.
  public let line: Int
  /// Its grade, or nil when it could not be read.
  public let grade: Grade?
  /// Its score.
  public let score: Int
  /// Its year group, if known.
  public let yearGroup: Int?
  /// Its number of outcomes.
  public let outcomes: Int
  /// How many of its outcomes are graded below good.
  public let outcomesBelowGood: Int
  /// Its plan findings, one line per rule ("outcome 2: … (and 1 more)"), most severe first.
  public let headlines: [String]
  /// Why it could not be read.
  public let error: String?

  /// Its key stage, if known.
  public var keyStage: KeyStage? { yearGroup.map(KeyStage.init(yearGroup:)) }
}
