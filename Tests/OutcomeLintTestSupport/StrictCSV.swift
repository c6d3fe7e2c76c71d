/// RFC 4180 read strictly on UTF-8 bytes, for checking the CSV the reporters
/// write: the tests read it through ``CSVCells``, and the report fuzz target
/// (Tests/Fuzz/run.sh compiles this file into every target) reads it directly.
/// Plain Swift with no imports, so it builds in both.
public enum StrictCSV {
  /// The records of CSV `bytes` as cells, parsed strictly by RFC 4180 (every
  /// record ends in CR LF; a quote only opens a cell or doubles inside a quoted
  /// one; an unquoted cell holds no quote, comma, CR or LF), or nil when they do
  /// not parse.
  public static func records(_ bytes: [UInt8]) -> [[[UInt8]]]? {
    let quote = UInt8(ascii: "\"")
    let comma = UInt8(ascii: ",")
    let cr: UInt8 = 0x0D
    let lf: UInt8 = 0x0A
    var records: [[[UInt8]]] = []
    var cells: [[UInt8]] = []
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
      cells.append(cell)
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
