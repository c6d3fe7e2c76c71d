/// A line of the examples file that could not be read.
public struct ExamplePairError: Error, CustomStringConvertible {
  /// `file:line`.
  public let location: String
  /// What is wrong.
  public let reason: String

  public var description: String { "\(location): \(reason)" }
}
