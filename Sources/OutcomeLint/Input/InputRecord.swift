/// One record read from the input: an outcome's text with where it came
/// from, or the reason it could not be read. Every input record yields
/// exactly one output record.
public struct InputRecord: Sendable {
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
  /// The deadline stated beside the outcome (a JSON `by_when` field or a CSV
  /// "By when" column), judged as its timeframe when its text states none.
  /// The field itself is also among ``passthrough``.
  public let byWhen: String?

  /// A readable record.
  public init(
    source: String, line: Int, idJSON: String, text: [UInt8],
    passthrough: [(key: String, json: String)] = [], suppressions: [Suppression] = [],
    byWhen: String? = nil
  ) {
    self.source = source
    self.line = line
    self.idJSON = idJSON
    self.text = text
    self.passthrough = passthrough
    self.error = nil
    self.suppressions = suppressions
    self.byWhen = byWhen
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
    self.byWhen = nil
  }
}
