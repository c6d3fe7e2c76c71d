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
    let words = name.lowercased().split(whereSeparator: { !$0.isLetter })
    return words == ["by", "when"] || words == ["timescale"]
  }
}
