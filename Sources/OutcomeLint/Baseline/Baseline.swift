import Foundation

/// The findings of an earlier run, so a re-audit reports only what is new.
///
/// A baseline file is JSON Lines: a header `{"kind": "outcomelint-baseline",
/// "schema": 1}` naming the JSON Lines record schema it was written with, then
/// one line per finding: `{"id", "source", "line", "rule", "match"}`. A
/// finding matches when its record's `id`, its rule and its matched text are
/// the same (`source` and `line` are for people). Each baseline line matches
/// at most one finding, so a second identical finding is new. Immutable and
/// shared by every worker.
public struct Baseline: Sendable {
  /// The record schema this version writes and reads.
  public static let schemaVersion = 1
  /// The header's `kind`.
  public static let kind = "outcomelint-baseline"

  /// One finding's identity within a record.
  struct Key: Hashable, Sendable {
    let rule: String
    let match: String
  }

  /// Counts of findings by record id (raw JSON), rule and matched text.
  private let records: [String: [Key: Int]]
  /// How many findings it holds.
  public let count: Int

  /// Reads the baseline at `path`.
  public init(path: String) throws(BaselineError) {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw BaselineError(file: path, message: "cannot read the baseline file")
    }
    defer { try? handle.close() }
    let lines = LineReader(handle: handle)
    guard let header = lines.nextLine() else {
      throw BaselineError(file: path, message: "empty file: \(Self.expectedHeader)")
    }
    try Self.checkHeader(header.bytes, path: path)
    var records: [String: [Key: Int]] = [:]
    var count = 0
    while let (number, bytes) = lines.nextLine() {
      guard bytes.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else {
        continue
      }
      let (id, key) = try Self.entry(bytes, path: path, line: number)
      records[id, default: [:]][key, default: 0] += 1
      count += 1
    }
    self.records = records
    self.count = count
  }

  /// The baselined findings of the record with raw JSON id `id`.
  func findings(ofRecord id: String) -> [Key: Int] { records[id] ?? [:] }

  private static let expectedHeader =
    "an outcomelint baseline starts with {\"kind\": \"\(kind)\", \"schema\": \(schemaVersion)}; write one with --write-baseline"

  private static func checkHeader(_ bytes: [UInt8], path: String) throws(BaselineError) {
    guard let fields = try? JSONScanner.object(bytes),
      let kindField = fields.first(where: { $0.key == "kind" }),
      JSONScanner.string(bytes[kindField.value]) == kind
    else {
      throw BaselineError(file: path, line: 1, message: "not a baseline: \(expectedHeader)")
    }
    let schema = fields.first { $0.key == "schema" }.map {
      String(decoding: bytes[$0.value], as: UTF8.self)
    }
    guard schema == String(schemaVersion) else {
      throw BaselineError(
        file: path, line: 1,
        message:
          "written for record schema \(schema ?? "(none)"), but this outcomelint writes schema \(schemaVersion); write a new baseline with --write-baseline"
      )
    }
  }

  private static func entry(_ bytes: [UInt8], path: String, line: Int) throws(BaselineError)
    -> (String, Key)
  {
    let fields: [JSONScanner.Field]
    do {
      fields = try JSONScanner.object(bytes)
    } catch {
      throw BaselineError(file: path, line: line, message: "invalid JSON: \(error)")
    }
    let value = { (name: String) in fields.first { $0.key == name }.map { bytes[$0.value] } }
    guard let id = value("id"), let rule = value("rule").flatMap(JSONScanner.string),
      let match = value("match").flatMap(JSONScanner.string)
    else {
      throw BaselineError(
        file: path, line: line,
        message: "a baseline finding needs \"id\", and \"rule\" and \"match\" strings")
    }
    return (String(decoding: id, as: UTF8.self), Key(rule: rule, match: match))
  }
}
