/// One CSV cell: quoted when it holds a comma, a quote or a line break
/// (each a whole character: a CR LF pair is one line break, and a mark
/// combined onto a comma makes it another character), and neutralised against
/// formula injection: a cell a spreadsheet would run as a formula (starting
/// `=`, `+`, `-`, `@`, tab or CR) is prefixed with `'`.
enum CSVCell {
  private static let formulaStarts = Array("=+-@\t\r".utf8)

  /// `value` as a cell.
  static func text(_ value: String) -> String {
    var text = value
    if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
      text = "'" + text
    }
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return text
    }
    return "\"" + text.replacingEvery("\"", with: "\"\"") + "\""
  }

  /// Appends `value` as a cell.
  static func write(_ value: String, to output: inout OutputBuffer) {
    value.withUTF8Bytes { write(utf8: $0, to: &output) }
  }

  /// Appends UTF-8 `value` as a cell: what ``text(_:)`` gives, worked out
  /// byte by byte for plain ASCII, where every character is one byte but CR LF.
  static func write(utf8 value: UnsafeBufferPointer<UInt8>, to output: inout OutputBuffer) {
    guard value.allSatisfy({ $0 < 0x80 }) else {
      output.write(text(String(decoding: value, as: UTF8.self)))
      return
    }
    let isFormula = value.first.map { formulaStarts.contains($0) } ?? false
    let isQuoted = value.indices.contains { index in
      switch value[index] {
      case UInt8(ascii: ","), UInt8(ascii: "\""): true
      case UInt8(ascii: "\n"): index == 0 || value[index - 1] != UInt8(ascii: "\r")
      case UInt8(ascii: "\r"): index + 1 == value.count || value[index + 1] != UInt8(ascii: "\n")
      default: false
      }
    }
    if isQuoted { output.write(byte: UInt8(ascii: "\"")) }
    if isFormula { output.write(byte: UInt8(ascii: "'")) }
    guard isQuoted else {
      output.write(bytes: value)
      return
    }
    var runStart = 0
    for index in value.indices where value[index] == UInt8(ascii: "\"") {
      output.write(bytes: UnsafeBufferPointer(rebasing: value[runStart...index]))
      output.write(byte: UInt8(ascii: "\""))
      runStart = index + 1
    }
    output.write(bytes: UnsafeBufferPointer(rebasing: value[runStart...]))
    output.write(byte: UInt8(ascii: "\""))
  }
}

extension String {
  /// The string with every occurrence of `target` (matched by characters) replaced.
  func replacingEvery(_ target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
