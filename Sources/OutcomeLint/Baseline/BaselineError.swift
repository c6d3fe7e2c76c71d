/// A baseline file that cannot be used, reported as `file:line: message`.
public struct BaselineError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The baseline's path.
  public let file: String
  /// The 1-based line, when the problem is on one.
  public let line: Int?
  /// What is wrong and what to do.
  public let message: String

  /// Creates an error.
  public init(file: String, line: Int? = nil, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  public var description: String {
    line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
  }
}
