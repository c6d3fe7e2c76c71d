/// A problem in a lexicon file, reported as `file:line: message`.
public struct LexiconError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Where the problem is.
  public let location: SourceLocation
  /// What is wrong.
  public let message: String

  /// Creates an error.
  public init(_ location: SourceLocation, _ message: String) {
    self.location = location
    self.message = message
  }

  public var description: String { "\(location): \(message)" }
}

/// Every problem found while loading lexicons (loading reports them all at once).
public struct LexiconErrors: Error, Sendable, CustomStringConvertible {
  /// The individual problems, in file and line order.
  public let errors: [LexiconError]

  public var description: String { errors.map(\.description).joined(separator: "\n") }
}
