/// Splits the CSV rows the reporters write back into cells, for tests.
public enum CSVCells {
  /// The cells of `line`, one CSV row with RFC 4180 quoting and an optional CRLF end.
  public static func split(_ line: String) -> [String] {
    var cells: [String] = []
    var cell = ""
    var quoted = false
    var characters = line.makeIterator()
    while let character = characters.next() {
      switch (character, quoted) {
      case ("\"", false) where cell.isEmpty: quoted = true
      case ("\"", true):
        if let next = characters.next() {
          if next == "\"" {
            cell.append("\"")
          } else {
            quoted = false
            if next == "," {
              cells.append(cell)
              cell = ""
            } else if next != "\r\n" {
              cell.append(next)
            }
          }
        } else {
          quoted = false
        }
      case (",", false):
        cells.append(cell)
        cell = ""
      case ("\r\n", false): break
      default: cell.append(character)
      }
    }
    cells.append(cell)
    return cells
  }
}
