/// Turns one input line into an ``InputRecord``: checks UTF-8, emptiness and
/// size, and for JSON lines finds the text and id fields and keeps the rest.
/// Suppressions come from a text line's trailing `# outcomelint: ignore …`
/// comment (removed from the text; see ``SuppressionComment``) or a JSON
/// line's `suppress` field.
public struct RecordDecoder: Sendable {
  /// Layouts with one record per line.
  public enum LineFormat: Sendable {
    /// The line is the outcome.
    case text
    /// The line is a JSON object holding the outcome.
    case jsonl
  }

  /// The layout of the input.
  public let format: LineFormat
  /// The JSON field holding the outcome's text.
  public let textField: String
  /// Lines longer than this many bytes are rejected.
  public let maximumBytes: Int

  /// Creates a decoder.
  public init(format: LineFormat, textField: String = "text", maximumBytes: Int = 65_536) {
    self.format = format
    self.textField = textField
    self.maximumBytes = maximumBytes
  }

  /// Decodes line `line` of `source`.
  public func decode(_ bytes: [UInt8], line: Int, source: String) -> InputRecord {
    var bytes = bytes
    if line == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    let lineID = String(line)
    guard bytes.count <= maximumBytes else {
      return InputRecord(
        source: source, line: line, idJSON: lineID,
        error: "line is \(bytes.count) bytes, over the limit of \(maximumBytes)")
    }
    guard !InputBytesCheck.containsNUL(bytes) else {
      return InputRecord(source: source, line: line, idJSON: lineID, error: "contains a NUL byte")
    }
    guard InputBytesCheck.isValidUTF8(bytes) else {
      return InputRecord(source: source, line: line, idJSON: lineID, error: "invalid UTF-8")
    }
    switch format {
    case .text:
      let outcome = SuppressionComment(line: bytes)
      guard outcome.text.contains(where: { $0 != 0x20 && $0 != 0x09 }) else {
        return InputRecord(source: source, line: line, idJSON: lineID, error: "empty outcome")
      }
      return InputRecord(
        source: source, line: line, idJSON: lineID, text: outcome.text,
        suppressions: outcome.suppressions)
    case .jsonl:
      return decodeJSON(bytes, line: line, lineID: lineID, source: source)
    }
  }

  private func decodeJSON(_ bytes: [UInt8], line: Int, lineID: String, source: String)
    -> InputRecord
  {
    let fields: [JSONScanner.Field]
    do {
      fields = try JSONScanner.object(bytes)
    } catch {
      return InputRecord(
        source: source, line: line, idJSON: lineID, error: "invalid JSON: \(error)")
    }
    let idJSON =
      fields.first { $0.key == "id" }.map { JSONScanner.oneLine(bytes[$0.value]) }
      ?? lineID
    guard let textField = fields.first(where: { $0.key == self.textField }) else {
      return InputRecord(
        source: source, line: line, idJSON: idJSON, error: "missing field '\(self.textField)'")
    }
    guard let text = JSONScanner.stringUTF8(bytes[textField.value]) else {
      return InputRecord(
        source: source, line: line, idJSON: idJSON,
        error: "field '\(self.textField)' is not a string")
    }
    guard InputBytesCheck.holdsNonWhitespace(text) else {
      return InputRecord(source: source, line: line, idJSON: idJSON, error: "empty outcome")
    }
    var others: [(key: String, json: String)] = []
    others.reserveCapacity(fields.count)
    for field in fields where field.key != "id" && field.key != self.textField {
      others.append((key: field.key, json: JSONScanner.oneLine(bytes[field.value])))
    }
    var suppressions: [Suppression] = []
    if let field = fields.first(where: { $0.key == SuppressionField.name }) {
      do {
        suppressions = try SuppressionField.parse(bytes[field.value])
      } catch {
        return InputRecord(
          source: source, line: line, idJSON: idJSON,
          error: "field '\(SuppressionField.name)': \(error.message)")
      }
    }
    return InputRecord(
      source: source, line: line, idJSON: idJSON, text: text, passthrough: others,
      suppressions: suppressions)
  }
}
