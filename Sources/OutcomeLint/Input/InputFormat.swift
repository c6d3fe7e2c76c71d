/// How input records are laid out.
public enum InputFormat: String, Sendable, CaseIterable {
  /// One outcome per line.
  case text
  /// One JSON object per line with the outcome in a text field.
  case jsonl
  /// Comma-separated values with a header row and the outcome in a text column.
  case csv

  /// The format a file's extension implies (`.jsonl`/`.ndjson`, `.csv`, else text).
  public static func implied(byPath path: String) -> InputFormat {
    let lowered = path.lowercased()
    if lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson") { return .jsonl }
    if lowered.hasSuffix(".csv") { return .csv }
    return .text
  }

  /// File extensions read when a directory is given.
  static let extensions: Set<String> = ["txt", "text", "jsonl", "ndjson", "csv"]
}
