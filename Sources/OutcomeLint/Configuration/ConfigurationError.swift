/// A problem in a configuration file, reported as `file:line:column: message`
/// (or `file: message` when it is about the file as a whole).
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The configuration file's path.
  public let file: String
  /// The 1-based line, when the problem has a place.
  public let line: Int?
  /// The 1-based column, when the problem has a place.
  public let column: Int?
  /// What is wrong, and what would be right.
  public let message: String

  /// Creates an error.
  public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  public var description: String {
    guard let line else { return "\(file): \(message)" }
    guard let column else { return "\(file):\(line): \(message)" }
    return "\(file):\(line):\(column): \(message)"
  }
}
