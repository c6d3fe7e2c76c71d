/// What became of one plan record: an audited plan, or the reason it could
/// not be read. Reporters write exactly one output record for each.
public enum PlanResult: Sendable {
  /// The plan was read and audited.
  case analyzed(PlanReport)
  /// The record could not be read as a plan.
  case failed(InputRecord, String)

  /// The plan's source.
  public var source: String {
    switch self {
    case .analyzed(let report): report.plan.source
    case .failed(let record, _): record.source
    }
  }

  /// The plan's line in its source.
  public var line: Int {
    switch self {
    case .analyzed(let report): report.plan.line
    case .failed(let record, _): record.line
    }
  }

  /// The plan's id as raw JSON.
  public var idJSON: String {
    switch self {
    case .analyzed(let report): report.plan.idJSON
    case .failed(let record, _): record.idJSON
    }
  }

  /// The plan's id as plain text (a JSON string without its quotes).
  public var id: String { PlanJSON.plainText(idJSON) }
}
