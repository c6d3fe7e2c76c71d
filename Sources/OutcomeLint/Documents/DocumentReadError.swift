/// Why a plan document could not be read, as one line for the user.
public struct DocumentReadError: Error, Sendable, CustomStringConvertible {
  /// What is wrong ("not a Word document (.docx): not a ZIP archive").
  public let message: String

  /// Creates an error.
  public init(_ message: String) { self.message = message }

  public var description: String { message }
}
