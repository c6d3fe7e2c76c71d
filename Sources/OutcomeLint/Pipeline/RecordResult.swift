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
  /// Analyses one input record, turning unreadable records into failures. A
  /// record with a deadline beside it (``InputRecord/byWhen``) whose text
  /// states no timeframe is judged with that deadline put first, and the
  /// result's record holds the text as judged.
  public func analyze(_ record: InputRecord) -> RecordResult {
    guard let text = record.text else { return .failed(record, record.error ?? "unreadable") }
    do {
      guard let byWhen = record.byWhen else {
        return .analyzed(
          record,
          try analyze(utf8: text, suppressions: record.suppressions, recordID: record.idJSON))
      }
      let report = try analyze(
        utf8: text, byWhen: byWhen, suppressions: record.suppressions, recordID: record.idJSON)
      let judged = report.outcome.document.bytes
      return .analyzed(
        judged == text
          ? record
          : InputRecord(
            source: record.source, line: record.line, idJSON: record.idJSON, text: judged,
            passthrough: record.passthrough, suppressions: record.suppressions),
        report)
    } catch {
      return .failed(record, error.description)
    }
  }
}
