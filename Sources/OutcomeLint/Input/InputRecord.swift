/// One record read from the input: an outcome's text with where it came
/// from, or the reason it could not be read. Every input record yields
/// exactly one output record. An immutable class, so the pipeline passes one
/// record from reader to worker to writer without copying its fields.
public final class InputRecord: Sendable {
  /// The file it came from ("-" for standard input, "--text" for the command line).
  public let source: String
  /// The 1-based line number in that source.
  public let line: Int
  /// The record's id as raw JSON (a string or number from the input, or the line number).
  public let idJSON: String
  /// The outcome's text, when the record could be read.
  public let text: [UInt8]?
  /// Other fields of a JSON input record, as (key, raw JSON value), in input order.
  public let passthrough: [(key: String, json: String)]
  /// Why the record could not be read, when it could not.
  public let error: String?
  /// The record's requests not to report some rules, each with its reason.
  public let suppressions: [Suppression]

  /// A readable record.
  public init(
    source: String, line: Int, idJSON: String, text: [UInt8],
    passthrough: [(key: String, json: String)] = [], suppressions: [Suppression] = []
  ) {
    self.source = source
    self.line = line
    self.idJSON = idJSON
    self.text = text
    self.passthrough = passthrough
    self.error = nil
    self.suppressions = suppressions
  }

  /// A record that could not be read.
  public init(source: String, line: Int, idJSON: String, error: String) {
    self.source = source
    self.line = line
    self.idJSON = idJSON
    self.text = nil
    self.passthrough = []
    self.error = error
    self.suppressions = []
  }

  /// The deadline stated beside the outcome, judged as its timeframe when its
  /// text states none: the other field (a JSON Lines `by_when` field, a CSV
  /// "By when" or "Timescale" column) whose name ``isDeadlineField(_:)``
  /// accepts, as text (a JSON value that is not a string as written; `null`
  /// gives none).
  public var byWhen: String? {
    guard let field = passthrough.first(where: { Self.isDeadlineField($0.key) }) else {
      return nil
    }
    let json = Array(field.json.utf8)[...]
    return json.elementsEqual("null".utf8) ? nil : JSONScanner.string(json) ?? field.json
  }

  /// Whether a field or column name names the deadline beside the outcome:
  /// "by when" or "timescale" in any case, with any punctuation between the
  /// words ("by_when", "By when", "BY-WHEN", "Timescale").
  public static func isDeadlineField(_ name: String) -> Bool {
    if let ascii = isASCIIDeadlineField(name.utf8) { return ascii }
    let words = name.lowercased().split(whereSeparator: { !$0.isLetter })
    return words == ["by", "when"] || words == ["timescale"]
  }

  /// ``isDeadlineField(_:)`` of an ASCII name, a byte at a time (every
  /// record's fields are asked about): its letters lowered, with one space
  /// between words, compared with the two spellings. Nil when the name is
  /// not ASCII, whose letters and case only Unicode can tell.
  private static func isASCIIDeadlineField(_ name: String.UTF8View) -> Bool? {
    let capacity = 9  // "timescale", the longer spelling
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { words -> Bool? in
      var count = 0
      var tooLong = false
      func append(_ byte: UInt8) {
        guard count < capacity else {
          tooLong = true
          return
        }
        words[count] = byte
        count += 1
      }
      var betweenWords = false
      for byte in name {
        guard byte < 0x80 else { return nil }
        // Only A-Z and a-z land in a-z with the case bit set.
        let lower = byte | 0x20
        guard lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z") else {
          betweenWords = count > 0
          continue
        }
        if betweenWords { append(UInt8(ascii: " ")) }
        append(lower)
        betweenWords = false
      }
      guard !tooLong else { return false }
      let spelling = UnsafeBufferPointer(rebasing: words[..<count])
      return spelling.elementsEqual("by when".utf8) || spelling.elementsEqual("timescale".utf8)
    }
  }
}
