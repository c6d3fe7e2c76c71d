extension Baseline {
  /// The first line of a baseline file.
  public static var header: String {
    "{\"kind\":\"\(kind)\",\"schema\":\(schemaVersion)}\n"
  }

  /// The baseline lines for one result: every finding not suppressed,
  /// including those an earlier baseline matched; nothing for an error record.
  public static func lines(for result: RecordResult) -> String {
    guard case .analyzed(let record, let report) = result else { return "" }
    let document = report.outcome.document
    var text = ""
    for finding in report.findings + report.baselined {
      text +=
        "{\"id\":\(record.idJSON),\"source\":\(JSONQuoting.quoted(record.source)),\"line\":\(record.line),"
        + "\"rule\":\(JSONQuoting.quoted(finding.rule)),\"match\":\(JSONQuoting.quoted(document.text(finding.span)))}\n"
    }
    return text
  }
}
