/// How input records are laid out.
public enum InputFormat: String, Sendable, CaseIterable {
  /// One outcome per line.
  case text
  /// One JSON object per line with the outcome in a text field.
  case jsonl
}
