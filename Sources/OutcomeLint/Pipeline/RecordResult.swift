/// What became of one input record: an analysed outcome, or the reason it
/// could not be read. Reporters write exactly one output record for each.
public enum RecordResult: Sendable {
  /// The record was read and analysed.
  case analyzed(InputRecord, OutcomeReport)
  /// The record could not be read.
  case failed(InputRecord, String)

  /// The input record either way.
  public var record: InputRecord {
    switch self {
    case .analyzed(let record, _), .failed(let record, _): record
    }
  }
}

extension Analyzer {
  /// Analyses one input record, turning unreadable records into failures.
  public func analyze(_ record: InputRecord) -> RecordResult {
    guard let text = record.text else { return .failed(record, record.error ?? "unreadable") }
    do {
      return .analyzed(
        record,
        try analyze(utf8: text, suppressions: record.suppressions, recordID: record.idJSON))
    } catch {
      return .failed(record, error.description)
    }
  }
}
