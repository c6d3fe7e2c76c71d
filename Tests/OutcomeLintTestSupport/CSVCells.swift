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
    let bytes = Array(text.utf8)
    let quote = UInt8(ascii: "\"")
    let comma = UInt8(ascii: ",")
    let cr: UInt8 = 0x0D
    let lf: UInt8 = 0x0A
    var records: [[String]] = []
    var cells: [String] = []
    var index = 0
    while index < bytes.count {
      var cell: [UInt8] = []
      if bytes[index] == quote {
        index += 1
        while true {
          guard index < bytes.count else { return nil }
          if bytes[index] == quote {
            guard index + 1 < bytes.count, bytes[index + 1] == quote else { break }
            index += 1
          }
          cell.append(bytes[index])
          index += 1
        }
        index += 1
      } else {
        while index < bytes.count, ![comma, cr, lf].contains(bytes[index]) {
          guard bytes[index] != quote else { return nil }
          cell.append(bytes[index])
          index += 1
        }
      }
      cells.append(String(decoding: cell, as: UTF8.self))
      guard index < bytes.count else { return nil }
      if bytes[index] == comma {
        index += 1
      } else if bytes[index] == cr, index + 1 < bytes.count, bytes[index + 1] == lf {
        index += 2
        records.append(cells)
        cells = []
      } else {
        return nil
      }
    }
    return cells.isEmpty ? records : nil
  }
}
