/// Splits the CSV rows the reporters write back into cells, for tests, by
/// RFC 4180 read strictly on the UTF-8 bytes (so a mark combined onto a comma
/// or a quote, or a CR LF pair, cannot hide it).
public enum CSVCells {
  /// The cells of `line`, one CSV row with an optional CRLF end; no cells
  /// when it is not exactly one well-formed row.
  public static func split(_ line: String) -> [String] {
    let row = line.utf8.last == 0x0A ? line : line + "\r\n"
    guard let records = records(row), records.count == 1 else { return [] }
    return records[0]
  }

  /// The records of `text`, each ending in CR LF, as cells: a quote only opens
  /// a cell or doubles inside a quoted one, and an unquoted cell holds no
  /// quote, comma, CR or LF. Nil when `text` does not parse so.
  public static func records(_ text: String) -> [[String]]? {
    StrictCSV.records(Array(text.utf8))?.map { record in
      record.map { String(decoding: $0, as: UTF8.self) }
    }
  }
}
