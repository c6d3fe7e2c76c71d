/// One place plans come from, in the order they are read.
public enum PlanSource: Sendable, Equatable {
  /// A `.json` file holding one plan.
  case jsonFile(path: String)
  /// A `.jsonl` or `.ndjson` file (or standard input, path "-") with one plan per line.
  case jsonLines(path: String)
  /// A Word, plain-text or Markdown plan, read by ``PlanDocumentReader``.
  case document(path: String)
  /// A path that could not be read; becomes one error record.
  case unreadable(path: String, reason: String)
}
