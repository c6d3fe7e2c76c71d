/// One place records come from, in the order they are read.
public enum InputSource: Sendable, Equatable {
  /// Outcomes typed on the command line (`--text`), each one record.
  case literals([String])
  /// A file, read in the given format.
  case file(path: String, format: InputFormat)
  /// Standard input, read in the given format.
  case standardInput(format: InputFormat)
  /// A path that could not be read; becomes one error record.
  case unreadable(path: String, reason: String)
}
