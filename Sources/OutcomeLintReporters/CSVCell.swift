/// One CSV cell (RFC 4180): quoted, with its quotes doubled, when it holds a
/// comma, a quote, a CR or an LF, and neutralised against formula injection: a
/// cell a spreadsheet would run as a formula (starting `=`, `+`, `-`, `@`, tab
/// or CR) is prefixed with `'`. Worked out on the UTF-8 bytes: those
/// characters are single bytes that never occur inside a multi-byte
/// character, so a mark combined onto a comma or a quote, or a CR LF pair,
/// still counts.
enum CSVCell {
  private static let formulaStarts = Array("=+-@\t\r".utf8)

  /// `value` as a cell.
  static func text(_ value: String) -> String {
    var output = OutputBuffer(handle: nil)
    write(value, to: &output)
    return output.text
  }

  /// Appends `value` as a cell.
  static func write(_ value: String, to output: inout OutputBuffer) {
    value.withUTF8Bytes { write(utf8: $0, to: &output) }
  }

  /// Appends UTF-8 `value` as a cell.
  static func write(utf8 value: UnsafeBufferPointer<UInt8>, to output: inout OutputBuffer) {
    let isFormula = value.first.map { formulaStarts.contains($0) } ?? false
    let isQuoted = value.contains { byte in
      byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n")
        || byte == UInt8(ascii: "\r")
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
