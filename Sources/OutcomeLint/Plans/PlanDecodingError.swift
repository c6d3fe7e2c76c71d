/// Why a plan record could not be read, as a message naming the field.
public struct PlanDecodingError: Error, Sendable, CustomStringConvertible {
  /// What is wrong ("outcome 3: missing field 'text'").
  public let message: String

  /// Creates an error.
  public init(_ message: String) { self.message = message }

  public var description: String { message }
}
